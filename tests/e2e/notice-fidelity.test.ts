/**
 * The matters as the notice and the law have them, over HTTP on the stack `npm start` runs: a
 * county unit's hire goes to its county's hall and offices and its prefecture's supervisor sees
 * it; a transfer from another province completes without a releasing reviewer, given the
 * releasing side's consent; compulsory insurance; an unknown reviewer refused at submission; the
 * acceptance receipt issued when the hall accepts, due when the clock says; a rejection's written
 * notice with its reason and the applicant's remedies.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseDateTime } from '../../certificates/dates';
import { hireFormFor, transferFormFor, transferFromOutsideFor } from '../../samples/forms';
import type { HireForm } from '../../schemas/forms/hire';
import type { MatterState } from '../../schemas/matter';
import { tokenFor } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
const token: Record<string, string> = {};

beforeAll(async () => {
  running = await startTestStack();
  const logins = ['lt.hospital.clerk', 'lt.health.reviewer', 'lt.hall.officer', 'wz.supervisor', 'qz.supervisor', 'wz.hospital.clerk', 'wz.health.reviewer', 'wz.hall.officer', 'wz.school.clerk', 'wz.education.reviewer', 'wz.division.clerk', 'wz.division.chief', 'demo.operator'];
  for (const login of logins) token[login] = await tokenFor(login);
});

afterAll(async () => {
  await running?.stop();
});

const call = (method: string, path: string, body: unknown, as: string) => running.call(method, path, body, token[as]);
const decide = (id: string, as: string, step: string, decision = 'approve', extra: Record<string, unknown> = {}) =>
  call('POST', `/api/v1/matters/${id}/decisions`, { step, decision, ...extra }, as);
const matter = async (id: string, as: string): Promise<MatterState> => (await call('GET', `/api/v1/matters/${id}`, undefined, as)).body;

/** The matter once its workflow has ended, read as `as` sees it. */
async function closed(id: string, as: string): Promise<MatterState> {
  await running.stack.client.workflow.getHandle(id).result();
  return matter(id, as);
}

async function pdfText(id: string, kind: string, as: string): Promise<string> {
  const pdf = await call('GET', `/api/v1/matters/${id}/certificates/${kind}`, undefined, as);
  expect(pdf.status).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.raw)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

const countySample = (): HireForm => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../samples/county/hire.json'), 'utf8'));

describe('at county level', () => {
  it('sends a county unit’s hire to its county hall and offices, and shows it to the prefecture’s supervisor', async () => {
    const form = countySample();
    const submitted = await call('POST', '/api/v1/matters/hire', form, 'lt.hospital.clerk');
    expect(submitted.status).toBe(202);
    const id: string = submitted.body.id;
    expect(submitted.body).toMatchObject({ region: '640302', waitingFor: { step: 'competent', organisations: ['11640302MB0000306R'] } });

    expect((await decide(id, 'lt.health.reviewer', 'competent')).body).toMatchObject({ stage: 'hall', waitingFor: { organisations: ['hall-640302'] } });
    // The prefecture's hall is not the county's: it neither decides nor sees the matter.
    expect((await decide(id, 'wz.hall.officer', 'hall')).status).toBe(404);
    // 吴忠's supervisor watches its counties; 区直's does not.
    expect((await call('GET', `/api/v1/matters/${id}`, undefined, 'wz.supervisor')).status).toBe(200);
    expect((await call('GET', `/api/v1/matters/${id}`, undefined, 'qz.supervisor')).status).toBe(404);
    const listed = await call('GET', '/api/v1/supervision/tasks?region=640302', undefined, 'wz.supervisor');
    expect(listed.body.items.map((task: { matterId: string }) => task.matterId)).toContain(id);

    expect((await decide(id, 'lt.hall.officer', 'hall')).body).toMatchObject({ status: 'handling' });
    const done = await closed(id, 'wz.supervisor');
    expect(done.status).toBe('completed');
    expect(done.departments.map((d) => d.receipt?.length ?? 0).every((length) => length > 0)).toBe(true);
    const certificates = await call('GET', `/api/v1/matters/${id}/certificates`, undefined, 'lt.hospital.clerk');
    expect(certificates.body.items.map((c: { title: string }) => c.title)).toEqual(
      expect.arrayContaining(['受理回执', '办结通知书', '工伤保险参保登记回执', '失业保险参保登记回执', '档案接收回执', '社会保障卡申领回执']),
    );
    expect(await pdfText(id, 'acceptance-receipt', 'lt.hospital.clerk')).toContain('吴忠市利通区人力资源和社会保障局');
  });
});

