/** 社会保障卡: 申领 (hire) and 信息变更 (transfer). A person holds one card whatever the employer; a hire of a holder keeps it. */
import type { DepartmentTask } from '../types';
import { notHandled, registerPart, revokePart, type Ledger } from './ledger';

export function sscardActivities(ledger: Ledger) {
  return {
    sscardHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter, activeElsewhere }) => {
        switch (matter.kind) {
          case 'hire': {
            const { apply, bank } = matter.form.socialSecurityCard;
            const holdsCard = (await activeElsewhere()).length > 0;
            return { details: { action: apply && !holdsCard ? 'apply' : 'keep-existing', bank: bank ?? null } };
          }
          case 'transfer':
            return { details: { action: matter.form.socialSecurityCard.updateInfo ? 'update-employer' : 'unchanged', employer: matter.unitCode } };
          default:
            return notHandled('sscard', matter.kind);
        }
      }),
    sscardRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
