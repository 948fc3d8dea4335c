/**
 * 档案: 接收 (hire) and 转递 (transfer). A personnel file is held in one place: a transfer
 * needs it where the releasing unit had it, and is refused when a third unit holds it; a
 * transfer from outside the system receives it from the outside holder the form names.
 */
import { fromOutsideTheSystem } from '../../schemas/forms/transfer';
import type { DepartmentTask } from '../types';
import { heldElsewhere, notHandled, registerPart, revokePart, type Ledger } from './ledger';

export function archiveActivities(ledger: Ledger) {
  return {
    archiveHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter, activeElsewhere }) => {
        const held = await activeElsewhere();
        switch (matter.kind) {
          case 'hire':
            if (heldElsewhere(held, matter.unitCode)) {
              return { refusal: '档案登记在其他单位，须由现存放单位转递 / the file is registered with another unit and must be transferred by it' };
            }
            return { details: { from: matter.form.archive.currentHolder, to: matter.form.unit.name } };
          case 'transfer': {
            const { archive, releasingUnit, unit } = matter.form;
            if (heldElsewhere(held, matter.unitCode, releasingUnit.code)) {
              return { refusal: '档案未在调出单位登记，现由其他单位保管，无法转递 / the file is held by a unit other than the releasing one' };
            }
            // From outside the system the file comes from the holder the form names (another province's archive, an enterprise's
            // talent centre), which is on no ledger here: it is received, nothing of the releasing side's is ended.
            if (fromOutsideTheSystem(releasingUnit)) return { details: { from: archive.currentHolder, to: unit.name, method: archive.transferMethod, received: true } };
            return { details: { from: archive.currentHolder, to: unit.name, method: archive.transferMethod }, ends: { unitCode: releasingUnit.code } };
          }
          default:
            return notHandled('archive', matter.kind);
        }
      }),
    archiveRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
