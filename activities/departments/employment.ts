/** 就业: 就业登记 (hire): the person is registered as employed by the unit from the contract's start. */
import type { Database } from '../../db/client';
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart } from './ledger';

export function employmentActivities(db: Database) {
  return {
    employmentHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => {
        if (matter.kind !== 'hire') return notHandled('employment', matter.kind);
        return { details: { employer: matter.unitCode, from: matter.form.contract.startDate, education: matter.form.person.education } };
      }),
    employmentRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
