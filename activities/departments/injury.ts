/** 工伤保险: 参保 (hire) and 变更 (transfer): the unit's choice on the form, moved from the releasing unit on a transfer. */
import type { Database } from '../../db/client';
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart } from './ledger';

export function injuryActivities(db: Database) {
  return {
    injuryHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => {
        switch (matter.kind) {
          case 'hire':
            return { details: { enrolled: matter.form.insurance.workInjury, from: matter.form.contract.startDate } };
          case 'transfer':
            return {
              details: { enrolled: matter.form.insurance.workInjury, from: matter.form.transfer.effectiveDate },
              ends: { unitCode: matter.form.releasingUnit.code },
            };
          default:
            return notHandled('injury', matter.kind);
        }
      }),
    injuryRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
