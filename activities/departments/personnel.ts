/** 人事 · 聘用备案: the hire is filed once; a person holds one post in one institution at a time. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function personnelActivities(db: Database) {
  return {
    personnelHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter, activeElsewhere }) => {
        if ((await activeElsewhere()).some((row) => row.unitCode !== matter.unitCode)) {
          return { refusal: '该人员在其他事业单位尚有在册聘用记录，须先办理解聘或调动 / the person is still on record with another institution' };
        }
        const { post, contract, recruitment } = matter.form;
        return { details: { post, contract, recruitmentMethod: recruitment.method, announcementNo: recruitment.announcementNo } };
      }),
    personnelRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
