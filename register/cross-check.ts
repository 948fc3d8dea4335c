/**
 * 提交时核对: a transfer from a unit that does not employ the person, or a post change from a post
 * (or salary grade) the person does not hold, contradicts the register. Each problem names the
 * field and what the register holds — masked, since whoever submits may not be the employer.
 * A person the register does not know passes: the register covers only who the matters (and the
 * pilot's seed) have put there.
 */
import type { PostChangeForm } from '../schemas/forms/post-change';
import type { TransferForm } from '../schemas/forms/transfer';
import { fromOutsideTheSystem } from '../schemas/forms/transfer';
import { postCategories, type Post } from '../schemas/post';
import type { RegisterEmployment } from '../schemas/register';

export interface RegisterProblem {
  field: string;
  message: string;
}

/** 12640302MB0003105X 吴忠市利通区第二中学 → 126403******3105X 吴忠市…: enough for the employer to recognise, not to learn. */
export function maskUnit(unit: { code: string; name: string }): string {
  const code = unit.code.slice(0, 6) + '*'.repeat(Math.max(unit.code.length - 10, 0)) + unit.code.slice(-4);
  const name = Array.from(unit.name);
  return `${code}（${name.slice(0, 3).join('')}${'*'.repeat(Math.max(name.length - 3, 0))}）`;
}

function postLabels(post: Post): { zh: string; en: string } {
  const { label, labelEn } = postCategories[post.category];
  return post.level === undefined ? { zh: label, en: labelEn } : { zh: `${label} ${post.level} 级`, en: `${labelEn}, level ${post.level}` };
}

const samePost = (a: Post, b: Post) => a.category === b.category && a.level === b.level && a.workerGrade === b.workerGrade;

/** `inForce` is the person's every state in force (one per unit employing them). */
export function transferProblems(form: TransferForm, inForce: readonly RegisterEmployment[]): RegisterProblem[] {
  if (inForce.length === 0 || fromOutsideTheSystem(form.releasingUnit)) return [];
  if (inForce.some((employment) => employment.unit.code === form.releasingUnit.code)) return [];
  return [
    {
      field: 'releasingUnit.code',
      message: `人员信息库记载该人员不在调出单位任职，现所在单位为 ${inForce.map((employment) => maskUnit(employment.unit)).join('、')} / the register does not hold the person at the releasing unit`,
    },
  ];
}

export function postChangeProblems(form: PostChangeForm, inForce: readonly RegisterEmployment[]): RegisterProblem[] {
  if (inForce.length === 0) return [];
  const here = inForce.find((employment) => employment.unit.code === form.unit.code);
  if (!here) {
    return [{ field: 'unit.code', message: `人员信息库记载该人员不在本单位任职，现所在单位为 ${inForce.map((employment) => maskUnit(employment.unit)).join('、')} / the register does not hold the person at this unit` }];
  }
  const problems: RegisterProblem[] = [];
  if (!samePost(here.post, form.currentPost)) {
    const held = postLabels(here.post);
    problems.push({ field: 'currentPost', message: `现聘岗位与人员信息库不符，库中为${held.zh} / the current post differs from the register's: ${held.en}` });
  }
  if (here.salaryGrade !== form.wage.currentSalaryGrade) {
    problems.push({ field: 'wage.currentSalaryGrade', message: `现薪级与人员信息库不符，库中为 ${here.salaryGrade} 级 / the current salary grade differs from the register's (${here.salaryGrade})` });
  }
  return problems;
}
