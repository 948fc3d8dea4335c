/**
 * 人员调动、聘用及工资“一件事” — a transfer between units. The receiving unit files one
 * form; its competent department and, when it is another one, the releasing unit's review
 * in parallel; then the hall; then seven offices carry the person's records across at the
 * same time. Committed limit: 2 working days.
 */
import { transferForm, type TransferForm } from '../schemas/forms/transfer';
import { competentReview, filingUnit, hallReview, personnelDivisionCountersign, unitKeys, unitParties } from './common-steps';
import type { MatterDefinition } from './types';

/** GB/T 2260 province prefix of 宁夏回族自治区: the region whose institutions the reform covers. */
const regionProvince = '64';

/** The receiving unit's competent department, and the releasing unit's when it has one (and it is another). */
const competentDepartments = (form: TransferForm): string[] => [
  ...new Set([form.unit.competentDepartment.code, ...(form.releasingUnit.competentDepartment ? [form.releasingUnit.competentDepartment.code] : [])]),
];

export const transfer: MatterDefinition<TransferForm> = {
  kind: 'transfer',
  workflowType: 'transfer',
  title: '事业单位工作人员调动、聘用及工资',
  form: transferForm,
  keys: unitKeys,
  filingUnit,
  // The releasing unit and its competent department follow the person's transfer too.
  parties: (form) => [...new Set([...unitParties(form), form.releasingUnit.code, ...competentDepartments(form)])],
  reviewChain: [
    {
      ...competentReview,
      title: '调入、调出单位主管部门审核',
      // The releasing unit's competent department reviews too when it is another one, in parallel.
      organisations: competentDepartments,
      parallelDeciders: [
        { id: 'receiving', title: '调入单位主管部门审核' },
        { id: 'releasing', title: '调出单位主管部门审核', optional: true },
      ],
    },
    hallReview,
  ],
  countersign: personnelDivisionCountersign([
    {
      id: 'from-outside-institutions',
      reason: '从区外或非事业单位调入 / transfer from outside the region’s public institutions',
      applies: (form) => form.releasingUnit.sector !== 'public-institution' || !form.releasingUnit.region.startsWith(regionProvince),
    },
  ]),
  departments: [
    { department: 'personnel', task: '调动备案' },
    { department: 'wage', task: '调动工资核定' },
    { department: 'pension', task: '关系转移接续' },
    { department: 'injury', task: '工伤保险变更' },
    { department: 'unemployment', task: '失业保险变更' },
    { department: 'sscard', task: '社保卡信息变更' },
    { department: 'archive', task: '档案转递' },
  ],
  sla: { limitWorkingDays: 2, stageHours: { competent: 4, hall: 4, countersign: 2, departments: 8 }, yellowAt: 0.75, afterCorrection: 'restart' },
};
