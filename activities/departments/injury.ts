/** 工伤保险, compulsory for public institutions: 参保 (hire) and 变更 (transfer), moved from the releasing unit on a transfer. */
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart, type Ledger } from './ledger';

export function injuryActivities(ledger: Ledger) {
  return {
    injuryHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter }) => {
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
    injuryRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
