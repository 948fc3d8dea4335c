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
import { anyRegionCode, applicationNo, employingUnit, materialList, organisationRef, person } from './common';
import { personMatchesIdentity, notBefore, requiredMaterials } from './checks';

export const transferMaterials = {
  'transfer-approval': '调动审批表',
  'release-consent': '调出单位同意调出函',
} as const;

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
      .describe('主管部门（调出单位为事业单位时必填） / competent department (required for a public institution)'),
  })
  .superRefine(
    (unit, ctx) => {
      // Only a public institution's competent department reviews the release, so only then is it needed.
      if (unit.sector === 'public-institution' && unit.competentDepartment === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['competentDepartment'],
          message: '调出单位为事业单位的，须填写其主管部门 / a releasing public institution must name its competent department',
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
    wage: z
      .object({
        salaryGrade: salaryGrade.describe('薪级 / salary grade'),
        effectiveDate: isoDate.describe('调入单位起薪日期 / wage effective date in the receiving unit'),
        previousMonthlyBasicWage: money
          .optional()
          .describe('调出前月基本工资（元） / monthly basic wage before the transfer, yuan'),
      })
      .describe('调动工资 / wage after the transfer'),
    insurance: z
      .object({
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
        workInjury: z.boolean().describe('工伤保险参保变更 / move the work-injury insurance'),
        unemployment: z.boolean().describe('失业保险参保变更 / move the unemployment insurance'),
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
    requiredMaterials(form.materials, transferMaterials, ctx);
  });

export type TransferForm = z.infer<typeof transferForm>;
