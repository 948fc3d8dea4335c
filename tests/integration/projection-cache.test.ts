/**
 * The projection cache on a real PostgreSQL and a real event hub: a row read once is answered
 * again without a query, a write of the matter (the projection's, as the workflow makes it)
 * reaches readers once the hub has read its event, and while the hub's LISTEN connection is cut
 * every read goes to PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordActivities } from '../../activities/record';
import { createLogger } from '../../config/logger';
import { findMatter } from '../../db/matters';
import { EventHub } from '../../events/hub';
import { ProjectionCache } from '../../events/projection-cache';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let hub: EventHub;
let cache: ProjectionCache;
let queries = 0;
let record: (state: MatterState) => Promise<void>;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
  const { recordMatter } = recordActivities(db.db, testVault);
  record = (state) => recordMatter(state, {});
  hub = new EventHub(db.db, db.pool.options, createLogger('silent'));
  cache = new ProjectionCache((id) => (queries++, findMatter(db.db, id)), hub);
  await vi.waitFor(() => expect(hub.inStep).toBe(true), { timeout: 10_000 });
});

afterAll(async () => {
  cache?.close();
  await hub?.close();
  await db?.drop();
});

const form = hireFormFor({ applicationNo: 'CACHE-1' });
let state = openingState(hire, form, `${form.unit.code}-${form.applicationNo}`, '2026-12-01T01:00:00.000Z');
const nextVersion = () => (state = { ...structuredClone(state), version: state.version + 1, updatedAt: new Date(Date.parse(state.updatedAt) + 60_000).toISOString() });

describe('the projection cache with its hub', () => {
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
