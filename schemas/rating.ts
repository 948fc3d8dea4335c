/**
 * 好差评 as data: the five national levels (国办发〔2019〕51号), the rating a unit's clerk gives a
 * finished matter once (一事一评), and the rectification (整改) a 差评 opens for the region's
 * supervision office — verify with the rater (回访), record the finding, rectify, reply — with the
 * hall's appeal (申诉复核) the supervisor decides. Pure (workflow code imports it): zod only.
 */
import { z } from 'zod';
import { actor, departmentCode, matterKind, slaCard } from './matter';

export const ratingLevels = ['very-satisfied', 'satisfied', 'basic', 'dissatisfied', 'very-dissatisfied'] as const;
export const ratingLevel = z.enum(ratingLevels).describe('very-satisfied 非常满意 · satisfied 满意 · basic 基本满意 · dissatisfied 不满意 · very-dissatisfied 非常不满意');
export type RatingLevel = z.infer<typeof ratingLevel>;

export const ratingLabels: Record<RatingLevel, string> = {
  'very-satisfied': '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  'very-dissatisfied': '非常不满意',
};

/** 好评: the top two levels, what the satisfaction rate counts. */
export const isGood = (level: RatingLevel) => level === 'very-satisfied' || level === 'satisfied';
/** 差评: the bottom two levels, each of which opens a rectification. */
export const isPoor = (level: RatingLevel) => level === 'dissatisfied' || level === 'very-dissatisfied';

/** What may be rated besides the whole matter: the competent department, the hall, each department that handled a part. */
export const ratingSteps = z
  .strictObject({
    competent: ratingLevel.optional().describe('主管部门审核 / the competent department'),
    hall: ratingLevel.optional().describe('政务大厅审核 / the service hall'),
    departments: z.partialRecord(departmentCode, ratingLevel).optional().describe('各经办部门 / each department by its code'),
  })
  .describe('分环节评价（可选）；未列出的环节按整体评价计 / per step, optional; a step not rated counts with the overall level');
export type RatingSteps = z.infer<typeof ratingSteps>;

export const ratingRequest = z
  .object({
    overall: ratingLevel.describe('对整个事项的评价 / the whole matter'),
    steps: ratingSteps.optional(),
    comment: z.string().trim().min(1).max(500).optional().describe('评价意见 / a comment (差评 should say what went wrong)'),
  });
export type RatingRequest = z.infer<typeof ratingRequest>;

/** A level as every answer shows it: the code and its Chinese label. */
export const labelledLevel = z.object({ level: ratingLevel, label: z.string().describe('中文评价等级 / the level in Chinese') });
export type LabelledLevel = z.infer<typeof labelledLevel>;
export const labelled = (level: RatingLevel): LabelledLevel => ({ level, label: ratingLabels[level] });

/** What organisations a rating speaks of, per statistics dimension. */
export const ratingDimensions = ['region', 'kind', 'hall', 'competent', 'department'] as const;
export type RatingDimension = (typeof ratingDimensions)[number];

/** The steps of a rectification, in order; the reply closes it. */
export const rectificationActions = ['revisit', 'finding', 'rectify', 'reply'] as const;
export const rectificationAction = z.enum(rectificationActions).describe('revisit 回访核实 · finding 核实情况 · rectify 整改 · reply 答复评价人');
export type RectificationAction = z.infer<typeof rectificationAction>;

export const rectificationActionTitles: Record<RectificationAction, string> = {
  revisit: '回访核实',
  finding: '核实情况',
  rectify: '整改落实',
  reply: '答复评价人',
};

export const rectificationRequest = z
  .object({
    action: rectificationAction,
    note: z.string().trim().min(1).max(2000).describe('经过与结果 / what was done and found'),
  });

export const appealRequest = z.object({ reason: z.string().trim().min(1).max(2000).describe('申诉理由：评价为何不实 / why the rating is unfounded') });
export const appealDecisionRequest = z
  .object({
    decision: z.enum(['upheld', 'dismissed']).describe('upheld 申诉成立，评价不计入统计 · dismissed 申诉不成立，继续整改'),
    reason: z.string().trim().min(1).max(2000).describe('复核意见 / the supervisor’s reasons'),
  });
export type AppealDecisionRequest = z.infer<typeof appealDecisionRequest>;

export const rectificationStatus = z.enum(['open', 'replied', 'appeal-upheld']).describe('open 整改中 · replied 已答复 · appeal-upheld 申诉成立，已结束');
export type RectificationStatus = z.infer<typeof rectificationStatus>;

const rectificationSlaState = z.enum(['on-time', 'warned', 'overdue', 'unscheduled']);

const recordedAction = z.object({ action: rectificationAction, title: z.string(), note: z.string(), by: actor, at: z.iso.datetime() });

const ratingAppeal = z.object({
  reason: z.string(),
  by: actor,
  at: z.iso.datetime(),
  decision: z.enum(['upheld', 'dismissed']).optional(),
  decisionReason: z.string().optional(),
  decidedBy: actor.optional(),
  decidedAt: z.iso.datetime().optional(),
});

