/**
 * 差评整改 in virtual time (time-skipping server), with the real activities on PostgreSQL: the
 * deadline 15 working days after the rating on the statutory calendar (across 中秋 and 国庆), the
 * task in the supervision office's inbox, yellow and red cards from durable timers, the steps in
 * order from the office's supervisors only, the reply reaching the rater, the hall's appeal and
 * the supervisor's decision, and a deadline in a year not loaded reported, not guessed.
 */
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { loadCalendar } from '../../calendar/store';
import { matters, notifications, ratings, rectifications, slaCards, tasks } from '../../db/schema';
import { rectificationInputOf } from '../../ratings/rectification-input';
import type { StoredRating } from '../../ratings/store';
import type { Actor } from '../../schemas/matter';
import { rectificationWorkflowId, rectificationWorkflowType, type RectificationAction, type RectificationState } from '../../schemas/rating';
import { taskQueues } from '../../temporal.config';
import { appealRating, decideAppeal, recordRectificationStep, rectificationStateQuery } from '../../workflows/rectification-messages';
import { workflowSuite } from '../support/harness';

const suite = workflowSuite();

const unitCode = '12640300MB00012348';
const supervisor: Actor = { id: 'wz.supervisor', role: 'supervisor', organisation: 'supervision-640300' };
const hallOfficer: Actor = { id: 'wz.hall.officer', role: 'hall-officer', organisation: 'hall-640300' };

let counter = 0;

/** A completed hire of 吴忠 rated 不满意 at `ratedAt` by the unit's clerk, and its rectification started as the API starts it. */
async function poorRating(ratedAt: Date): Promise<WorkflowHandle> {
  const id = `${unitCode}-RECT-${++counter}`;
  const closedAt = new Date(ratedAt.getTime() - 3_600_000);
  await suite.db.db.insert(matters).values({
    id,
    kind: 'hire',
    unitCode,
    applicationNo: `RECT-${counter}`,
    region: '640300',
    status: 'completed',
    stage: 'completed',
    waitingFor: null,
    departments: [],
    decisions: [{ step: 'hall', decision: 'approve', actor: hallOfficer, at: closedAt.toISOString() }],
    problems: [],
    parties: [unitCode],
    form: {},
    formVersion: 1,
    submittedAt: closedAt,
    updatedAt: closedAt,
    completedAt: closedAt,
    version: 9,
  });
  const [row] = await suite.db.db.insert(ratings).values({ matterId: id, kind: 'hire', region: '640300', unitCode, overall: 'dissatisfied', ratedBy: 'wz.hospital.clerk', ratedAt }).returning();
  const rating = { ...row!, overall: 'dissatisfied', kind: 'hire' } as StoredRating;
  const matter = { id, kind: 'hire' as const, region: '640300', unitCode, decisions: [{ step: 'hall', decision: 'approve' as const, at: closedAt.toISOString() }] };
  return suite.env.client.workflow.start(rectificationWorkflowType, {
    workflowId: rectificationWorkflowId(id),
    taskQueue: taskQueues.matters,
    args: [rectificationInputOf(matter, rating, 15)],
  });
}

async function serverNow(): Promise<Date> {
  const { time } = await suite.env.connection.testService!.getCurrentTime({});
  return new Date(Number(time!.seconds) * 1000 + Math.floor((time!.nanos ?? 0) / 1e6));
}

async function sleepUntil(instant: string): Promise<void> {
  const wait = Date.parse(instant) - (await serverNow()).getTime();
  if (wait > 0) await suite.env.sleep(wait);
}

function stateWhen(handle: WorkflowHandle, ready: (state: RectificationState) => boolean, what: string): Promise<RectificationState> {
  return vi.waitFor(
    async () => {
      const state = await handle.query(rectificationStateQuery);
      if (!ready(state)) throw new Error(`waiting until ${what}`);
      return state;
    },
    { timeout: 20_000, interval: 50 },
  );
}

const planned = (handle: WorkflowHandle) => stateWhen(handle, (state) => state.due !== null || state.slaState === 'unscheduled', 'planned');

const step = (handle: WorkflowHandle, action: RectificationAction, actor: Actor = supervisor) =>
  handle.executeUpdate(recordRectificationStep, { args: [{ action, note: `${action} 记录`, actor }] });

/** Revisit, finding, rectification and reply, in order: how a rectification ends in the ordinary way. */
async function rectifyAndReply(handle: WorkflowHandle): Promise<RectificationState> {
  for (const action of ['revisit', 'finding', 'rectify'] as const) await step(handle, action);
  return step(handle, 'reply');
}

