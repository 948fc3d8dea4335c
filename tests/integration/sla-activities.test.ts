/**
 * The SLA activities on the calendar loaded in PostgreSQL: a matter's deadline, a step's
 * budget, the time a correction keeps, and a clock that resumes with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaActivities } from '../../activities/sla';
import { freshDatabase, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let sla: ReturnType<typeof slaActivities>;

beforeAll(async () => {
  db = await freshDatabase();
  sla = slaActivities(db.db);
});

afterAll(async () => {
  await db?.drop();
});

const at = (shanghai: string) => new Date(`${shanghai}+08:00`).toISOString();

describe('SLA activities', () => {
  it('put a matter submitted after the close of office two working days after the next working day', async () => {
    const { due, yellowAt } = await sla.matterDeadline({ from: at('2026-09-29T17:31:00'), limitWorkingDays: 2, yellowAt: 0.75 });
    // Effective day Wed 09-30; then Thu 10-08 and Fri 10-09 across National Day.
    expect(due).toBe(at('2026-10-09T17:30:00'));
    expect(Date.parse(yellowAt)).toBeLessThan(Date.parse(due));
  });

  it('give a step its office hours, skipping the night', async () => {
    const { due, yellowAt } = await sla.stepDeadline({ from: at('2026-12-01T15:30:00'), hours: 4, yellowAt: 0.75 });
    expect(due).toBe(at('2026-12-02T11:00:00'));
    expect(yellowAt).toBe(at('2026-12-02T10:00:00'));
  });

  it('keep the office time left when a correction stops the clock, and resume with it', async () => {
    const { due } = await sla.matterDeadline({ from: at('2026-11-30T10:00:00'), limitWorkingDays: 1, yellowAt: 0.75 });
    expect(due).toBe(at('2026-12-01T17:30:00'));
    const remainingMs = await sla.remainingWorkingTime({ at: at('2026-12-01T15:30:00'), due });
    expect(remainingMs).toBe(2 * 3_600_000);

    const resumed = await sla.matterDeadline({ from: at('2026-12-08T16:30:00'), limitWorkingDays: 1, remainingMs, yellowAt: 0.75 });
    expect(resumed.due).toBe(at('2026-12-09T10:00:00'));
  });

  it('refuse to guess a deadline in a year not loaded, naming it', async () => {
    await expect(sla.matterDeadline({ from: at('2026-12-31T10:00:00'), limitWorkingDays: 2, yellowAt: 0.75 })).rejects.toMatchObject({
      type: 'CalendarYearNotLoaded',
      nonRetryable: true,
      message: expect.stringContaining('2027'),
    });
  });
});
