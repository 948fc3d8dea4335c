/** 社会保障卡 · 申领: an application goes to the chosen bank; a person who already holds a card keeps it. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function sscardActivities(db: Database) {
  return {
    sscardHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter, activeElsewhere }) => {
        const { apply, bank } = matter.form.socialSecurityCard;
        const holdsCard = (await activeElsewhere()).length > 0;
        return { details: { action: apply && !holdsCard ? 'apply' : 'keep-existing', bank: bank ?? null } };
      }),
    sscardRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
