/** 失业保险, compulsory for public institutions: 参保 (hire) and 变更 (transfer): one enrolment per person at a time, like pension. */
import type { DepartmentTask } from '../types';
import { heldElsewhere, notHandled, registerPart, revokePart, type Ledger } from './ledger';

const enrolledElsewhere = '该人员在其他单位尚有失业保险参保记录 / already enrolled in unemployment insurance with another unit';

export function unemploymentActivities(ledger: Ledger) {
  return {
    unemploymentHandle: (task: DepartmentTask) =>
      registerPart(ledger, task, async ({ matter, activeElsewhere }) => {
        switch (matter.kind) {
          case 'hire': {
            if (heldElsewhere(await activeElsewhere(), matter.unitCode)) return { refusal: enrolledElsewhere };
            return { details: { enrolled: true, from: matter.form.contract.startDate } };
          }
          case 'transfer': {
            const { releasingUnit, transfer } = matter.form;
            if (heldElsewhere(await activeElsewhere(), matter.unitCode, releasingUnit.code)) return { refusal: enrolledElsewhere };
            return { details: { enrolled: true, from: transfer.effectiveDate }, ends: { unitCode: releasingUnit.code } };
          }
          default:
            return notHandled('unemployment', matter.kind);
        }
      }),
    unemploymentRevoke: (task: DepartmentTask) => revokePart(ledger, task),
  };
}
