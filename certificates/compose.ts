/**
 * What a certificate says, taken from the matter's record: its form, the decisions, and what
 * each department registered. Reads only the form parts all three matters share (unit,
 * person) plus optional parts where present, so a form of another kind still yields a
 * certificate, just with fewer lines.
 */
import { matterDefinitions } from '../matters';
import { departmentNames } from '../matters/departments';
import type { MatterDefinition } from '../matters/types';
import { postCategories, workerGrades } from '../schemas/post';
import type { DecisionKind, DecisionRecord, DepartmentCode, DepartmentProgress, DepartmentStatus, MatterKind, MatterStatus, Sla } from '../schemas/matter';
import { chineseDate, chineseDateTime } from './dates';
import { issuerOf, reviewAuthority } from './issuer';
import { certificateDepartment } from './kinds';
import { maskIdentityNumber, maskName } from './mask';
import type { CertificateInput, CertificateKind, CertificateLine } from '../schemas/certificate';

export interface MatterRecord {
  id: string;
  kind: MatterKind;
  region: string;
  status: MatterStatus;
  form: unknown;
  departments: DepartmentProgress[];
  decisions: DecisionRecord[];
  /** The committed deadline as the matter's clock set it; none for records from before time limits. */
  sla: Sla | null;
  acceptedAt: Date | null;
  completedAt: Date | null;
  /** Why a rejected matter was rejected. */
  outcome: string | null;
}

/** A registration still in force (not revoked) in a department's ledger. */
export interface Registration {
  department: DepartmentCode;
  receipt: string;
  details: Record<string, unknown>;
  registeredAt: Date;
}

/** Thrown when the record cannot make a certificate at all; retrying will not help. */
export class CertificateUnavailable extends Error {}

/**
 * The certificate of this kind, or undefined when the matter has not earned it (the
 * department has registered nothing, or its registration was revoked). The issue time is
 * the moment the certificate attests — acceptance, registration, completion — so issuing
 * again renders the same bytes; `now` stands in only where the record has no such moment yet.
 */
export function composeCertificate(kind: CertificateKind, matter: MatterRecord, registrations: Registration[], now: Date): CertificateInput | undefined {
  const definition: MatterDefinition | undefined = matterDefinitions[matter.kind];
  if (!definition) throw new CertificateUnavailable(`matter kind ${matter.kind} has no definition`);
  const form = sharedParts(matter.form);
  const registered = new Map(registrations.map((r) => [r.department, r]));
  const department = certificateDepartment(kind);

  const base = {
    kind,
    matterKind: matter.kind,
    matterId: matter.id,
    matterTitle: definition.title,
    unit: { name: form.unit.name, code: form.unit.code },
    person: { maskedName: maskName(form.person.name), maskedIdentityNumber: maskIdentityNumber(form.person.identityNumber) },
    decisions: matter.decisions.map((d) => decisionLine(d, definition)),
  };

  if (!department) {
    const hall = { ...base, issuer: issuerOf(matter.region) };
    switch (kind) {
      case 'acceptance-receipt':
        return { ...hall, issuedAt: matter.acceptedAt ?? hallAcceptance(matter.decisions) ?? now, lines: acceptanceLines(definition, matter.sla) };
      case 'rejection-notice':
        return matter.status === 'rejected' ? { ...hall, issuedAt: matter.completedAt ?? now, lines: rejectionLines(definition, matter) } : undefined;
      default:
        return {
          ...hall,
          issuedAt: matter.completedAt ?? now,
          lines: completionLines(definition, matter.departments, registered),
          attests: { receipts: Object.fromEntries(definition.departments.flatMap(({ department }) => (registered.has(department) ? [[department, registered.get(department)!.receipt]] : []))) },
        };
    }
  }

  const registration = registered.get(department);
  const progress = matter.departments.find((d) => d.code === department);
  const receipt = progress?.status === 'done' && progress.receipt ? progress.receipt : registration?.receipt;
  if (!receipt) return undefined;
  const task = definition.departments.find((part) => part.department === department)?.task;
  return {
    ...base,
    issuer: issuerOf(matter.region, department),
    issuedAt: registration?.registeredAt ?? now,
    receipt,
    lines: [...(task ? [{ label: '办理事项', value: task }] : []), ...recordLines(kind, form, registration?.details ?? {})],
    attests: { receipts: { [department]: receipt }, ...(kind === 'wage-approval' ? { amounts: wageAmounts(registration?.details ?? {}) } : {}) },
  };
}

