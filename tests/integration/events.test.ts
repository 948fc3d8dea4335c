/**
 * Events and notifications on a real PostgreSQL: the projection records what changed for the
 * people watching (once, however often it is retried), claims and releases are events too, a
 * hub hands each committed event to those who may see it and catches up after its LISTEN
 * connection is cut, a card reaches the audiences its addresses name, each person reads a
 * group's notification apart, and old events are pruned.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordActivities } from '../../activities/record';
import { createLogger } from '../../config/logger';
import { canView, eventsAfter, eventsFor, isResumable, latestEventId, pruneEvents, type EventViewer, type StoredEvent } from '../../db/events';
import { listNotifications, markAllNotificationsRead, markNotificationRead, type NotificationReader } from '../../db/notifications';
import { events, notifications } from '../../db/schema';
import { claimTask, releaseTask } from '../../db/tasks';
import { notifyCardAddressees } from '../../events/card-notices';
import { EventHub } from '../../events/hub';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { MatterState, SlaCard } from '../../schemas/matter';
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

let clock = Date.parse('2026-11-30T01:00:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();
const next = (previous: MatterState, patch: Partial<MatterState>): MatterState => ({ ...structuredClone(previous), ...patch, updatedAt: tick(), version: previous.version + 1 });

const hall = 'hall-640300';
const health = '11640300MB0000456P';
const hospital = '12640300MB00012348';

/** A 吴忠 hire as submitted, and the same matter at the hall and returned for correction. */
function hireStates(applicationNo: string) {
  const form = hireFormFor({ applicationNo });
  const submitted = openingState(hire, form, `${form.unit.code}-${form.applicationNo}`, tick());
  const atHall = next(submitted, {
    stage: 'hall',
    waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: [hall] },
    sla: { ...submitted.sla, step: { step: 'hall', due: '2026-12-01T09:30:00.000Z', yellowAt: '2026-12-01T08:30:00.000Z' } },
  });
  const returned = next(atHall, {
    status: 'correcting',
    stage: 'correction',
    waitingFor: { step: 'correction', title: '单位补正', role: 'unit-clerk', organisations: [hospital] },
    problems: [
      { field: 'wage.salaryGrade', message: '薪级有误' },
      { field: 'post.level', message: '岗位等级有误' },
    ],
  });
  return { submitted, atHall, returned };
}

const viewers = {
  hallOfficer: { login: 'wz.hall.officer', regions: ['640300'], parties: [], scopes: [{ organisation: hall, role: 'hall-officer' }] },
  healthReviewer: { login: 'wz.health.reviewer', regions: [], parties: [health], scopes: [{ organisation: health, role: 'competent-reviewer' }] },
  clerk: { login: 'wz.hospital.clerk', regions: [], parties: [hospital], scopes: [{ organisation: hospital, role: 'unit-clerk' }] },
  outsider: { login: 'qz.hospital.clerk', regions: [], parties: ['12640000MB00010402'], scopes: [{ organisation: '12640000MB00010402', role: 'unit-clerk' }] },
} satisfies Record<string, EventViewer>;

const summary = (event: StoredEvent) => {
  if (event.type === 'matter') return `matter ${event.data.stage} v${event.data.version}`;
  if (event.type === 'task') return `task ${event.data.step} ${event.data.change}`;
  return `notification ${event.data.kind}`;
};

async function eventsOf(matterId: string): Promise<StoredEvent[]> {
  return (await eventsAfter(db.db, 0, 1_000)).filter((event) => ('matterId' in event.data ? event.data.matterId : event.data.id) === matterId);
}

