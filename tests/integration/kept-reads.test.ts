/**
 * Kept reads on a real PostgreSQL and a real event hub: a matter's row read once is answered
 * again without a query, a write of the matter (the projection's, as the workflow makes it)
 * reaches readers once the hub has read its event, and while the hub's LISTEN connection is cut
 * every read goes to PostgreSQL. Through the API: a task the projection opens reaches the
 * inbox, and a claim made on the replica shows in its inboxes at once.
 */
import { Client } from '@temporalio/client';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordActivities } from '../../activities/record';
import { createLogger } from '../../config/logger';
import { findMatter } from '../../db/matters';
import { EventHub } from '../../events/hub';
import { droppedMatterRow, KeptReads } from '../../events/kept-reads';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { buildApi } from '../../api/server';
import { bearer, testAuth, tokenFor } from '../support/auth';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let hub: EventHub;
let kept: KeptReads<MatterState | undefined>;
const cache = { find: (id: string) => kept.find(id, () => (queries++, findMatter(db.db, id))) };
let queries = 0;
let record: (state: MatterState) => Promise<void>;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
  const { recordMatter } = recordActivities(db.db, testVault);
  record = (state) => recordMatter(state, {});
  hub = new EventHub(db.db, db.pool.options, createLogger('silent'));
  kept = new KeptReads<MatterState | undefined>(hub, droppedMatterRow);
  await vi.waitFor(() => expect(hub.inStep).toBe(true), { timeout: 10_000 });
});

afterAll(async () => {
  kept?.close();
  await hub?.close();
  await db?.drop();
});

const form = hireFormFor({ applicationNo: 'CACHE-1' });
let state = openingState(hire, form, `${form.unit.code}-${form.applicationNo}`, '2026-12-01T01:00:00.000Z');
const nextVersion = () => (state = { ...structuredClone(state), version: state.version + 1, updatedAt: new Date(Date.parse(state.updatedAt) + 60_000).toISOString() });

describe('kept matter rows with their hub', () => {
  it('answers a row again without asking PostgreSQL', async () => {
    await record(state);
    expect((await cache.find(state.id))?.version).toBe(state.version);
    const asked = queries;
    for (let i = 0; i < 5; i++) expect((await cache.find(state.id))?.version).toBe(state.version);
    expect(queries).toBe(asked);
  });

  it('reads the new row once the hub has read the write’s event', async () => {
    await record(nextVersion());
    await vi.waitFor(async () => expect((await cache.find(state.id))?.version).toBe(state.version), { timeout: 10_000 });
  });

  it('asks PostgreSQL on every read while the hub’s LISTEN connection is cut, and keeps rows again once it listens', async () => {
    await db.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'yijianshi-events' and datname = current_database()`);
    await vi.waitFor(() => expect(hub.inStep).toBe(false), { timeout: 10_000 });
    await record(nextVersion());
    // No event is heard now; the read still finds the write at once.
    expect((await cache.find(state.id))?.version).toBe(state.version);
    const asked = queries;
    await cache.find(state.id);
    expect(queries).toBe(asked + 1);
    await vi.waitFor(() => expect(hub.inStep).toBe(true), { timeout: 15_000 });
    await cache.find(state.id);
    const kept = queries;
    expect((await cache.find(state.id))?.version).toBe(state.version);
    expect(queries).toBe(kept);
  });
});

describe('the inbox through the API', () => {
  let api: FastifyInstance;
  let officer: Record<string, string>;
  const hallForm = hireFormFor({ applicationNo: 'CACHE-INBOX' });
  const opening = openingState(hire, hallForm, `${hallForm.unit.code}-${hallForm.applicationNo}`, '2026-12-01T02:00:00.000Z');
  const atHall: MatterState = {
    ...structuredClone(opening),
    version: opening.version + 1,
    updatedAt: '2026-12-01T02:10:00.000Z',
    stage: 'hall',
    waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: ['hall-640300'] },
  };
  type Inbox = { items: { id: string; matterId: string; claimedBy: string | null }[]; total: number };
  const inbox = async (query = '') => (await api.inject({ method: 'GET', url: `/api/v1/tasks${query}`, headers: officer })).json() as Inbox;

  beforeAll(async () => {
    api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
    officer = bearer(await tokenFor('wz.hall.officer'));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows a task the projection opens once the hub has read it, and a claim on this replica at once', async () => {
    const before = await inbox();
    expect(before.items.map((task) => task.matterId)).not.toContain(atHall.id);
    await record(opening);
    await record(atHall);
    await vi.waitFor(async () => expect((await inbox()).items.map((task) => task.matterId)).toContain(atHall.id), { timeout: 10_000 });
    const task = (await inbox()).items.find((item) => item.matterId === atHall.id)!;
    expect((await inbox('?claimed=unclaimed')).items.map((item) => item.id)).toContain(task.id);
    const claimed = await api.inject({ method: 'POST', url: `/api/v1/tasks/${encodeURIComponent(task.id)}/claim`, headers: officer });
    expect(claimed.statusCode).toBe(200);
    expect((await inbox('?claimed=mine')).items.map((item) => item.id)).toContain(task.id);
    expect((await inbox('?claimed=unclaimed')).items.map((item) => item.id)).not.toContain(task.id);
    expect((await inbox()).items.find((item) => item.id === task.id)?.claimedBy).toBe('wz.hall.officer');
  });
});
