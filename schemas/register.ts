/**
 * 人员信息库 (数据同源): what the register knows of a person's employment, and the part of a form
 * it fills for a transfer or a post change — everything but what the unit changes (the new post,
 * the new unit's contract, the effective dates).
 */
import { z } from 'zod';
import { isoDate } from './dates';
import { employingUnit, person } from './forms/common';
import { post } from './post';
import { money, salaryGrade } from './wage';

/** One state of a person's employment at a unit, as a completed matter left it. */
export const registerEmployment = z.object({
  unit: employingUnit.describe('所在单位 / employing unit'),
  post: post.describe('岗位 / post'),
  salaryGrade: salaryGrade.describe('薪级 / salary grade'),
  monthlyBasicWage: money.optional().describe('月基本工资（元，按工资标准） / monthly basic wage by the wage scale, yuan'),
  insurance: z
    .object({
      pensionRegion: z.string().describe('养老保险参保地 / region of the pension enrolment'),
      pensionInsurer: z.string().optional().describe('养老保险经办机构 / pension agency'),
      workInjury: z.boolean().describe('工伤保险 / work-injury insurance'),
      unemployment: z.boolean().describe('失业保险 / unemployment insurance'),
    })
    .describe('参保 / insurance enrolments'),
  archiveHolder: z.string().describe('档案存放单位 / holder of the personnel file'),
  contract: z.object({ startDate: isoDate, endDate: isoDate }).optional().describe('聘用合同期限 / contract dates'),
  since: isoDate.describe('自 / in this state since'),
});
export type RegisterEmployment = z.infer<typeof registerEmployment>;

export const registerPerson = person;
export type RegisterPerson = z.infer<typeof registerPerson>;

export const prefillKind = z.enum(['transfer', 'post-change']).describe('事项类型 / the form to prefill');
export type PrefillKind = z.infer<typeof prefillKind>;

const consentReference = z
  .string()
  .trim()
  .min(4, '本人同意书编号至少 4 个字符 / the consent reference has at least 4 characters')
  .max(64, '本人同意书编号至多 64 个字符 / the consent reference has at most 64 characters')
  .regex(/^[\p{L}\p{N}\-/_.()（）〔〕]+$/u, '本人同意书编号只能含文字、数字和 -/_.() / letters, digits and -/_.() only')
  .describe('本人同意书编号（调入单位查询时必填，记入审计） / the person’s consent reference, required of a receiving unit and audited');

export const prefillQuery = z.object({ consent: consentReference.optional() });

const transferPrefill = z.object({
  releasingUnit: employingUnit.extend({ sector: z.literal('public-institution') }),
  person,
  wage: z.object({ previousMonthlyBasicWage: money.optional() }),
  insurance: z.object({
    workInjury: z.literal(true),
    unemployment: z.literal(true),
    pensionTransfer: z.object({ fromRegion: z.string(), previousInsurer: z.string() }).partial(),
  }),
  archive: z.object({ currentHolder: z.string() }),
});

const postChangePrefill = z.object({
  unit: employingUnit,
  person,
  currentPost: post,
  wage: z.object({ currentSalaryGrade: salaryGrade }),
});

export const prefillAnswer = z.object({
  kind: prefillKind,
  form: z.union([transferPrefill, postChangePrefill]).describe('申请表中由人员信息库带入的部分 / the part of the form the register fills'),
  prefilled: z.array(z.string()).describe('带入的字段路径 / paths of the fields filled'),
  source: z
    .object({ matterId: z.string().describe('最近一次改变该记录的事项 / the matter that last changed the record'), since: isoDate })
    .describe('来源 / where the record comes from'),
});
export type PrefillAnswer = z.infer<typeof prefillAnswer>;
export type TransferPrefill = z.infer<typeof transferPrefill>;
export type PostChangePrefill = z.infer<typeof postChangePrefill>;
