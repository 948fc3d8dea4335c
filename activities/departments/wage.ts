/** 工资 · 起薪核定: the basic wage follows from the post level and salary grade in the configured scale. */
import type { WageScale } from '../../config/wage-scale';
import { basicWage } from '../../config/wage-scale';
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function wageActivities(db: Database, scale: WageScale) {
  return {
    wageHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => {
        const { post, wage } = matter.form;
        const amounts = basicWage(scale, post, wage.salaryGrade);
        if (!amounts) {
          return { refusal: `工资标准中没有该岗位等级或薪级 ${wage.salaryGrade} / the wage scale has no amount for this post level or grade` };
        }
        return { details: { ...amounts, salaryGrade: wage.salaryGrade, effectiveDate: wage.effectiveDate } };
      }),
    wageRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