const taskOf = async (matterId: string) => (await suite.db.db.select().from(tasks).where(and(eq(tasks.matterId, matterId), eq(tasks.step, 'rectification'))))[0];
const notificationsOf = (matterId: string) => suite.db.db.select().from(notifications).where(eq(notifications.matterId, matterId));
/** The failure type a refused Update carries, or the error's name when it never reached a handler. */
const refusal = (error: unknown) => (error instanceof WorkflowUpdateFailedError ? (error.cause as { type?: string }).type : (error as Error).name);

describe('the rectification’s deadline on the statutory calendar', () => {
  it('falls due 15 working days after a 差评 of Mon 2026-09-21, across 中秋 and 国庆 and with the make-up Saturday: Mon 2026-10-19 at the close of office', async () => {
    const handle = await poorRating(new Date('2026-09-21T10:00:00+08:00'));
    const state = await planned(handle);
    expect(state.due).toBe(new Date('2026-10-19T17:30:00+08:00').toISOString());
    // Counting weekdays alone would have said Mon 2026-10-12.
    expect(state.due).not.toBe(new Date('2026-10-12T17:30:00+08:00').toISOString());

    // That deadline is long past on the server's clock: both cards show at once, the red one up to the region's supervision office.
    const late = await stateWhen(handle, (current) => current.cards.length === 2, 'both cards');
    expect(late.slaState).toBe('overdue');
    expect(late.cards.map((card) => [card.card, card.notified])).toEqual([
      ['yellow', ['supervisor@supervision-640300', 'chief@supervision-640300']],
      ['red', ['supervisor@supervision-640300', 'chief@supervision-640300', 'supervisor@640000']],
    ]);
    await vi.waitFor(async () => expect((await taskOf(handle.workflowId.replace('rectification-', '')))?.slaState).toBe('overdue'), { timeout: 10_000, interval: 50 });
    const told = await notificationsOf(handle.workflowId.replace('rectification-', ''));
    expect(told.filter((notice) => notice.kind === 'sla.card').map((notice) => `${notice.role}@${notice.organisation}`).sort()).toEqual([
      'chief@supervision-640300',
      'chief@supervision-640300',
      'supervisor@supervision-640000',
      'supervisor@supervision-640300',
      'supervisor@supervision-640300',
    ]);
    expect(told.find((notice) => notice.kind === 'sla.card')!.title).toContain('差评整改');
    await rectifyAndReply(handle);
  });

  it('is reported, not guessed, when it would fall in a year not loaded', async () => {
    const handle = await poorRating(new Date('2026-12-21T10:00:00+08:00'));
    const state = await planned(handle);
    expect(state).toMatchObject({ slaState: 'unscheduled', due: null, problem: expect.stringContaining('2027') });
    await vi.waitFor(async () => expect(await taskOf(state.matterId)).toMatchObject({ slaState: 'unscheduled', due: null }), { timeout: 10_000, interval: 50 });
    await rectifyAndReply(handle);
  });
});

describe('a rectification answered in time', () => {
  it('takes its steps in order from the office’s supervisors only, and its reply reaches the rater and closes the task in time, without a card', async () => {
    const handle = await poorRating(await serverNow());
    const { matterId } = await planned(handle);

    expect(await step(handle, 'reply').catch(refusal)).toBe('WrongStep');
    expect(await step(handle, 'revisit', hallOfficer).catch(refusal)).toBe('NotAuthorised');
    expect(await step(handle, 'revisit', { ...supervisor, organisation: 'supervision-640000' }).catch(refusal)).toBe('NotAuthorised');

    const replied = await rectifyAndReply(handle);
    expect(replied).toMatchObject({ status: 'replied', stage: 'closed', cards: [], slaState: 'on-time' });
    expect(replied.actions.map((action) => `${action.action}:${action.by.id}`)).toEqual(['revisit:wz.supervisor', 'finding:wz.supervisor', 'rectify:wz.supervisor', 'reply:wz.supervisor']);
    expect(Date.parse(replied.closedAt!)).toBeLessThan(Date.parse(replied.due!));
    // Ended, the workflow takes nothing more (the API answers 409 from the projection before it would ask).
    expect(await step(handle, 'reply').catch(refusal)).toBe('WorkflowNotFoundError');

    expect((await taskOf(matterId))?.closedAt?.toISOString()).toBe(replied.closedAt);
    const [projected] = await suite.db.db.select().from(rectifications).where(eq(rectifications.matterId, matterId));
    expect(projected).toMatchObject({ status: 'replied', version: replied.version });
    const reply = (await notificationsOf(matterId)).find((notice) => notice.kind === 'rating.reply');
    expect(reply).toMatchObject({ login: 'wz.hospital.clerk', title: '差评整改已答复' });
    expect((await handle.describe()).status.name).toBe('COMPLETED');
  });
});

