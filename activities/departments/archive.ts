/** 档案 · 接收: the personnel file moves from where it is now to the hiring unit; a file is held in one place. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function archiveActivities(db: Database) {
  return {
    archiveHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter, activeElsewhere }) => {
        if ((await activeElsewhere()).some((row) => row.unitCode !== matter.unitCode)) {
          return { refusal: '档案登记在其他单位，须由现存放单位转递 / the file is registered with another unit and must be transferred by it' };
        }
        return { details: { from: matter.form.archive.currentHolder, to: matter.form.unit.name } };
      }),
    archiveRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
