/**
 * A department's ledger on a real PostgreSQL: one person's registrations in one department are
 * checked and written one matter at a time, so two matters enrolling the same person at the same
 * moment cannot both pass the "enrolled nowhere else" check — the second gets the department's
 * refusal, whichever one runs first.
 */
import { ApplicationFailure } from '@temporalio/common';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pensionActivities } from '../../activities/departments/pension';
import { recordActivities } from '../../activities/record';
import { departmentRejection, type DepartmentTask } from '../../activities/types';
import { departmentLedger } from '../../db/schema';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await db?.drop();
});

/** A hire of the same person by the unit `unitSerial` names, recorded as the workflow records it. */
async function recordedHire(applicationNo: string, unitSerial: string): Promise<DepartmentTask> {
  const form = hireFormFor({ applicationNo, unitSerial, identitySuffix: '861' });
  const id = `${form.unit.code}-${form.applicationNo}`;
  await recordActivities(db.db, testVault).recordMatter(openingState(hire, form, id, '2026-11-30T02:00:00.000Z'), form);
  return { matterId: id, kind: 'hire', department: 'pension', formVersion: 1, idempotencyKey: `${id}/pension/v1` };
}

describe('one enrolment per person', () => {
  it('lets only one of two matters enrolling the same person at the same moment register, and refuses the other', async () => {
    const { pensionHandle } = pensionActivities({ db: db.db, vault: testVault });
    for (let round = 0; round < 5; round++) {
      const [first, second] = await Promise.all([recordedHire(`LEDGER-${round}-A`, `${round}1`), recordedHire(`LEDGER-${round}-B`, `${round}2`)]);
      const outcomes = await Promise.allSettled([pensionHandle(first), pensionHandle(second)]);
      const refused = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]).toBeInstanceOf(ApplicationFailure);
      expect((refused[0] as ApplicationFailure).type).toBe(departmentRejection);
      const inForce = await db.db
        .select()
        .from(departmentLedger)
        .where(and(eq(departmentLedger.department, 'pension'), eq(departmentLedger.personIndex, testVault.personIndex(hireFormFor({ identitySuffix: '861' }).person.identityNumber)), isNull(departmentLedger.revokedAt), isNull(departmentLedger.endedByMatter)));
      expect(inForce).toHaveLength(1);
      // The next round enrols the person afresh: this round's registration ends.
      await db.db.update(departmentLedger).set({ revokedAt: new Date() }).where(eq(departmentLedger.id, inForce[0]!.id));
    }
  });
});
