/** 就业 · 就业登记: the person is registered as employed by the unit from the contract's start. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function employmentActivities(db: Database) {
  return {
    employmentHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => ({
        details: { employer: matter.unitCode, from: matter.form.contract.startDate, education: matter.form.person.education },
      })),
    employmentRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
