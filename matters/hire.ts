/**
 * 事业单位聘用工作人员“一件事” — recruitment hire. The unit fills one form; its competent
 * department and then the service hall review it; eight offices then register their part
 * at the same time. Committed limit: 2 working days.
 */
import { hireForm, type HireForm } from '../schemas/forms/hire';
import { competentReview, hallReview, personnelDivisionCountersign, filingUnit, standardSla, unitKeys, unitParties } from './common-steps';
import type { MatterDefinition } from './types';

export const hire: MatterDefinition<HireForm> = {
  kind: 'hire',
  workflowType: 'hire',
  title: '事业单位聘用工作人员',
  form: hireForm,
  keys: unitKeys,
  filingUnit,
  parties: unitParties,
  reviewChain: [competentReview, hallReview],
  countersign: personnelDivisionCountersign([
    {
      id: 'direct-assessment',
      reason: '直接考核招聘高层次人才 / direct-assessment hire of high-level talent',
      applies: (form) => form.recruitment.method === 'direct-assessment',
    },
  ]),
  departments: [
    { department: 'personnel', task: '聘用备案' },
    { department: 'wage', task: '起薪核定' },
    { department: 'pension', task: '参保登记' },
    { department: 'injury', task: '工伤保险参保' },
    { department: 'unemployment', task: '失业保险参保' },
    { department: 'sscard', task: '社保卡申领' },
    { department: 'archive', task: '档案接收' },
    { department: 'employment', task: '就业登记' },
  ],
  sla: standardSla(2),
};