describe('what the projection records for the people watching', () => {
  const { submitted, atHall, returned } = hireStates('EVENTS-1');

  it('records the new state, each task opened and closed, and a notification per task opened — once, however often it is retried', async () => {
    await record(submitted);
    await record(submitted);
    expect((await eventsOf(submitted.id)).map(summary)).toEqual(['matter competent v0', 'task competent opened', 'notification task.assigned']);

    await record(atHall);
    await record(atHall);
    await record(submitted); // a late, older version: nothing
    expect((await eventsOf(submitted.id)).map(summary).slice(3)).toEqual(['matter hall v1', 'task competent closed', 'task hall opened', 'notification task.assigned']);

    await record(returned);
    expect((await eventsOf(submitted.id)).map(summary).slice(7)).toEqual(['matter correction v2', 'task hall closed', 'task correction opened', 'notification correction.requested']);
  });

  it('says who may see each: the matter by its parties and region, a task and its notification by organisation and role', async () => {
    const [matter, opened, notice] = await eventsOf(submitted.id);
    expect(matter).toMatchObject({ type: 'matter', region: '640300', parties: [hospital, health], organisation: null, login: null });
    expect(matter!.data).toEqual({ id: submitted.id, kind: 'hire', status: 'reviewing', stage: 'competent', version: 0, updatedAt: submitted.updatedAt });
    expect(opened).toMatchObject({ type: 'task', organisation: health, role: 'competent-reviewer', region: null, data: { taskId: `${submitted.id}:competent:${health}:0`, step: 'competent', change: 'opened' } });
    expect(notice).toMatchObject({ type: 'notification', organisation: health, role: 'competent-reviewer', data: { kind: 'task.assigned', matterId: submitted.id, title: '新待办：主管部门审核' } });
  });

  it('words a correction for the unit’s clerks, with no personal data', async () => {
    const [row] = await db.db.select().from(notifications).where(eq(notifications.key, `task/${returned.id}:correction:${hospital}:2`));
    expect(row).toMatchObject({ kind: 'correction.requested', organisation: hospital, role: 'unit-clerk', login: null, title: '退回补正：请修改后重新提交' });
    expect(row!.body).toContain('共 2 项问题');
    const form = hireFormFor({ applicationNo: 'EVENTS-1' });
    expect(row!.body).not.toContain(form.person.name);
    expect(row!.body).not.toContain(form.person.identityNumber);
  });

  it('makes a new claim and a release events of the task, and claiming again none', async () => {
    const taskId = `${returned.id}:correction:${hospital}:2`;
    const before = await latestEventId(db.db);
    expect(await claimTask(db.db, taskId, 'wz.hospital.clerk')).toMatchObject({ outcome: 'claimed' });
    expect(await claimTask(db.db, taskId, 'wz.hospital.clerk')).toMatchObject({ outcome: 'claimed' });
    expect(await releaseTask(db.db, taskId, 'wz.hospital.clerk')).toMatchObject({ outcome: 'released' });
    const added = await eventsAfter(db.db, before, 100);
    expect(added.map(summary)).toEqual(['task correction claimed', 'task correction released']);
    expect(added[0]).toMatchObject({ organisation: hospital, role: 'unit-clerk', data: { taskId, matterId: returned.id, organisation: hospital } });
  });

  it('answers a replay with what the in-memory check lets through, for every kind of viewer', async () => {
    const all = await eventsAfter(db.db, 0, 1_000);
    const head = await latestEventId(db.db);
    for (const viewer of Object.values(viewers)) {
      const replayed = await eventsFor(db.db, viewer, 0, head, 1_000);
      expect(replayed.map((e) => e.id), viewer.login).toEqual(all.filter((e) => canView(viewer, e)).map((e) => e.id));
    }
    expect(await eventsFor(db.db, viewers.outsider, 0, head, 1_000)).toEqual([]);
    expect((await eventsFor(db.db, viewers.clerk, 0, head, 1_000)).map(summary)).toEqual([
      'matter competent v0',
      'matter hall v1',
      'matter correction v2',
      'task correction opened',
      'notification correction.requested',
      'task correction claimed',
      'task correction released',
    ]);
  });
});

describe('one instance’s hub', () => {
  let hub: EventHub;
  const seen: Record<keyof typeof viewers, StoredEvent[]> = { hallOfficer: [], healthReviewer: [], clerk: [], outsider: [] };

  beforeAll(async () => {
    hub = new EventHub(db.db, db.pool.options, createLogger('silent'));
    await hub.ready;
    for (const [name, viewer] of Object.entries(viewers) as [keyof typeof viewers, EventViewer][]) {
      hub.subscribe({ viewer, deliver: (event) => seen[name].push(event) });
    }
    await vi.waitFor(() => expect(hub.listening).toBe(true), { timeout: 10_000 });
  });

  afterAll(async () => {
    await hub?.close();
  });

  it('hands each committed event, in id order, to those who may see it', async () => {
    const { submitted, atHall } = hireStates('EVENTS-2');
    await record(submitted);
    await record(atHall);
    await vi.waitFor(() => expect(seen.hallOfficer.map(summary)).toEqual(['matter competent v0', 'matter hall v1', 'task hall opened', 'notification task.assigned']), { timeout: 10_000 });
    await vi.waitFor(() => expect(seen.healthReviewer.map(summary)).toEqual(['matter competent v0', 'task competent opened', 'notification task.assigned', 'matter hall v1', 'task competent closed']), {
      timeout: 10_000,
    });
    const ids = seen.healthReviewer.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(seen.outsider).toEqual([]);
  });

  it('reconnects when its LISTEN connection is cut, and hands out what was committed meanwhile', async () => {
    const terminated = await db.db.execute(sql`select pg_terminate_backend(pid) as done from pg_stat_activity where application_name = 'yijianshi-events' and datname = current_database()`);
    expect(terminated.rows).toHaveLength(1);
    const { submitted } = hireStates('EVENTS-3');
    await record(submitted);
    await vi.waitFor(() => expect(seen.clerk.map((e) => e.data)).toContainEqual(expect.objectContaining({ id: submitted.id, stage: 'competent' })), { timeout: 15_000 });
    await vi.waitFor(() => expect(hub.listening).toBe(true), { timeout: 15_000 });
  });
});