/** The wage record's amounts as numbers (元/月), named as the wage department's ledger names them. */
function wageAmounts(details: Record<string, unknown>): Record<string, number> {
  const amounts: Record<string, unknown> = {
    postWage: details.postWage,
    gradeWage: details.gradeWage,
    total: details.total,
    previous: details.current ?? details.previous,
    difference: details.difference,
  };
  return Object.fromEntries(Object.entries(amounts).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

interface SharedParts {
  unit: { name: string; code: string };
  person: { name: string; identityNumber: string };
  [part: string]: unknown;
}

function sharedParts(form: unknown): SharedParts {
  const { unit, person } = (form ?? {}) as Partial<Record<string, Record<string, unknown>>>;
  if (typeof unit?.name !== 'string' || typeof unit.code !== 'string' || typeof person?.name !== 'string' || typeof person.identityNumber !== 'string') {
    throw new CertificateUnavailable('the recorded form has no unit or person');
  }
  return form as SharedParts;
}

/** The committed due time the matter's clock computed (matters/types.ts `SlaPolicy` states the rule), never a generic phrase. */
function acceptanceLines(definition: MatterDefinition, sla: Sla | null): CertificateLine[] {
  const rule = `${definition.sla.limitWorkingDays} 个工作日，自提交之日的次一工作日起算`;
  const due = sla?.matter?.due;
  return [
    { label: '承诺办结时限', value: due ? `${chineseDateTime(new Date(due))} 前（${rule}）` : `${rule}；所涉年度节假日安排尚未公布，办结时限另行告知` },
    { label: '并联办理部门', value: definition.departments.map((part) => departmentNames[part.department]).join('、') },
  ];
}

/**
 * 不予办理: the reason, who decided, and the applicant's remedies, as 行政许可法 Art. 38 requires of a
 * written refusal — administrative review within 60 days (行政复议法 Art. 20) or a suit within six
 * months (行政诉讼法 Art. 46).
 */
function rejectionLines(definition: MatterDefinition, matter: MatterRecord): CertificateLine[] {
  const decision = matter.decisions.filter((d) => d.decision === 'reject').at(-1);
  return [
    { label: '不予办理理由', value: decision?.reason ?? matter.outcome ?? '' },
    ...(decision ? [{ label: '作出决定', value: decisionLine(decision, definition) }] : []),
    {
      label: '救济途径',
      value: `如对本决定不服，可以自收到本通知书之日起六十日内依法向${reviewAuthority(matter.region)}申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼（《中华人民共和国行政许可法》第三十八条第二款）。`,
    },
  ];
}

const statusWords: Record<DepartmentStatus, string> = {
  pending: '待办理',
  handling: '办理中',
  done: '已办结',
  failed: '未通过',
  revoked: '已撤销',
};

function completionLines(definition: MatterDefinition, progress: DepartmentProgress[], registered: Map<DepartmentCode, Registration>): CertificateLine[] {
  return definition.departments.map(({ department, task }) => {
    // The ledger is what the department itself wrote; the projection can lag it by one record.
    const registration = registered.get(department);
    const status = progress.find((d) => d.code === department)?.status;
    const value = registration ? `${statusWords.done}　登记号 ${registration.receipt}` : statusWords[status ?? 'pending'];
    return { label: task, value };
  });
}

function recordLines(kind: CertificateKind, form: SharedParts, details: Record<string, unknown>): CertificateLine[] {
  // A post change names the post it leaves and the one it takes; the other matters name one post.
  const post = postOf(form.newPost ?? form.post);
  const contract = part(form.contract);
  const lines: (CertificateLine | undefined)[] = [];
  switch (kind) {
    case 'personnel-record':
      lines.push(
        line('调出单位', text(part(form.releasingUnit).name)),
        line('原聘岗位', postOf(form.currentPost)),
        line('聘用岗位', post),
        line('生效日期', date(part(form.transfer).effectiveDate ?? part(form.change).effectiveDate)),
        line('聘用合同期限', date(contract.startDate) && date(contract.endDate) && `${date(contract.startDate)} 至 ${date(contract.endDate)}`),
        line('试用期', typeof contract.probationMonths === 'number' ? `${contract.probationMonths} 个月` : undefined),
      );
      break;
    case 'wage-approval':
      lines.push(
        line('岗位', post),
        line('薪级', typeof details.salaryGrade === 'number' ? `${details.salaryGrade} 级` : undefined),
        line('岗位工资', yuan(details.postWage)),
        line('薪级工资', yuan(details.gradeWage)),
        line('基本工资合计', yuan(details.total)),
        line('原基本工资', yuan(details.current ?? details.previous)),
        line('增减', typeof details.difference === 'number' ? `${details.difference >= 0 ? '+' : '−'}${yuan(Math.abs(details.difference))}` : undefined),
        line('起薪日期', date(details.effectiveDate)),
      );
      break;
    case 'pension-receipt':
      lines.push(line('险种', '机关事业单位基本养老保险'), line('转出地经办机构', text(part(part(form.insurance).pensionTransfer).previousInsurer)));
      break;
    case 'sscard-receipt':
      lines.push(line('合作银行', text(part(form.socialSecurityCard).bank)));
      break;
    case 'archive-notice':
      lines.push(line('档案转出单位', text(part(form.archive).currentHolder)), line('档案接收单位', form.unit.name));
      break;
    case 'employment-receipt':
      lines.push(line('用工起始日期', date(contract.startDate ?? part(form.transfer).effectiveDate)));
      break;
  }
  return lines.filter((l): l is CertificateLine => l !== undefined);
}

/** 专业技术岗 12 级 · 住院医师; 工勤技能岗 普通工 · 保洁员. */
function postOf(value: unknown): string | undefined {
  const post = part(value);
  const category = postCategories[post.category as keyof typeof postCategories];
  if (!category) return undefined;
  const grade = workerGrades[post.workerGrade as keyof typeof workerGrades];
  const level = grade === workerGrades.general ? grade.label : `${grade ? `${grade.label} ` : ''}${post.level} 级`;
  return [`${category.label} ${level}`, text(post.title)].filter(Boolean).join(' · ');
}

const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function yuan(amount: unknown): string | undefined {
  return typeof amount === 'number' ? `${amountFormat.format(amount)} 元/月` : undefined;
}

const decisionWords: Record<DecisionKind, string> = { approve: '通过', reject: '不予通过', return: '退回补正', countersign: '提请加签', retry: '部门系统恢复后重新办理' };

function decisionLine(decision: DecisionRecord, definition: MatterDefinition): string {
  const countersign = /^countersign-(\d+)$/.exec(decision.step);
  const step = countersign
    ? `人事综合管理部门第${countersign[1]}级加签审核`
    : (definition.reviewChain.find((s) => s.step === decision.step)?.title ?? decision.step);
  return `${step}：${decisionWords[decision.decision]}（${chineseDate(new Date(decision.at))}）`;
}

/** The service hall accepts a matter by approving it; after a correction the last approval counts. */
function hallAcceptance(decisions: DecisionRecord[]): Date | undefined {
  const approval = decisions.filter((d) => d.step === 'hall' && d.decision === 'approve').at(-1);
  return approval ? new Date(approval.at) : undefined;
}

function part(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function date(value: unknown): string | undefined {
  const day = text(value);
  return day && chineseDate(day);
}

function line(label: string, value: string | undefined): CertificateLine | undefined {
  return value ? { label, value } : undefined;
}
