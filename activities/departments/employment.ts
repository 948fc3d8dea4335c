/** 就业: 就业登记 (hire): the person is registered as employed by the unit from the contract's start. */
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart, type Ledger } from './ledger';

export function employmentActivities(ledger: Ledger) {
  return {
    employmentHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter }) => {
        if (matter.kind !== 'hire') return notHandled('employment', matter.kind);
        return { details: { employer: matter.unitCode, from: matter.form.contract.startDate, education: matter.form.person.education } };
      }),
    employmentRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