/** The rectification as its workflow keeps it, queries answer it and the projection stores it. */
export const rectificationState = z.object({
  matterId: z.string(),
  kind: matterKind,
  region: z.string(),
  unitCode: z.string(),
  ratingId: z.string(),
  office: z.string().describe('负责整改的督查机构 / the supervision office'),
  hall: z.string().nullable().describe('可申诉复核的政务大厅 / the hall that may appeal'),
  rater: z.string().describe('评价人账号 / the rater’s login, whom the reply reaches'),
  status: rectificationStatus,
  /** The next step awaited, or `closed`. */
  stage: z.union([rectificationAction, z.literal('closed')]),
  openedAt: z.iso.datetime(),
  due: z.iso.datetime().nullable().describe('整改答复时限 / when the reply is due'),
  yellowAt: z.iso.datetime().nullable(),
  slaState: rectificationSlaState,
  problem: z.string().optional().describe('无法排期的原因 / why no due time could be set'),
  cards: z.array(slaCard),
  actions: z.array(recordedAction),
  appeal: ratingAppeal.nullable(),
  closedAt: z.iso.datetime().optional(),
  version: z.number().int(),
});
export type RectificationState = z.infer<typeof rectificationState>;

/** What the rectification workflow starts from; no comment or person, only codes and the rater's login. */
export interface RectificationInput {
  matterId: string;
  kind: RectificationState['kind'];
  region: string;
  unitCode: string;
  ratingId: string;
  office: string;
  hall: string | null;
  rater: string;
  /** The rating's moment: the working days count from it. */
  openedAt: string;
  limitWorkingDays: number;
  /** The share of the time after which the yellow card shows. */
  yellowAt: number;
}

/** 15 working days to reply, as the national 好差评 rules give a 差评 (configurable: RECTIFICATION_WORKING_DAYS). */
export const defaultRectificationWorkingDays = 15;
/** The yellow card shows when three quarters of the time is spent, as on every other deadline. */
export const rectificationYellowAt = 0.75;

export const rectificationWorkflowType = 'rectification';
export const rectificationWorkflowId = (matterId: string) => `rectification-${matterId}`;
export const rectificationStep = 'rectification';
export const rectificationTitle = '差评整改';

export const rectificationStatusLabels: Record<RectificationStatus, string> = { open: '整改中', replied: '已答复', 'appeal-upheld': '申诉成立，已结束' };

/** A rectification as the API shows it: its state, in words where a person reads it, and its inbox task. */
export const rectificationView = rectificationState.extend({
  statusLabel: z.string().describe('整改状态 / the status in Chinese'),
  stageTitle: z.string().describe('当前环节 / the step awaited, in Chinese'),
  taskId: z.string().describe('督查机构的待办编号 / the task in the supervision office’s inbox'),
});
export type RectificationView = z.infer<typeof rectificationView>;

/** A rating as the API shows it: every level with its Chinese label, and its rectification. */
export const ratingView = z.object({
  id: z.string().describe('评价编号 / rating id'),
  matterId: z.string(),
  kind: matterKind,
  overall: labelledLevel,
  steps: z.object({
    competent: labelledLevel.optional(),
    hall: labelledLevel.optional(),
    departments: z.partialRecord(departmentCode, labelledLevel).optional(),
  }),
  comment: z.string().nullable(),
  poor: z.boolean().describe('差评（不满意或非常不满意）/ a poor rating, which opens a rectification'),
  counted: z.boolean().describe('计入满意度统计；申诉复核认定不实的不计 / counted in the statistics, unless an appeal found it unfounded'),
  ratedBy: z.string().describe('评价人账号 / who rated'),
  ratedAt: z.iso.datetime(),
  rectification: rectificationView.nullable(),
});
export type RatingView = z.infer<typeof ratingView>;

const satisfactionRow = z.object({
  subject: z.string().describe('区划、机构或事项代码 / region, organisation or matter kind'),
  name: z.string(),
  month: z.string().describe('YYYY-MM (Asia/Shanghai)'),
  rated: z.number().int().describe('计入的评价数 / ratings counted'),
  satisfied: z.number().int().describe('好评数（非常满意、满意）/ the top two levels'),
  rate: z.number().nullable().describe('满意率 / satisfied ÷ rated'),
});

export const ratingStatisticsView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  satisfaction: z.object({
    region: z.array(satisfactionRow),
    kind: z.array(satisfactionRow),
    hall: z.array(satisfactionRow),
    competent: z.array(satisfactionRow),
    department: z.array(satisfactionRow),
  }),
  unfounded: z.number().int().describe('申诉复核认定不实、不计入的评价 / ratings left out as unfounded'),
  rectification: z.array(
    z.object({
      region: z.string(),
      month: z.string(),
      opened: z.number().int(),
      open: z.number().int(),
      replied: z.number().int(),
      onTime: z.number().int().describe('按时答复 / replied by the deadline'),
      late: z.number().int().describe('超时答复或已超时未答复 / replied late, or open past the deadline'),
      appealUpheld: z.number().int(),
      onTimeRate: z.number().nullable().describe('整改按时率 / onTime ÷ (onTime + late)'),
    }),
  ),
});
