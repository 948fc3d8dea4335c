/**
 * The shapes every matter shares: its status, its steps, its departments, the decisions
 * taken on it. The workflow's state, the API's answers and the database rows all use
 * these types, so there is one vocabulary from Temporal to the HTTP client.
 */
import { z } from 'zod';

export const matterKinds = ['hire', 'transfer', 'post-change'] as const;
export const matterKind = z.enum(matterKinds).describe('事项 / matter kind');
export type MatterKind = z.infer<typeof matterKind>;

export const matterStatus = z
  .enum(['reviewing', 'countersigning', 'handling', 'correcting', 'exception', 'completed', 'rejected', 'withdrawn'])
  .describe('办理状态 / matter status');
export type MatterStatus = z.infer<typeof matterStatus>;
export type ClosedStatus = Extract<MatterStatus, 'completed' | 'rejected' | 'withdrawn'>;
export const terminalStatuses: readonly ClosedStatus[] = ['completed', 'rejected', 'withdrawn'];
export const isClosed = (status: MatterStatus): status is ClosedStatus => (terminalStatuses as readonly MatterStatus[]).includes(status);

export const departmentCode = z
  .enum(['personnel', 'wage', 'pension', 'injury', 'unemployment', 'sscard', 'archive', 'employment'])
  .describe('经办部门 / handling department');
export type DepartmentCode = z.infer<typeof departmentCode>;

export const departmentStatus = z.enum(['pending', 'handling', 'done', 'failed', 'revoked']);
export type DepartmentStatus = z.infer<typeof departmentStatus>;

/** Review steps: `competent`, `hall`, then `countersign-1`, `countersign-2`, … */
export const reviewStep = z
  .string()
  .regex(/^(competent|hall|countersign-[1-9])$/, '审核环节应为 competent、hall 或 countersign-N / step is competent, hall or countersign-N')
  .describe('审核环节 / review step');
export type ReviewStep = z.infer<typeof reviewStep>;

export const role = z.enum(['unit-clerk', 'competent-reviewer', 'hall-officer', 'countersigner', 'department-officer', 'supervisor', 'admin', 'chief']);
export type Role = z.infer<typeof role>;

export const problem = z.object({
  field: z.string().max(200).optional().describe('出问题的字段 / the field concerned'),
  message: z.string().min(1).max(500).describe('问题说明 / what is wrong'),
});
export type Problem = z.infer<typeof problem>;

export const actor = z.object({
  id: z.string().min(1).max(64).describe('经办人账号 / who decided'),
  role: role.optional(),
  organisation: z.string().max(64).optional(),
});
export type Actor = z.infer<typeof actor>;

export const decisionKind = z.enum(['approve', 'reject', 'return', 'countersign', 'retry']);
export type DecisionKind = z.infer<typeof decisionKind>;

const decisionFields = z.object({
  step: reviewStep,
  decision: decisionKind.describe('approve 通过 · reject 不予通过 · return 退回补正 · countersign 提请加签 · retry 部门系统恢复后重新办理（仅部门异常）'),
  reason: z.string().min(1).max(1000).optional().describe('理由 / reason'),
  problems: z.array(problem).max(50).optional().describe('一次性告知的全部问题 / every problem at once (return)'),
});

function requireReasons(input: z.infer<typeof decisionFields>, ctx: z.RefinementCtx): void {
  if ((input.decision === 'reject' || input.decision === 'countersign') && !input.reason) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: '不予通过或提请加签须说明理由 / a reason is required' });
  }
  if (input.decision === 'return' && !input.problems?.length) {
    ctx.addIssue({ code: 'custom', path: ['problems'], message: '退回补正须一次性列明全部问题 / list every problem to correct' });
  }
}

/**
 * A reviewer's decision as the workflow receives it (an Update from the API, or a Signal from
 * an operator): the actor says who decides, in which organisation and role, and the workflow
 * accepts it only from the role and organisation the step waits for.
 */
