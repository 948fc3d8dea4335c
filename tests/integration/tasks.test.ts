/**
 * The inbox on a real PostgreSQL: the projection opens and closes tasks as the matter's waiting
 * step moves (retried, and overtaken by a newer version), reviewers claim and release them, and
 * the list shows each caller the open tasks of its organisations and roles.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordActivities } from '../../activities/record';
import { tasks } from '../../db/schema';
import { claimTask, findTask, listTasks, releaseTask, type Task, type TaskFilter } from '../../db/tasks';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { transfer } from '../../matters/transfer';
import { hireFormFor, transferFormFor } from '../../samples/forms';
import type { MatterState, Role, SlaState } from '../../schemas/matter';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let record: (state: MatterState) => Promise<void>;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
  const { recordMatter } = recordActivities(db.db, testVault);
  record = (state) => recordMatter(state, {});
});

afterAll(async () => {
  await db?.drop();
});

/** The open task of an organisation at a step of a matter, as the table holds it. */
async function openTaskFor(matterId: string, step: string, organisation: string): Promise<Task | undefined> {
  const [row] = await db.db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.matterId, matterId), eq(tasks.step, step), eq(tasks.organisation, organisation), isNull(tasks.closedAt)));
  return row && findTask(db.db, row.id);
}

let clock = Date.parse('2026-10-12T01:00:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();

/** The next snapshot, as the workflow's `change` makes it: a later moment and a higher version. */
const next = (previous: MatterState, patch: Partial<MatterState>): MatterState => ({ ...structuredClone(previous), ...patch, updatedAt: tick(), version: previous.version + 1 });

const withStepDue = (state: MatterState, step: string, due: string, slaState: SlaState = 'on-time'): MatterState['sla'] => ({
  ...state.sla,
  state: slaState,
  step: { step, due, yellowAt: due },
});

const hall = 'hall-640300';

async function tasksOf(matterId: string) {
  const rows = await db.db.query.tasks.findMany({ where: (t, { eq }) => eq(t.matterId, matterId), orderBy: (t, { asc }) => [asc(t.openedAt), asc(t.organisation)] });
  return rows.map((t) => ({ id: t.id, step: t.step, organisation: t.organisation, open: t.closedAt === null, closedByVersion: t.closedByVersion, due: t.due?.toISOString() ?? null, slaState: t.slaState }));
}

describe('the projection keeps the inbox in step', () => {
  const form = transferFormFor({ applicationNo: 'TASKS-1' });
  const id = `${form.unit.code}-${form.applicationNo}`;
  const [receiving, releasing] = [form.unit.competentDepartment.code, form.releasingUnit.competentDepartment!.code];
  const opened = openingState(transfer, form, id, tick());
  const submitted: MatterState = { ...opened, sla: withStepDue(opened, 'competent', '2026-10-13T09:30:00.000Z') };
  const oneDecided = next(submitted, {
    waitingFor: { ...submitted.waitingFor!, organisations: [releasing] },
    decisions: [{ step: 'competent', decision: 'approve', actor: { id: 'r1', organisation: receiving }, at: tick() }],
    sla: withStepDue(submitted, 'competent', '2026-10-13T09:30:00.000Z', 'warned'),
  });
  const atHall = next(oneDecided, {
    stage: 'hall',
    waitingFor: { step: 'hall', title: '综合窗口审核', role: 'hall-officer', organisations: [hall] },
    sla: withStepDue(oneDecided, 'hall', '2026-10-14T09:30:00.000Z'),
  });

  it('opens one task per organisation the step waits for, with the step’s deadline', async () => {
    expect(submitted.waitingFor?.organisations).toEqual([receiving, releasing]);
    await record(submitted);
    expect(await tasksOf(id)).toEqual([
      { id: `${id}:competent:${receiving}:0`, step: 'competent', organisation: receiving, open: true, closedByVersion: null, due: '2026-10-13T09:30:00.000Z', slaState: 'on-time' },
      { id: `${id}:competent:${releasing}:0`, step: 'competent', organisation: releasing, open: true, closedByVersion: null, due: '2026-10-13T09:30:00.000Z', slaState: 'on-time' },
    ].sort((a, b) => a.organisation.localeCompare(b.organisation)));
  });

  it('writes the same tasks however often one state is recorded', async () => {
    const before = await tasksOf(id);
    await record(submitted);
    await record(submitted);
    expect(await tasksOf(id)).toEqual(before);
  });

  it('closes the task of an organisation that decided and refreshes the others', async () => {
    await record(oneDecided);
    const rows = await tasksOf(id);
    expect(rows.find((t) => t.organisation === receiving)).toMatchObject({ open: false, closedByVersion: 1 });
    expect(rows.find((t) => t.organisation === releasing)).toMatchObject({ id: `${id}:competent:${releasing}:0`, open: true, slaState: 'warned' });
    const [closed] = await db.db.select().from(tasks).where(eq(tasks.id, `${id}:competent:${receiving}:0`));
    expect(closed?.closedAt?.toISOString()).toBe(oneDecided.updatedAt);
  });

  it('closes the step’s tasks when the matter moves on and opens the next step’s', async () => {
    await record(atHall);
    const rows = await tasksOf(id);
    expect(rows.filter((t) => t.open)).toEqual([{ id: `${id}:hall:${hall}:2`, step: 'hall', organisation: hall, open: true, closedByVersion: null, due: '2026-10-14T09:30:00.000Z', slaState: 'on-time' }]);
    expect(rows.find((t) => t.organisation === releasing)).toMatchObject({ open: false, closedByVersion: 2 });
  });

  it('changes nothing when an older version arrives after a newer one', async () => {
    const before = await tasksOf(id);
    await record(oneDecided);
    await record(submitted);
    expect(await tasksOf(id)).toEqual(before);
    const matter = await db.db.query.matters.findFirst({ where: (m, { eq }) => eq(m.id, id) });
    expect(matter?.version).toBe(2);
  });

  it('keeps no open task while departments handle the matter, and opens a new one when the step is waited for again', async () => {
    const handling = next(atHall, { status: 'handling', stage: 'departments', waitingFor: { step: 'departments', title: '部门并联办理', role: 'department-officer', organisations: ['pension-640300'] } });
    await record(handling);
    expect((await tasksOf(id)).filter((t) => t.open)).toEqual([]);
    const exception = next(handling, { status: 'exception', stage: 'hall', waitingFor: atHall.waitingFor });
    await record(exception);
    expect((await tasksOf(id)).filter((t) => t.open).map((t) => t.id)).toEqual([`${id}:hall:${hall}:4`]);
    const withdrawn = next(exception, { status: 'withdrawn', stage: 'withdrawn', waitingFor: null, completedAt: tick() });
    await record(withdrawn);
    expect((await tasksOf(id)).filter((t) => t.open)).toEqual([]);
    expect(await tasksOf(id)).toHaveLength(4);
  });
});

/** A hire matter waiting at one step for one organisation. */
function waiting(applicationNo: string, fields: { step?: string; role?: Role; organisation?: string; region?: string; due?: string | null; slaState?: SlaState; version?: number } = {}): MatterState {
  const form = hireFormFor({ applicationNo });
  const state = openingState(hire, form, `${form.unit.code}-${applicationNo}`, tick());
  const step = fields.step ?? 'competent';
  return {
    ...state,
    region: fields.region ?? state.region,
    stage: step,
    status: step.startsWith('countersign') ? 'countersigning' : 'reviewing',
    waitingFor: { step, title: step, role: fields.role ?? 'competent-reviewer', organisations: [fields.organisation ?? form.unit.competentDepartment.code] },
    sla: { ...state.sla, state: fields.slaState ?? 'on-time', step: fields.due ? { step, due: fields.due, yellowAt: fields.due } : null },
    version: fields.version ?? 0,
  };
}

it('projects the parties and the refused messages', async () => {
  const state: MatterState = {
    ...waiting('PARTIES-1'),
    refusedMessages: [{ message: 'decision', step: 'hall', actor: { id: 'someone' }, reason: '环节不符 / wrong step', at: tick() }],
  };
  await record(state);
  const matter = await db.db.query.matters.findFirst({ where: (m, { eq }) => eq(m.id, state.id) });
  expect(matter?.parties).toEqual(state.parties);
  expect(state.parties).toHaveLength(2);
  expect(matter?.refusedMessages).toEqual(state.refusedMessages);
});

describe('claiming', () => {
  const state = waiting('CLAIM-1');
  const organisation = state.waitingFor!.organisations[0]!;
  let taskId: string;

  beforeAll(async () => {
    await record(state);
    taskId = (await openTaskFor(state.id, 'competent', organisation))!.id;
  });

  it('gives the task to one reviewer at a time; only the claimer releases it', async () => {
    const first = await claimTask(db.db, taskId, 'reviewer.a');
    expect(first).toMatchObject({ outcome: 'claimed', task: { claimedBy: 'reviewer.a' } });
    const again = await claimTask(db.db, taskId, 'reviewer.a');
    expect(again).toMatchObject({ outcome: 'claimed', task: { claimedBy: 'reviewer.a', claimedAt: first.outcome === 'claimed' ? first.task.claimedAt : '' } });
    expect(await claimTask(db.db, taskId, 'reviewer.b')).toMatchObject({ outcome: 'taken-by-other', claimedBy: 'reviewer.a' });
    expect(await releaseTask(db.db, taskId, 'reviewer.b')).toEqual({ outcome: 'not-claimer', claimedBy: 'reviewer.a' });
    expect(await releaseTask(db.db, taskId, 'reviewer.a')).toMatchObject({ outcome: 'released', task: { claimedBy: null, claimedAt: null } });
    expect(await claimTask(db.db, taskId, 'reviewer.b')).toMatchObject({ outcome: 'claimed', task: { claimedBy: 'reviewer.b' } });
    expect(await openTaskFor(state.id, 'competent', organisation)).toMatchObject({ id: taskId, claimedBy: 'reviewer.b' });
  });

  it('lets exactly one of two simultaneous claims win', async () => {
    const other = waiting('CLAIM-2');
    await record(other);
    const id = (await openTaskFor(other.id, 'competent', other.waitingFor!.organisations[0]!))!.id;
    const outcomes = await Promise.all(['reviewer.a', 'reviewer.b', 'reviewer.c'].map((login) => claimTask(db.db, id, login)));
    expect(outcomes.filter((o) => o.outcome === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'taken-by-other')).toHaveLength(2);
  });

  it('refuses to claim or release a closed task, and says when there is none', async () => {
    await record(next(state, { status: 'handling', stage: 'departments', waitingFor: { step: 'departments', title: '部门并联办理', role: 'department-officer', organisations: ['personnel-640300'] } }));
    expect(await openTaskFor(state.id, 'competent', organisation)).toBeUndefined();
    expect(await findTask(db.db, taskId)).toMatchObject({ claimedBy: 'reviewer.b', closedAt: expect.any(String) });
    expect(await claimTask(db.db, taskId, 'reviewer.a')).toEqual({ outcome: 'closed' });
    expect(await releaseTask(db.db, taskId, 'reviewer.b')).toEqual({ outcome: 'closed' });
    expect(await claimTask(db.db, 'no-such-task', 'reviewer.a')).toEqual({ outcome: 'missing' });
    expect(await releaseTask(db.db, 'no-such-task', 'reviewer.a')).toEqual({ outcome: 'missing' });
  });
});

describe('listing the inbox', () => {
  const qzHall = 'hall-640000';
  const filter = (fields: Partial<TaskFilter> = {}): TaskFilter => ({ login: 'hall.a', page: 1, pageSize: 20, ...fields });
  const applicationNo = (task: Task) => task.matterId.slice(task.matterId.indexOf('-') + 1);
  const ids = async (scopes: Parameters<typeof listTasks>[1], fields?: Partial<TaskFilter>) => (await listTasks(db.db, scopes, filter(fields))).items.map(applicationNo);

  beforeAll(async () => {
    const atHall = (no: string, fields: Parameters<typeof waiting>[1]) => record(waiting(`LIST${no}`, { step: 'hall', role: 'hall-officer', organisation: hall, ...fields }));
    // Recorded in this order, so each opens a minute after the one before.
    await atHall('1', { due: '2026-10-20T09:30:00.000Z' });
    await atHall('2', { due: null });
    await atHall('3', { due: '2026-10-15T09:30:00.000Z', slaState: 'warned' });
    await atHall('4', { due: '2026-10-20T09:30:00.000Z' });
    await atHall('5', { organisation: qzHall, region: '640000', due: '2026-10-16T09:30:00.000Z' });
    await atHall('6', { step: 'countersign-1', role: 'countersigner', organisation: 'personnel-division-640300', due: '2026-10-16T09:30:00.000Z' });
    const claimedByOther = (await openTaskFor(waiting('LIST4').id, 'hall', hall))!;
    await claimTask(db.db, claimedByOther.id, 'hall.b');
    const mine = (await openTaskFor(waiting('LIST1').id, 'hall', hall))!;
    await claimTask(db.db, mine.id, 'hall.a');
  });

  it('shows the open tasks of the caller’s organisations and roles, soonest deadline first, those without one last', async () => {
    expect(await ids([{ organisation: hall, role: 'hall-officer' }])).toEqual(['LIST3', 'LIST1', 'LIST4', 'LIST2']);
    expect(await ids([{ organisation: hall, role: 'countersigner' }])).toEqual([]);
    expect(await ids([])).toEqual([]);
    expect(
      await ids([
        { organisation: qzHall, role: 'hall-officer' },
        { organisation: 'personnel-division-640300', role: 'countersigner' },
      ]),
    ).toEqual(['LIST5', 'LIST6']);
  });

  it('filters by kind, step, time-limit state, region and who claimed', async () => {
    const everywhere = [
      { organisation: hall, role: 'hall-officer' as const },
      { organisation: qzHall, role: 'hall-officer' as const },
      { organisation: 'personnel-division-640300', role: 'countersigner' as const },
    ];
    expect(await ids(everywhere, { step: 'countersign-1' })).toEqual(['LIST6']);
    expect(await ids(everywhere, { slaState: 'warned' })).toEqual(['LIST3']);
    expect(await ids(everywhere, { region: '640000' })).toEqual(['LIST5']);
    expect(await ids(everywhere, { kind: 'transfer' })).toEqual([]);
    expect(await ids(everywhere, { kind: 'hire', step: 'hall', region: '640300' })).toEqual(['LIST3', 'LIST1', 'LIST4', 'LIST2']);
    expect(await ids(everywhere, { claimed: 'mine' })).toEqual(['LIST1']);
    expect(await ids(everywhere, { claimed: 'others' })).toEqual(['LIST4']);
    expect(await ids(everywhere, { claimed: 'unclaimed', step: 'hall' })).toEqual(['LIST3', 'LIST5', 'LIST2']);
  });

  it('pages with the total of every match', async () => {
    const scopes = [{ organisation: hall, role: 'hall-officer' as const }];
    const first = await listTasks(db.db, scopes, filter({ pageSize: 3 }));
    const second = await listTasks(db.db, scopes, filter({ pageSize: 3, page: 2 }));
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...first.items, ...second.items].map(applicationNo)).toEqual(['LIST3', 'LIST1', 'LIST4', 'LIST2']);
    expect(first.items[0]).toMatchObject({ kind: 'hire', step: 'hall', role: 'hall-officer', organisation: hall, region: '640300', due: '2026-10-15T09:30:00.000Z', slaState: 'warned', closedAt: null });
  });
});
