/** 养老保险 · 参保登记: one enrolment per person; an enrolment with another unit needs a transfer (关系转移接续) first. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function pensionActivities(db: Database) {
  return {
    pensionHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter, activeElsewhere }) => {
        if ((await activeElsewhere()).some((row) => row.unitCode !== matter.unitCode)) {
          return { refusal: '该人员已在其他单位参加机关事业单位养老保险，须先办理关系转移接续 / already enrolled with another unit: transfer the enrolment first' };
        }
        return { details: { scheme: '机关事业单位基本养老保险', from: matter.form.wage.effectiveDate } };
      }),
    pensionRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