describe('a transfer from outside the system', () => {
  const fromBeijing = (applicationNo: string) =>
    transferFromOutsideFor(
      { applicationNo, identitySuffix: '731' },
      { code: '12110105MB00000019', name: '北京市朝阳区某中学', region: '110105', sector: 'public-institution', competentDepartment: { code: '11110105MB0000001C', name: '北京市朝阳区教育委员会' } },
    );

  it('is refused without the releasing side’s consent, naming the materials', async () => {
    const form = fromBeijing('OUT-1');
    const refused = await call('POST', '/api/v1/matters/transfer', { ...form, materials: form.materials.filter((m) => m.kind !== 'release-consent') }, 'wz.school.clerk');
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'body.materials', message: expect.stringContaining('商调函回执') })]);
  });

  it('waits for no releasing reviewer, is countersigned as a special case, and receives the file from its outside holder', async () => {
    const form = { ...fromBeijing('OUT-2'), archive: { currentHolder: '北京市朝阳区人才服务中心', transferMethod: 'confidential-mail' as const } };
    const submitted = await call('POST', '/api/v1/matters/transfer', form, 'wz.school.clerk');
    expect(submitted.status).toBe(202);
    const id: string = submitted.body.id;
    expect(submitted.body.waitingFor.organisations).toEqual(['11640300MB0000312H']);
    expect((await decide(id, 'wz.education.reviewer', 'competent')).body).toMatchObject({ stage: 'hall' });
    expect((await decide(id, 'wz.hall.officer', 'hall')).body).toMatchObject({ stage: 'countersign-1', specialCase: { rule: 'from-outside-institutions' } });
    await decide(id, 'wz.division.clerk', 'countersign-1');
    await decide(id, 'wz.division.chief', 'countersign-2');
    await decide(id, 'demo.operator', 'countersign-3');
    const done = await closed(id, 'wz.school.clerk');
    expect(done.status).toBe('completed');
    expect(done.decisions.filter((d) => d.step === 'competent')).toHaveLength(1);
    expect(await pdfText(id, 'archive-notice', 'wz.school.clerk')).toContain('北京市朝阳区人才服务中心');
  });
});

describe('what the form must be', () => {
  it('refuses a hire or a transfer that opts out of the compulsory insurance', async () => {
    const hire = hireFormFor({ applicationNo: 'INS-1' });
    const refused = await call('POST', '/api/v1/matters/hire', { ...hire, insurance: { workInjury: false, unemployment: true } }, 'wz.hospital.clerk');
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: { field: string }) => p.field)).toEqual(['body.insurance.workInjury']);
    const transfer = transferFormFor({ applicationNo: 'INS-2' });
    const alsoRefused = await call('POST', '/api/v1/matters/transfer', { ...transfer, insurance: { ...transfer.insurance, unemployment: false } }, 'wz.school.clerk');
    expect(alsoRefused.body.problems.map((p: { field: string }) => p.field)).toEqual(['body.insurance.unemployment']);
  });

  it('refuses a form naming a reviewing department the directory does not hold, with the field named', async () => {
    const form = transferFormFor({ applicationNo: 'UNKNOWN-1' });
    const unknown = { ...form, releasingUnit: { ...form.releasingUnit, competentDepartment: { code: '11640302MB0000999E', name: '不存在的主管部门' } } };
    const refused = await call('POST', '/api/v1/matters/transfer', unknown, 'wz.school.clerk');
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'body.releasingUnit.competentDepartment.code' })]);
    expect((await call('GET', `/api/v1/matters/${form.unit.code}-UNKNOWN-1`, undefined, 'wz.school.clerk')).status).toBe(404);
  });
});

describe('acceptance and rejection in writing', () => {
  it('issues the acceptance receipt when the hall accepts, before the departments finish, due when the matter’s clock says', async () => {
    const form = hireFormFor({ applicationNo: 'RCPT-1', identitySuffix: '733' });
    const id: string = (await call('POST', '/api/v1/matters/hire', form, 'wz.hospital.clerk')).body.id;
    await decide(id, 'wz.health.reviewer', 'competent');
    const accepted = (await decide(id, 'wz.hall.officer', 'hall')).body as MatterState;
    expect(accepted.acceptedAt).toBeDefined();
    const due = accepted.sla.matter!.due;
    const text = await pdfText(id, 'acceptance-receipt', 'wz.hospital.clerk');
    expect(text).toContain(chineseDateTime(new Date(due)).replace(/\s+/g, ''));
    expect(text).toContain('自提交之日的次一工作日起算');
    const done = await closed(id, 'wz.hospital.clerk');
    expect(done.sla.clock?.map((turn) => turn.event)).toEqual(['started']);
    // Dated at the acceptance, not at the completion that came after it.
    const { items } = (await call('GET', `/api/v1/matters/${id}/certificates`, undefined, 'wz.hospital.clerk')).body;
    expect(items.find((c: { kind: string }) => c.kind === 'acceptance-receipt').issuedAt).toBe(accepted.acceptedAt);
    expect(Date.parse(done.completedAt!)).toBeGreaterThan(Date.parse(accepted.acceptedAt!));
  });

  it('writes a rejected matter’s notice with its reason and the right to administrative review or a suit', async () => {
    const form = hireFormFor({ applicationNo: 'REJ-1', identitySuffix: '735' });
    const id: string = (await call('POST', '/api/v1/matters/hire', form, 'wz.hospital.clerk')).body.id;
    await decide(id, 'wz.health.reviewer', 'competent');
    await decide(id, 'wz.hall.officer', 'hall', 'reject', { reason: '拟聘岗位未列入本年度招聘计划' });
    expect((await closed(id, 'wz.hospital.clerk')).status).toBe('rejected');
    const text = await pdfText(id, 'rejection-notice', 'wz.hospital.clerk');
    expect(text).toContain('不予办理通知书');
    expect(text).toContain('拟聘岗位未列入本年度招聘计划');
    expect(text).toContain('申请行政复议');
    expect(text).toContain('提起行政诉讼');
    expect(text).toContain('第三十八条');
  });
});
