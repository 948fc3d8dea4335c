/** 失业保险 · 参保: one enrolment per person at a time, like pension. */
import type { Database } from '../../db/client';
import { registerPart, revokePart } from './ledger';
import type { DepartmentTask } from '../types';

export function unemploymentActivities(db: Database) {
  return {
    unemploymentHandle: (task: DepartmentTask) =>
      registerPart(db, task, async ({ matter, activeElsewhere }) => {
        const enrolled = matter.form.insurance.unemployment;
        if (enrolled && (await activeElsewhere()).some((row) => row.unitCode !== matter.unitCode)) {
          return { refusal: '该人员在其他单位尚有失业保险参保记录 / already enrolled in unemployment insurance with another unit' };
        }
        return { details: { enrolled, from: matter.form.contract.startDate } };
      }),
    unemploymentRevoke: (task: DepartmentTask) => revokePart(db, task),
  };
}