describe('the hall’s appeal', () => {
  it('holds the reply until the supervisor decides; dismissed, the rectification goes on', async () => {
    const handle = await poorRating(await serverNow());
    const { matterId } = await planned(handle);
    expect(await handle.executeUpdate(appealRating, { args: [{ reason: '评价与事实不符', actor: supervisor }] }).catch(refusal)).toBe('NotAuthorised');
    const appealed = await handle.executeUpdate(appealRating, { args: [{ reason: '评价与事实不符', actor: hallOfficer }] });
    expect(appealed.appeal).toMatchObject({ reason: '评价与事实不符', by: hallOfficer });
    expect(await handle.executeUpdate(appealRating, { args: [{ reason: '再次申诉', actor: hallOfficer }] }).catch(refusal)).toBe('WrongStep');

    for (const action of ['revisit', 'finding', 'rectify'] as const) await step(handle, action);
    expect(await step(handle, 'reply').catch(refusal)).toBe('WrongStep');
    const dismissed = await handle.executeUpdate(decideAppeal, { args: [{ decision: 'dismissed', reason: '经回访，评价属实', actor: supervisor }] });
    expect(dismissed).toMatchObject({ status: 'open', appeal: { decision: 'dismissed', decidedBy: supervisor } });
    expect((await step(handle, 'reply')).status).toBe('replied');
    const told = await notificationsOf(matterId);
    expect(told.filter((notice) => notice.kind === 'rating.appeal').map((notice) => `${notice.role}@${notice.organisation}:${notice.title}`).sort()).toEqual([
      'hall-officer@hall-640300:申诉复核结果：申诉不成立',
      'supervisor@supervision-640300:差评申诉待复核',
    ]);
  });

  it('upheld, ends the rectification: the rating stays on record as found unfounded, and the rater is told', async () => {
    const handle = await poorRating(await serverNow());
    const { matterId } = await planned(handle);
    await handle.executeUpdate(appealRating, { args: [{ reason: '评价与事实不符', actor: hallOfficer }] });
    const upheld = await handle.executeUpdate(decideAppeal, { args: [{ decision: 'upheld', reason: '经核实，办理符合规定', actor: supervisor }] });
    expect(upheld).toMatchObject({ status: 'appeal-upheld', stage: 'closed', appeal: { decision: 'upheld' } });
    expect((await taskOf(matterId))?.closedAt).not.toBeNull();
    const [projected] = await suite.db.db.select({ appeal: rectifications.appeal }).from(rectifications).where(eq(rectifications.matterId, matterId));
    expect(projected?.appeal).toBe('upheld');
    expect((await suite.db.db.select().from(ratings).where(eq(ratings.matterId, matterId))).map((rating) => rating.overall)).toEqual(['dissatisfied']);
    expect((await notificationsOf(matterId)).find((notice) => notice.kind === 'rating.reply')).toMatchObject({ login: 'wz.hospital.clerk', title: '差评申诉复核结果' });
  });
});

// Last: it moves the server's clock some weeks ahead, where a rectification opened after it would fall due in a year not loaded.
describe('a rectification left without a reply', () => {
  it('opens a task in the supervision office’s inbox, shows a yellow card at three quarters of its time and a red card at its deadline', async () => {
    const handle = await poorRating(await serverNow());
    const state = await planned(handle);
    const calendar = await loadCalendar(suite.db.db);
    expect(state.due).toBe(calendar.deadlineFor(new Date(state.openedAt), 15).toISOString());
    await vi.waitFor(async () => expect(await taskOf(state.matterId)).toMatchObject({ role: 'supervisor', organisation: 'supervision-640300', title: '差评整改', due: new Date(state.due!), closedAt: null }), {
      timeout: 10_000,
      interval: 50,
    });

    await sleepUntil(state.yellowAt!);
    await suite.env.sleep(60_000);
    const warned = await stateWhen(handle, (current) => current.cards.length === 1, 'the yellow card');
    expect(warned).toMatchObject({ slaState: 'warned', cards: [{ card: 'yellow', scope: 'step', step: 'rectification', due: state.due }] });
    expect(Date.parse(warned.cards[0]!.at)).toBeLessThan(Date.parse(state.due!));

    await sleepUntil(state.due!);
    await suite.env.sleep(60_000);
    const overdue = await stateWhen(handle, (current) => current.cards.length === 2, 'the red card');
    expect(overdue.slaState).toBe('overdue');
    expect(overdue.cards[1]!.at.slice(0, 16)).toBe(state.due!.slice(0, 16));
    const recorded = await suite.db.db.select().from(slaCards).where(eq(slaCards.matterId, state.matterId));
    expect(recorded.map((card) => `${card.step}:${card.card}`).sort()).toEqual(['rectification:red', 'rectification:yellow']);
    await rectifyAndReply(handle);
  });
});