export const decisionInput = decisionFields.extend({ actor: actor.optional() }).superRefine(requireReasons);
/** `requireReasons` in JSON Schema's words, so the published document says what the check does. */
const reasonsRequired = {
  allOf: [
    { if: { properties: { decision: { enum: ['reject', 'countersign'] } }, required: ['decision'] }, then: { required: ['reason'] } },
    { if: { properties: { decision: { const: 'return' } }, required: ['decision'] }, then: { required: ['problems'], properties: { problems: { minItems: 1 } } } },
  ],
};

/** The same decision as a caller sends it over HTTP: the actor is the authenticated caller, never the body. */
export const decisionRequest = decisionFields
  .extend({
    organisation: z.string().min(1).max(64).optional().describe('代表的机构，调动事项两个主管部门均可决定时选择 / the organisation decided for, when the caller may act for more than one awaited'),
  })
  .superRefine(requireReasons)
  .meta(reasonsRequired);
export type DecisionRequest = z.infer<typeof decisionRequest>;

/**
 * An operator's bearer token (a JWT like the API's, e.g. `npm run -s token -- wz.hall.officer`):
 * how a Signal sent around the API from Temporal UI or the CLI proves who sends it.
 */
const actorToken = z.string().min(20).max(8192).describe('操作人员的访问令牌 / the operator’s bearer token, verified by the worker');

/** A decision as an operator signals it: the sender is whoever the token proves, in the role the step waits for. */
export const operatorDecision = decisionRequest.safeExtend({ actorToken });
export type OperatorDecision = z.infer<typeof operatorDecision>;
export type DecisionInput = z.infer<typeof decisionInput>;

export const decisionRecord = z.object({
  step: reviewStep,
  decision: decisionKind,
  reason: z.string().optional(),
  problems: z.array(problem).optional(),
  actor: actor.optional(),
  at: z.iso.datetime(),
});
export type DecisionRecord = z.infer<typeof decisionRecord>;

export const withdrawalRequest = z.object({
  reason: z.string().min(1).max(1000).describe('撤回理由 / why the unit withdraws'),
});
export const withdrawalInput = withdrawalRequest.extend({ actor: actor.optional() });
export type WithdrawalInput = z.infer<typeof withdrawalInput>;

/** A withdrawal as an operator signals it for the unit, proven by a unit clerk's token. */
export const operatorWithdrawal = withdrawalRequest.extend({ actorToken });
export type OperatorWithdrawal = z.infer<typeof operatorWithdrawal>;

export const waitingFor = z.object({
  step: z.string().describe('等待的环节 / the step waited for'),
  title: z.string().describe('环节名称 / the step in words, e.g. 主管部门审核'),
  role: role,
  organisations: z.array(z.string()).min(1).describe('尚待决定的机构 / the organisations that must still act (a transfer’s two competent departments decide in parallel)'),
});
export type WaitingFor = z.infer<typeof waitingFor>;

/** 特殊情形: why the personnel division countersigns, and who said so. */
export const specialCase = z.object({
  reason: z.string(),
  source: z.enum(['rule', 'hall']).describe('rule: 规则识别; hall: 窗口提请'),
  rule: z.string().optional().describe('the rule that matched'),
});
export type SpecialCase = z.infer<typeof specialCase>;

export const departmentProgress = z.object({
  code: departmentCode,
  name: z.string(),
  status: departmentStatus,
  reason: z.string().optional(),
  receipt: z.string().optional().describe('部门登记号 / the department’s registration number'),
  outage: z.boolean().optional().describe('部门系统暂不可用而未办成（非部门拒绝），可重新办理 / not refused: the department’s system could not be reached in its time, and the part can be retried'),
});
export type DepartmentProgress = z.infer<typeof departmentProgress>;

export const slaState = z.enum(['on-time', 'warned', 'overdue', 'paused', 'unscheduled']).describe('时限状态 / SLA state');
export type SlaState = z.infer<typeof slaState>;

export const slaCard = z.object({
  card: z.enum(['yellow', 'red']).describe('黄牌预警 / 红牌超时'),
  scope: z.enum(['matter', 'step']),
  step: z.string(),
  due: z.iso.datetime(),
  at: z.iso.datetime(),
  notified: z.array(z.string()).describe('通知并逐级上报的对象 / who was told, the responsible level and the next ones'),
});
export type SlaCard = z.infer<typeof slaCard>;

