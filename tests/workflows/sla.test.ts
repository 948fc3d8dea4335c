/**
 * Working-day time limits in virtual time (time-skipping server): deadlines on the statutory
 * calendar, yellow and red cards from durable timers, a decision in time cancelling them, a
 * correction stopping the clock, and a deadline in a year not loaded reported, not guessed.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { slaCards } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { taskQueues } from '../../temporal.config';
import { matterStateQuery } from '../../workflows/messages';
import { workflowSuite } from '../support/harness';
import { approve, decideAs, resubmitAs, settled, withdrawAs } from '../support/matters';

const suite = workflowSuite();

let counter = 0;
/** A hire submitted at `submittedAt` (the API stamps it; here the test chooses). */
function submit(submittedAt?: string) {
  const form = hireFormFor({ applicationNo: `SLA-${++counter}`, identitySuffix: String(600 + counter) });
  return suite.env.client.workflow.start('hire', {
    workflowId: `${form.unit.code}-${form.applicationNo}`,
    taskQueue: taskQueues.matters,
    args: [{ form, ...(submittedAt ? { submittedAt } : {}) }],
  });
}

async function serverNow(): Promise<Date> {
  const { time } = await suite.env.connection.testService!.getCurrentTime({});
  return new Date(Number(time!.seconds) * 1000 + Math.floor((time!.nanos ?? 0) / 1e6));
}

/** Moves virtual time to `instant` (Asia/Shanghai wall time given with its offset). */
async function sleepUntil(instant: string): Promise<void> {
  const wait = Date.parse(instant) - (await serverNow()).getTime();
  if (wait > 0) await suite.env.sleep(wait);
}

/** Withdrawn, not terminated: the time-skipping server stops skipping while an activity of a terminated matter is still counted as running. */
async function closeMatter(handle: Awaited<ReturnType<typeof submit>>): Promise<void> {
  await withdrawAs(handle);
  await settled(handle);
}

/** The first matter of a suite waits for cold workers that replay every task; a busy machine needs more than vitest's default second. */
const untilPlanned = { timeout: 20_000, interval: 50 };

function stateOnceCards(handle: Awaited<ReturnType<typeof submit>>, count: number): Promise<MatterState> {
  return vi.waitFor(
    async () => {
      const state = await handle.query(matterStateQuery);
      if (state.sla.cards.length < count) throw new Error(`${state.sla.cards.length} cards so far`);
      return state;
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe('deadlines on the statutory calendar', () => {
  it('puts a hire submitted on Wed 2026-09-30 due at the close of office on Fri 2026-10-09', async () => {
    const handle = await submit('2026-09-30T10:00:00+08:00');
    const state = await vi.waitFor(async () => {
      const current = await handle.query(matterStateQuery);
      if (!current.sla.matter) throw new Error('not planned yet');
      return current;
    }, untilPlanned);
    expect(state.sla.matter!.due).toBe(new Date('2026-10-09T17:30:00+08:00').toISOString());
    await closeMatter(handle);
  });

  it('reports a matter whose deadline falls in a year not loaded instead of scheduling it', async () => {
    const handle = await submit('2026-12-31T10:00:00+08:00');
    const state = await vi.waitFor(async () => {
      const current = await handle.query(matterStateQuery);
      if (current.sla.state !== 'unscheduled') throw new Error(`sla is ${current.sla.state}`);
      return current;
    }, untilPlanned);
    expect(state.sla).toMatchObject({ state: 'unscheduled', matter: null, problem: expect.stringContaining('2027') });
    await closeMatter(handle);
  });
});

describe('yellow and red cards', () => {
  it('with no decision, shows a yellow card before each deadline and a red card at it, recorded and escalated', async () => {
    // The test server's clock starts at the real time; the matter's deadlines follow from it.
    const handle = await submit();
    const planned = await vi.waitFor(async () => {
      const current = await handle.query(matterStateQuery);
      if (!current.sla.matter || !current.sla.step) throw new Error('not planned yet');
      return current.sla;
    }, untilPlanned);
    await sleepUntil(planned.matter!.due);
    await suite.env.sleep(60_000);
    const state = await stateOnceCards(handle, 4);

    const shown = state.sla.cards.map((card) => `${card.scope}:${card.card}`);
    expect(shown).toEqual(['step:yellow', 'step:red', 'matter:yellow', 'matter:red']);
    const [stepYellow, stepRed, matterYellow, matterRed] = state.sla.cards;
    expect(Date.parse(stepYellow!.at)).toBeLessThan(Date.parse(planned.step!.due));
    expect(Date.parse(stepRed!.at)).toBeGreaterThanOrEqual(Date.parse(planned.step!.due));
    expect(Date.parse(matterYellow!.at)).toBeLessThan(Date.parse(planned.matter!.due));
    expect(Date.parse(matterRed!.at)).toBeGreaterThanOrEqual(Date.parse(planned.matter!.due));
    expect(matterRed!.at.slice(0, 16)).toBe(planned.matter!.due.slice(0, 16));
    expect(stepYellow!.notified).toEqual([`competent-reviewer@${state.waitingFor!.organisations[0]}`, `chief@${state.waitingFor!.organisations[0]}`]);
    expect(matterRed!.notified).toContain('supervisor@640300');
    expect(state.sla.state).toBe('overdue');

    const recorded = await suite.db.db.select().from(slaCards).where(eq(slaCards.matterId, handle.workflowId));
    expect(recorded.map((card) => `${card.scope}:${card.card}`).sort()).toEqual(['matter:red', 'matter:yellow', 'step:red', 'step:yellow']);
    await closeMatter(handle);
  });

  it('shows none when every decision comes in time', async () => {
    const handle = await submit();
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const final = await settled(handle);
    await suite.env.sleep(7 * 24 * 3_600_000);

    expect(final.status).toBe('completed');
    expect(final.sla).toMatchObject({ state: 'on-time', cards: [] });
    expect(await suite.db.db.select().from(slaCards).where(eq(slaCards.matterId, handle.workflowId))).toHaveLength(0);
  });

  it('stops the clock while the unit corrects: a week of correction does not make the matter overdue', async () => {
    const handle = await submit();
    const returned = await decideAs(handle, { step: 'competent', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }] });
    expect(returned.sla).toMatchObject({ state: 'paused', step: null });
    const before = returned.sla.matter!.due;

    await suite.env.sleep(7 * 24 * 3_600_000);
    const resubmittedAt = await serverNow();
    const form = hireFormFor({ applicationNo: returned.applicationNo, identitySuffix: String(600 + counter) });
    const resumed = await resubmitAs(handle, form);

    expect(resumed.sla.state).toBe('on-time');
    expect(resumed.sla.cards).toEqual([]);
    expect(Date.parse(resumed.sla.matter!.due)).toBeGreaterThan(Date.parse(before));
    expect(Date.parse(resumed.sla.matter!.due)).toBeGreaterThan(resubmittedAt.getTime());
    await closeMatter(handle);
  });
});
