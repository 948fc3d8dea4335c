/**
 * 岗位变动及工资“一件事” — a change of post within the unit. The competent department and
 * the hall review; the personnel office records the appointment and the wage office the new
 * wage, at the same time. Committed limit: 1 working day.
 */
import { postChangeForm, type PostChangeForm } from '../schemas/forms/post-change';
import { competentReview, hallReview, personnelDivisionCountersign, filingUnit, standardSla, unitKeys, unitParties } from './common-steps';
import type { MatterDefinition } from './types';

/** 正高 (专技 1–4) and 管理 1–4 are posts whose appointment the personnel division signs for. */
const seniorPost = (post: PostChangeForm['newPost']) => (post.category === 'professional' || post.category === 'management') && (post.level ?? 99) <= 4;

export const postChange: MatterDefinition<PostChangeForm> = {
  kind: 'post-change',
  workflowType: 'postChange',
  title: '事业单位工作人员岗位变动及工资',
  form: postChangeForm,
  keys: unitKeys,
  filingUnit,
  parties: unitParties,
  reviewChain: [competentReview, hallReview],
  countersign: personnelDivisionCountersign([
    {
      id: 'senior-post',
      reason: '聘入正高级专业技术岗位或管理岗位一至四级 / appointment to a 正高 professional post or management levels 1–4',
      applies: (form) => seniorPost(form.newPost) && !seniorPost(form.currentPost),
    },
  ]),
  departments: [
    { department: 'personnel', task: '岗位聘用备案' },
    { department: 'wage', task: '岗位变动工资核定' },
  ],
  sla: standardSla(1),
};
