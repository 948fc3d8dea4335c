/**
 * 工资: 起薪核定 (hire), 调动工资 (transfer), 岗位变动工资 (post change). The basic wage
 * follows from post level and salary grade in the configured scale; a grade or level the scale
 * does not have is refused, never guessed.
 */
import { basicWage, type BasicWage, type WageScale } from '../../config/wage-scale';
import type { Post } from '../../schemas/post';
import type { DepartmentTask } from '../types';
import { registerPart, revokePart, type PartDecision, type Ledger } from './ledger';

const notInScale = (grade: number) => `工资标准中没有该岗位等级或薪级 ${grade} / the wage scale has no amount for this post level or grade ${grade}`;

export function wageActivities(ledger: Ledger, scale: WageScale) {
  const wageOf = (post: Post, grade: number): BasicWage | undefined => basicWage(scale, post, grade);
  return {
    wageHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter }): Promise<PartDecision> => {
        switch (matter.kind) {
          case 'hire': {
            const { post, wage } = matter.form;
            const amounts = wageOf(post, wage.salaryGrade);
            if (!amounts) return { refusal: notInScale(wage.salaryGrade) };
            return { details: { ...amounts, salaryGrade: wage.salaryGrade, effectiveDate: wage.effectiveDate } };
          }
          case 'transfer': {
            const { post, wage, releasingUnit } = matter.form;
            const amounts = wageOf(post, wage.salaryGrade);
            if (!amounts) return { refusal: notInScale(wage.salaryGrade) };
            const change = wage.previousMonthlyBasicWage === undefined ? {} : { previous: wage.previousMonthlyBasicWage, difference: amounts.total - wage.previousMonthlyBasicWage };
            return { details: { ...amounts, ...change, salaryGrade: wage.salaryGrade, effectiveDate: wage.effectiveDate }, ends: { unitCode: releasingUnit.code } };
          }
          case 'post-change': {
            const { currentPost, newPost, wage } = matter.form;
            const current = wageOf(currentPost, wage.currentSalaryGrade);
            const next = wageOf(newPost, wage.newSalaryGrade);
            if (!current) return { refusal: notInScale(wage.currentSalaryGrade) };
            if (!next) return { refusal: notInScale(wage.newSalaryGrade) };
            return {
              details: { ...next, current: current.total, difference: next.total - current.total, salaryGrade: wage.newSalaryGrade, effectiveDate: wage.effectiveDate },
              ends: { unitCode: matter.unitCode },
            };
          }
        }
      }),
    wageRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
