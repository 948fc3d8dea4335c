/**
 * 事业单位聘用工作人员“一件事”申请表 — the one form for a recruitment hire: everything the
 * personnel, wage, insurance, card, archive and employment offices need, filled once.
 */
import { z } from 'zod';
import { isoDate } from '../dates';
import { post } from '../post';
import { salaryGrade } from '../wage';
import { applicationNo, employingUnit, materialList, person } from './common';
import { personMatchesIdentity, notBefore, requiredMaterials } from './checks';

export const hireMaterials = {
  'recruitment-approval': '招聘计划备案及拟聘人员公示材料',
  'employment-contract': '聘用合同',
} as const;

export const hireForm = z
  .object({
    applicationNo,
    unit: employingUnit.describe('用人单位 / employing unit'),
    person: person.describe('拟聘人员 / the person hired'),
    recruitment: z
      .object({
        method: z
          .enum(['public-exam', 'direct-assessment'])
          .describe('招聘方式：公开招聘考试 / 直接考核（高层次人才） / open examination or direct assessment of high-level talent'),
        announcementNo: z.string().trim().min(1).max(64).describe('招聘公告编号 / recruitment announcement number'),
      })
      .describe('招聘 / recruitment'),
    post: post.describe('聘用岗位 / post'),
    contract: z
      .object({
        startDate: isoDate.describe('聘用合同起始日 / contract start'),
        endDate: isoDate.describe('聘用合同终止日 / contract end'),
        probationMonths: z.number().int().min(0).max(12).describe('试用期（月） / probation in months'),
      })
      .describe('聘用合同 / employment contract'),
    wage: z
      .object({
        salaryGrade: salaryGrade.describe('薪级 / salary grade'),
        effectiveDate: isoDate.describe('起薪日期 / wage effective date'),
      })
      .describe('起薪 / starting wage'),
    insurance: z
      .object({
        workInjury: z.boolean().describe('工伤保险参保 / enrol in work-injury insurance'),
        unemployment: z.boolean().describe('失业保险参保 / enrol in unemployment insurance'),
      })
      .describe('社会保险 / social insurance'),
    socialSecurityCard: z
      .object({
        apply: z.boolean().describe('申领社会保障卡 / apply for a card'),
        bank: z.string().trim().min(2).max(50).optional().describe('合作银行 / issuing bank'),
      })
      .describe('社会保障卡 / social-security card'),
    archive: z
      .object({
        currentHolder: z.string().trim().min(2).max(100).describe('档案现存放单位 / where the personnel file is now'),
      })
      .describe('人事档案 / personnel file'),
    materials: materialList.describe('要件 / required materials'),
  })
  .superRefine((form, ctx) => {
    personMatchesIdentity(form.person, ctx, ['person']);
    notBefore(form.contract.startDate, form.contract.endDate, ctx, ['contract', 'endDate'], '合同终止日早于起始日 / contract ends before it starts');
    notBefore(form.contract.startDate, form.wage.effectiveDate, ctx, ['wage', 'effectiveDate'], '起薪日期早于聘用合同起始日 / wage starts before the contract');
    if (form.socialSecurityCard.apply && !form.socialSecurityCard.bank) {
      ctx.addIssue({ code: 'custom', path: ['socialSecurityCard', 'bank'], message: '申领社保卡须选择合作银行 / choose the issuing bank' });
    }
    requiredMaterials(form.materials, hireMaterials, ctx);
  });

export type HireForm = z.infer<typeof hireForm>;
