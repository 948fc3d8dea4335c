/**
 * 人员调动、聘用及工资“一件事”申请表 — the one form the receiving unit files when a person
 * moves to it from another unit: the transfer itself, the new post and wage, and what the
 * pension, insurance, card and archive offices need to carry the person's records across.
 */
import { z } from 'zod';
import { isValidUnitCode, unitCode } from '../unit-code';
import { isoDate } from '../dates';
import { money, salaryGrade } from '../wage';
import { post } from '../post';
import { anyRegionCode, applicationNo, compulsoryInsurance, employingUnit, materialList, organisationRef, person } from './common';
import { personMatchesIdentity, notBefore, requiredMaterials } from './checks';

export const transferMaterials = {
  'transfer-approval': '调动审批表',
  'employment-contract': '聘用合同',
} as const;

/** From outside the system no competent department reviews the release, so the releasing side's consent comes as a material. */
export const outsideTransferMaterials = {
  'release-consent': '调出方同意调出证明（商调函回执）',
} as const;

/** The GB/T 2260 province prefix of 宁夏回族自治区, whose public institutions the reform covers. */
const ningxia = '64';

/**
 * A transfer from outside the system: from another province, or from outside the public
 * institutions (a government body, an enterprise …). No competent department of ours reviews
 * the release; the file comes from its outside holder; it is a special case to countersign.
 */
export function fromOutsideTheSystem(releasing: { sector: string; region: string }): boolean {
  return releasing.sector !== 'public-institution' || !releasing.region.startsWith(ningxia);
}

/** A person already employed by a public institution is not put on probation again by a transfer; one from outside is, for at most six months. */
const maxProbationFromOutside = 6;

export const releasingUnit = z
  .object({
    code: unitCode.describe('统一社会信用代码 / unified social credit code'),
    name: z.string().trim().min(2).max(100).describe('名称 / name'),
    // The person may come from anywhere in the country, so not only Ningxia's regions.
    region: anyRegionCode.describe('所在地区 (GB/T 2260) / region'),
    sector: z
      .enum(['public-institution', 'government', 'enterprise', 'other'])
      .describe('单位性质：事业单位 / 机关 / 企业 / 其他 / public institution, government body, enterprise or other'),
    competentDepartment: organisationRef
      .optional()
      .describe('主管部门（调出单位为区内事业单位时必填，由其审核调出） / competent department (required for a public institution of Ningxia, which reviews the release)'),
  })
  .superRefine(
    (unit, ctx) => {
      // Only a Ningxia public institution's competent department reviews the release, so only then is it needed.
      if (typeof unit.sector === 'string' && typeof unit.region === 'string' && !fromOutsideTheSystem(unit) && unit.competentDepartment === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['competentDepartment'],
          message: '调出单位为区内事业单位的，须填写其主管部门 / a releasing public institution of Ningxia must name its competent department',
        });
      }
    },
    // Reported alongside the unit's other problems rather than after they are fixed.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export const transferForm = z
  .object({
    applicationNo,
    unit: employingUnit.describe('调入单位 / receiving unit'),
    releasingUnit: releasingUnit.describe('调出单位 / releasing unit'),
    person: person.describe('调动人员 / the person transferred'),
    transfer: z
      .object({
        reason: z.string().trim().min(1).max(200).describe('调动原因 / reason for the transfer'),
        effectiveDate: isoDate.describe('调动生效日期 / transfer effective date'),
      })
      .describe('调动 / transfer'),
    post: post.describe('调入后聘用岗位 / post in the receiving unit'),
    contract: z
      .object({
        startDate: isoDate.describe('聘用合同起始日 / contract start'),
        endDate: isoDate.describe('聘用合同终止日 / contract end'),
        probationMonths: z
          .number()
          .int()
          .min(0)
          .max(maxProbationFromOutside)
          .describe('试用期（月）：区内事业单位调入的不再约定试用期，其他调入最长 6 个月 / probation in months: none for a transfer between public institutions, at most 6 otherwise'),
      })
      .describe('调入单位聘用合同 / employment contract with the receiving unit'),
    wage: z
      .object({
        salaryGrade: salaryGrade.describe('薪级 / salary grade'),
        effectiveDate: isoDate.describe('调入单位起薪日期 / wage effective date in the receiving unit'),
        previousMonthlyBasicWage: money
          .optional()
          .describe('调出前月基本工资（元） / monthly basic wage before the transfer, yuan'),
      })
      .describe('调动工资 / wage after the transfer'),
    insurance: compulsoryInsurance
      .extend({
        pensionTransfer: z
          .object({
            fromRegion: anyRegionCode.describe('原参保地 (GB/T 2260) / region of the previous enrolment'),
            previousInsurer: z
              .string()
              .trim()
              .min(2)
              .max(100)
              .describe('原参保经办机构，如银川市社会保险事业管理局 / previous social-insurance agency'),
          })
          .describe('养老保险关系转移接续 / pension enrolment transfer'),
      })
      .describe('社会保险 / social insurance'),
    socialSecurityCard: z
      .object({
        updateInfo: z.boolean().describe('变更社会保障卡单位信息 / update the card’s employer details'),
      })
      .describe('社会保障卡 / social-security card'),
    archive: z
      .object({
        currentHolder: z.string().trim().min(2).max(100).describe('档案现存放单位 / where the personnel file is now'),
        transferMethod: z
          .enum(['confidential-mail', 'in-person', 'online'])
          .describe('转递方式：机要寄送 / 专人送取 / 线上转递 / confidential mail, by hand or online'),
      })
      .describe('人事档案 / personnel file'),
    materials: materialList.describe('要件 / required materials'),
  })
  .superRefine((form, ctx) => {
    personMatchesIdentity(form.person, ctx, ['person']);
    // This check also runs when a code failed only its check character; that code has its own issue already.
    if (isValidUnitCode(form.releasingUnit.code) && form.releasingUnit.code === form.unit.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['releasingUnit', 'code'],
        message: '调出单位与调入单位相同，单位内部岗位调整请办理岗位变动 / the releasing unit is the receiving unit; a move within a unit is a post change',
      });
    }
    // The receiving unit pays from the day the person arrives, never for time still served elsewhere.
    notBefore(form.transfer.effectiveDate, form.wage.effectiveDate, ctx, ['wage', 'effectiveDate'], '起薪日期早于调动生效日期 / wage starts before the transfer takes effect');
    notBefore(form.transfer.effectiveDate, form.contract.startDate, ctx, ['contract', 'startDate'], '聘用合同起始日早于调动生效日期 / the contract starts before the transfer takes effect');
    notBefore(form.contract.startDate, form.contract.endDate, ctx, ['contract', 'endDate'], '合同终止日早于起始日 / contract ends before it starts');
    const outside = fromOutsideTheSystem(form.releasingUnit);
    if (!outside && form.contract.probationMonths > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['contract', 'probationMonths'],
        message: '区内事业单位之间调动不再约定试用期 / a transfer between public institutions carries no new probation',
      });
    }
    requiredMaterials(form.materials, outside ? { ...transferMaterials, ...outsideTransferMaterials } : transferMaterials, ctx);
  });

export type TransferForm = z.infer<typeof transferForm>;