export const slaDeadlines = z.object({ due: z.iso.datetime(), yellowAt: z.iso.datetime() });
export type SlaDeadlines = z.infer<typeof slaDeadlines>;

/** One turn of the matter's clock: started at submission, paused for a correction, restarted or resumed when the corrected form came. */
export const slaClockEvent = z.object({
  event: z.enum(['started', 'paused', 'restarted', 'resumed']).describe('started 起算 · paused 补正暂停 · restarted 受理前补正后重新起算 · resumed 受理后补正后继续计时'),
  at: z.iso.datetime(),
  due: z.iso.datetime().optional().describe('此后的承诺办结时限 / the committed deadline from then on'),
  remainingMs: z.number().int().optional().describe('暂停时剩余的办理时间 / office time left when paused'),
});
export type SlaClockEvent = z.infer<typeof slaClockEvent>;

export const sla = z.object({
  state: slaState,
  limitWorkingDays: z.number().int(),
  matter: slaDeadlines.nullable().describe('整个事项的承诺时限 / the matter’s committed deadline'),
  step: slaDeadlines.extend({ step: z.string() }).nullable().describe('当前环节的时限 / the current step’s deadline'),
  remainingMs: z.number().int().optional().describe('补正暂停时剩余的办理时间 / office time left when the clock stopped'),
  problem: z.string().optional().describe('无法排期的原因，如节假日安排未载入 / why the deadline cannot be scheduled'),
  cards: z.array(slaCard),
  clock: z.array(slaClockEvent).optional().describe('计时的起止：起算、补正暂停、重新起算或继续 / the clock’s turns: started, paused for a correction, restarted or resumed'),
});
export type Sla = z.infer<typeof sla>;

/** A message that reached the matter by a path around the API (a raw Signal) and was not taken. */
export const refusedMessage = z.object({
  message: z.enum(['decision', 'withdrawal', 'correction']),
  step: z.string().optional(),
  actor: actor.optional(),
  reason: z.string(),
  at: z.iso.datetime(),
  seq: z.number().int().min(1).optional().describe('本事项第几条被忽略的消息 / which of the matter’s ignored messages this is, counting from 1'),
});
export type RefusedMessage = z.infer<typeof refusedMessage>;

/** What a matter is at any moment: the workflow's query answer and the database projection. */
export const matterState = z.object({
  id: z.string(),
  kind: matterKind,
  unitCode: z.string(),
  applicationNo: z.string(),
  region: z.string(),
  status: matterStatus,
  stage: z.string().describe('当前环节 / the step or phase the matter is in'),
  waitingFor: waitingFor.nullable(),
  specialCase: specialCase.nullable().describe('加签原因，无则为空 / why countersignature applies, if it does'),
  departments: z.array(departmentProgress),
  decisions: z.array(decisionRecord),
  formVersion: z.number().int().min(1),
  problems: z.array(problem).describe('待补正的问题 / open correction requests'),
  sla,
  formBy: actor.optional().describe('提交或补正当前表单的经办人 / who sent the current form version (the submission or the latest correction)'),
  withdrawnBy: actor.optional().describe('撤回的经办人 / who withdrew the matter'),
  parties: z
    .array(z.string())
    .describe('与事项相关的单位和主管部门 / the units and competent departments party to the matter, who may see it besides its region’s offices'),
  refusedMessages: z
    .array(refusedMessage)
    .describe('因角色或环节不符而被忽略的消息 / messages the matter ignored (wrong role, organisation or step), the latest 20'),
  outcome: z.string().optional().describe('办结、不予通过或撤回的说明 / closing reason'),
  submittedAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().optional().describe('政务大厅受理时间 / when the hall accepted the matter'),
  updatedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().optional(),
  version: z.number().int().describe('每次状态变化加一 / increases with every change'),
});
export type MatterState = z.infer<typeof matterState>;
