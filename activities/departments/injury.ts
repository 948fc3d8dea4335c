/** 工伤保险 · 参保: the unit's choice on the form is registered as it stands, enrolment or a recorded opt-out. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function injuryActivities(db: Database) {
  return {
    injuryHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => ({
        details: { enrolled: matter.form.insurance.workInjury, from: matter.form.contract.startDate },
      })),
    injuryRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
