/** 工伤保险, compulsory for public institutions: 参保 (hire) and 变更 (transfer), moved from the releasing unit on a transfer. */
import type { Database } from '../../db/client';
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart } from './ledger';

export function injuryActivities(db: Database) {
  return {
    injuryHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter }) => {
        switch (matter.kind) {
          case 'hire':
            return { details: { enrolled: true, from: matter.form.contract.startDate } };
          case 'transfer':
            return {
              details: { enrolled: true, from: matter.form.transfer.effectiveDate },
              ends: { unitCode: matter.form.releasingUnit.code },
            };
          default:
            return notHandled('injury', matter.kind);
        }
      }),
    injuryRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
