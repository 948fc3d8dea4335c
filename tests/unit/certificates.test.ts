/**
 * Certificates as the unit reads them: every kind renders a small PDF whose text names the
 * matter and the masked person, never the person in full.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { composeCertificate, type MatterRecord } from '../../certificates/compose';
import { chineseDate } from '../../certificates/dates';
import { certificateTitle, certificateTitles, departmentCertificate } from '../../certificates/kinds';
import { certificateKinds, type CertificateInput, type CertificateKind } from '../../schemas/certificate';
import { maskIdentityNumber, maskName } from '../../certificates/mask';
import { renderCertificate, verificationNote } from '../../certificates/render';
import { departmentCode } from '../../schemas/matter';
import { hireFormFor } from '../../samples/forms';

const form = hireFormFor();
const matterId = `${form.unit.code}-${form.applicationNo}`;

function inputOf(kind: CertificateKind, overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    kind,
    matterKind: 'hire',
    matterId,
    matterTitle: '事业单位聘用工作人员',
    unit: { name: form.unit.name, code: form.unit.code },
    person: { maskedName: maskName(form.person.name), maskedIdentityNumber: maskIdentityNumber(form.person.identityNumber) },
    issuedAt: new Date('2026-11-28T02:30:00Z'),
    issuer: '吴忠市人力资源和社会保障局政务服务大厅',
    receipt: kind.endsWith('receipt') && kind !== 'acceptance-receipt' ? 'YL0123456789AB' : undefined,
    lines: [{ label: '岗位', value: '专业技术岗 12 级 · 住院医师' }],
    decisions: ['主管部门审核：通过（2026年11月27日）', '政务大厅审核：通过（2026年11月28日）'],
    ...overrides,
  };
}

async function textOf(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  // Table cells and wrapped lines come out with line breaks and spaces between them.
  return text.replace(/\s+/g, '');
}

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马相如', '司马**'],
    ['王小明', '王**'],
    ['欧阳', '欧*'],
    ['张', '*'],
    ['', ''],
    ['  李四 ', '李*'],
    ['阿依古丽·买买提', '阿*******'],
    ['John Smith', 'J*********'],
    ['𠮷野家', '𠮷**'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('changes nothing when applied again', () => {
    for (const name of ['张三', '欧阳娜娜', '张', 'John Smith']) expect(maskName(maskName(name))).toBe(maskName(name));
  });
});

describe('maskIdentityNumber', () => {
  it.each([
    ['640302199603150518', '640302********0518'],
    ['64030219960315051x', '640302********051X'],
    ['640302960315051', '640302*****5051'],
    ['1234567890', '**********'],
    ['', ''],
  ])('%s → %s', (number, masked) => {
    expect(maskIdentityNumber(number)).toBe(masked);
  });

  it('changes nothing when applied again', () => {
    expect(maskIdentityNumber(maskIdentityNumber('640302199603150518'))).toBe('640302********0518');
  });
});

describe('kinds', () => {
  it('gives every department its record except work-injury and unemployment insurance', () => {
    const records = Object.fromEntries(departmentCode.options.map((d) => [d, departmentCertificate(d)]));
    expect(records).toEqual({
      personnel: 'personnel-record',
      wage: 'wage-approval',
      pension: 'pension-receipt',
      injury: undefined,
      unemployment: undefined,
      sscard: 'sscard-receipt',
      archive: 'archive-notice',
      employment: 'employment-receipt',
    });
  });

  it('names the records as each matter does', () => {
    expect(certificateTitle('personnel-record', 'hire')).toBe('聘用备案表');
    expect(certificateTitle('personnel-record', 'transfer')).toBe('调动备案表');
    expect(certificateTitle('personnel-record', 'post-change')).toBe('岗位聘用备案表');
    expect(certificateTitle('pension-receipt', 'transfer')).toBe('养老保险关系转移接续回执');
    expect(certificateTitle('wage-approval', 'post-change')).toBe('工资核定表');
  });
});

describe('chineseDate', () => {
  it('prints the day as it is in Asia/Shanghai', () => {
    expect(chineseDate(new Date('2026-11-27T16:30:00Z'))).toBe('2026年11月28日');
    expect(chineseDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026年11月27日');
    expect(chineseDate('2026-12-01')).toBe('2026年12月1日');
  });
});

describe('renderCertificate', () => {
  it.each(certificateKinds)('renders %s with the masked person and the matter number', async (kind) => {
    const pdf = await renderCertificate(inputOf(kind));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A subset of the 10 MB font: only the glyphs the page uses.
    expect(pdf.length).toBeLessThan(80_000);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);

    const text = await textOf(pdf);
    expect(text).toContain(certificateTitles[kind]);
    expect(text).toContain(matterId);
    expect(text).toContain('张*');
    expect(text).toContain('640302********0518');
    expect(text).toContain('2026年11月28日');
    expect(text).toContain('吴忠市人力资源和社会保障局政务服务大厅');
    expect(text).toContain(verificationNote.replace(/\s+/g, ''));
    expect(text).not.toContain(form.person.name);
    expect(text).not.toContain(form.person.identityNumber);
  });

  it('masks a name or identity number passed unmasked, so neither can reach the page', async () => {
    const text = await textOf(
      await renderCertificate(inputOf('acceptance-receipt', { person: { maskedName: form.person.name, maskedIdentityNumber: form.person.identityNumber } })),
    );
    expect(text).toContain('张*');
    expect(text).not.toContain(form.person.name);
    expect(text).not.toContain(form.person.identityNumber);
  });

  it('titles a transfer’s personnel record 调动备案表', async () => {
    expect(await textOf(await renderCertificate(inputOf('personnel-record', { matterKind: 'transfer' })))).toContain('调动备案表');
  });

  it('renders the same bytes for the same input', async () => {
    const [first, second, later] = await Promise.all([
      renderCertificate(inputOf('wage-approval')),
      renderCertificate(inputOf('wage-approval')),
      renderCertificate(inputOf('wage-approval', { issuedAt: new Date('2026-11-29T02:30:00Z') })),
    ]);
    expect(first.equals(second)).toBe(true);
    expect(first.equals(later)).toBe(false);
  });
});

describe('composeCertificate', () => {
  const matter: MatterRecord = {
    id: matterId,
    kind: 'hire',
    region: '640300',
    form,
    departments: [
      { code: 'wage', name: '工资', status: 'done', receipt: 'GZ0000000000AA' },
      { code: 'pension', name: '养老保险', status: 'revoked', receipt: 'YL0000000000AA' },
      { code: 'employment', name: '就业', status: 'handling' },
    ],
    decisions: [
      { step: 'competent', decision: 'approve', at: '2026-11-27T01:00:00.000Z' },
      { step: 'hall', decision: 'return', problems: [{ message: '缺少材料' }], at: '2026-11-27T03:00:00.000Z' },
      { step: 'hall', decision: 'approve', at: '2026-11-28T01:00:00.000Z' },
    ],
    completedAt: null,
  };
  const registeredAt = new Date('2026-11-28T05:00:00Z');
  const wage = { department: 'wage' as const, receipt: 'GZ0000000000AA', registeredAt, details: { postWage: 1590, gradeWage: 295, total: 1885, salaryGrade: 14, effectiveDate: '2026-12-01' } };
  const now = new Date('2026-11-30T00:00:00Z');

  it('takes the wage amounts from the wage ledger and the issue time from the registration', () => {
    const input = composeCertificate('wage-approval', matter, [wage], now)!;
    expect(input).toMatchObject({ receipt: 'GZ0000000000AA', issuedAt: registeredAt, issuer: '吴忠市人力资源和社会保障局政务服务大厅（工资）' });
    expect(input.lines).toEqual([
      { label: '办理事项', value: '起薪核定' },
      { label: '岗位', value: '专业技术岗 12 级 · 住院医师' },
      { label: '薪级', value: '14 级' },
      { label: '岗位工资', value: '1,590.00 元/月' },
      { label: '薪级工资', value: '295.00 元/月' },
      { label: '基本工资合计', value: '1,885.00 元/月' },
      { label: '起薪日期', value: '2026年12月1日' },
    ]);
  });

  it('dates the acceptance receipt by the hall’s last approval and lists every decision', () => {
    const input = composeCertificate('acceptance-receipt', matter, [], now)!;
    expect(input.issuedAt).toEqual(new Date('2026-11-28T01:00:00.000Z'));
    expect(input.decisions).toEqual(['主管部门审核：通过（2026年11月27日）', '政务大厅审核：退回补正（2026年11月27日）', '政务大厅审核：通过（2026年11月28日）']);
  });

  it('issues no record for a department whose registration was revoked or never made', () => {
    expect(composeCertificate('pension-receipt', matter, [], now)).toBeUndefined();
    expect(composeCertificate('sscard-receipt', matter, [], now)).toBeUndefined();
  });

  it('takes a receipt the projection has not caught up with from the ledger', () => {
    const employment = { department: 'employment' as const, receipt: 'JY0000000000AA', registeredAt, details: {} };
    expect(composeCertificate('employment-receipt', matter, [employment], now)?.receipt).toBe('JY0000000000AA');
    const notice = composeCertificate('completion-notice', matter, [wage, employment], now)!;
    expect(notice.issuedAt).toEqual(now);
    expect(notice.lines).toContainEqual({ label: '就业登记', value: '已办结　登记号 JY0000000000AA' });
    expect(notice.lines).toContainEqual({ label: '档案接收', value: '待办理' });
  });

  it('carries only the masked person', () => {
    const serialised = JSON.stringify(certificateKinds.map((kind) => composeCertificate(kind, matter, [wage], now)));
    expect(serialised).not.toContain(form.person.name);
    expect(serialised).not.toContain(form.person.identityNumber);
  });
});
