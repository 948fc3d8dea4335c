/**
 * 养老保险: 参保登记 (hire) and 关系转移接续 (transfer). One enrolment per person: a hire of
 * someone enrolled elsewhere needs a transfer first; a transfer moves the enrolment from the
 * releasing unit, and is refused when a third unit holds it.
 */
import type { DepartmentTask } from '../types';
import { heldElsewhere, notHandled, registerPart, revokePart, type Ledger } from './ledger';

export function pensionActivities(ledger: Ledger) {
  return {
    pensionHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter, activeElsewhere }) => {
        const held = await activeElsewhere();
        switch (matter.kind) {
          case 'hire':
            if (heldElsewhere(held, matter.unitCode)) {
              return { refusal: '该人员已在其他单位参加机关事业单位养老保险，须先办理关系转移接续 / already enrolled with another unit: transfer the enrolment first' };
            }
            return { details: { scheme: '机关事业单位基本养老保险', from: matter.form.wage.effectiveDate } };
          case 'transfer': {
            const { releasingUnit, insurance, transfer } = matter.form;
            if (heldElsewhere(held, matter.unitCode, releasingUnit.code)) {
              return { refusal: '养老保险关系登记在调出单位以外的单位，须由该单位先办理转出 / the enrolment is held by a unit other than the releasing one' };
            }
            return {
              details: { scheme: '机关事业单位基本养老保险', fromRegion: insurance.pensionTransfer.fromRegion, previousInsurer: insurance.pensionTransfer.previousInsurer, from: transfer.effectiveDate },
              ends: { unitCode: releasingUnit.code },
            };
          }
          default:
            return notHandled('pension', matter.kind);
        }
      }),
    pensionRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