describe('a yellow or red card reaches the people it names', () => {
  const { atHall } = hireStates('EVENTS-CARD');
  const red: SlaCard = {
    card: 'red',
    scope: 'step',
    step: 'hall',
    due: '2026-12-01T09:30:00.000Z',
    at: '2026-12-01T09:30:00.000Z',
    // As workflows/sla-clock.ts escalates a red card on a hall step.
    notified: [`hall-officer@${hall}`, `chief@${hall}`, 'supervisor@640300'],
  };
  const reader = (login: string, organisation: string, role: NotificationReader['scopes'][number]['role']): NotificationReader => ({ login, scopes: [{ organisation, role }] });
  const officer = reader('wz.hall.officer', hall, 'hall-officer');
  const officer2 = reader('wz.hall.officer2', hall, 'hall-officer');

  beforeAll(async () => {
    await record(hireStates('EVENTS-CARD').submitted);
    await record(atHall);
  });

  it('notifies the step’s officers, their chief and the region’s supervisors, once however often it is retried', async () => {
    expect(await notifyCardAddressees(db.db, { matterId: atHall.id, card: red })).toBe(3);
    expect(await notifyCardAddressees(db.db, { matterId: atHall.id, card: red })).toBe(0);
    const rows = await db.db.select().from(notifications).where(eq(notifications.kind, 'sla.card'));
    expect(rows.map((row) => `${row.role}@${row.organisation}`).sort()).toEqual(['chief@hall-640300', 'hall-officer@hall-640300', 'supervisor@supervision-640300']);
    expect(rows[0]).toMatchObject({ matterId: atHall.id, title: '红牌超时：政务大厅审核环节已超时' });
    expect(rows[0]!.body).toBe(`事项 ${atHall.id} 的政务大厅审核环节已于 2026年12月01日 17:30 超时，已逐级上报，请立即办理。`);
  });

  it('places region-wide addresses through the directory', async () => {
    const yellow: SlaCard = { ...red, card: 'yellow', scope: 'matter', step: 'departments', notified: ['departments@640300', 'chief@departments-640300', 'chief@640300', 'nobody'] };
    expect(await notifyCardAddressees(db.db, { matterId: atHall.id, card: yellow })).toBe(16);
    const pension = await listNotifications(db.db, reader('wz.pension.officer', 'pension-640300', 'department-officer'), { page: 1, pageSize: 20 });
    expect(pension.items).toEqual([expect.objectContaining({ kind: 'sla.card', title: '黄牌预警：办结时限即将到期', readAt: null })]);
  });

  it('is read by each of a hall’s officers apart', async () => {
    const before = await listNotifications(db.db, officer, { page: 1, pageSize: 20, unread: true });
    const card = before.items.find((item) => item.kind === 'sla.card')!;
    expect(card).toBeDefined();
    expect(await markNotificationRead(db.db, officer, card.id)).toBe(true);
    expect(await markNotificationRead(db.db, officer, card.id)).toBe(true);
    const after = await listNotifications(db.db, officer, { page: 1, pageSize: 20 });
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((item) => item.id === card.id)?.readAt).toEqual(expect.any(String));
    expect((await listNotifications(db.db, officer2, { page: 1, pageSize: 20, unread: true })).items.map((item) => item.id)).toContain(card.id);

    expect(await markNotificationRead(db.db, reader('wz.hospital.clerk', hospital, 'unit-clerk'), card.id)).toBe(false);
    expect(await markAllNotificationsRead(db.db, officer2)).toBe(before.unread);
    expect(await markAllNotificationsRead(db.db, officer2)).toBe(0);
    expect((await listNotifications(db.db, officer2, { page: 1, pageSize: 20 })).unread).toBe(0);
    expect((await listNotifications(db.db, officer, { page: 1, pageSize: 20 })).unread).toBe(before.unread - 1);
  });
});

describe('retention', () => {
  it('prunes events past retention, after which a stream cannot resume from them', async () => {
    const newest = await latestEventId(db.db);
    const [oldest] = await eventsAfter(db.db, 0, 1);
    await db.db.execute(sql`update ${events} set at = now() - interval '3 days' where id = ${oldest!.id}`);
    expect(await isResumable(db.db, newest, new Date(Date.now() - 24 * 3_600_000))).toBe(true);
    expect(await isResumable(db.db, oldest!.id, new Date(Date.now() - 24 * 3_600_000))).toBe(false);
    expect(await pruneEvents(db.db, new Date(Date.now() - 2 * 24 * 3_600_000))).toBe(1);
    expect((await eventsAfter(db.db, 0, 1))[0]!.id).toBeGreaterThan(oldest!.id);
  });
});
