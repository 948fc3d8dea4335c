/**
 * 人事: 聘用备案 (hire), 调动及聘用备案 (transfer), 岗位聘用备案 (post change). A person is on the
 * books of one institution at a time, and of one appointment there.
 */
import type { DepartmentTask } from '../types';
import { heldElsewhere, registerPart, revokePart, type Ledger } from './ledger';

const onRecordElsewhere = '该人员在其他事业单位尚有在册聘用记录，须先办理解聘或调动 / the person is still on record with another institution';

export function personnelActivities(ledger: Ledger) {
  return {
    personnelHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter, activeElsewhere }) => {
        const held = await activeElsewhere();
        switch (matter.kind) {
          case 'hire': {
            if (heldElsewhere(held, matter.unitCode)) return { refusal: onRecordElsewhere };
            const { post, contract, recruitment } = matter.form;
            return { details: { post, contract, recruitmentMethod: recruitment.method, announcementNo: recruitment.announcementNo } };
          }
          case 'transfer': {
            // The transfer's 聘用 part: the new contract with the receiving unit is registered with the move.
            const { releasingUnit, post, transfer, contract } = matter.form;
            if (heldElsewhere(held, matter.unitCode, releasingUnit.code)) return { refusal: onRecordElsewhere };
            return { details: { from: releasingUnit.code, post, contract, effectiveDate: transfer.effectiveDate }, ends: { unitCode: releasingUnit.code } };
          }
          case 'post-change': {
            if (heldElsewhere(held, matter.unitCode)) return { refusal: onRecordElsewhere };
            const { currentPost, newPost, change } = matter.form;
            // The new appointment replaces the unit's earlier one on the books.
            return { details: { from: currentPost, post: newPost, change: change.kind, effectiveDate: change.effectiveDate }, ends: { unitCode: matter.unitCode } };
          }
        }
      }),
    personnelRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
