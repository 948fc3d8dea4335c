/**
 * The replica's kept reads: what they keep, what drops an answer, and that nothing they answer
 * predates a change the hub has read. The hub here is the part the cache listens to (its events
 * and whether it is in step); the real hub with PostgreSQL is in tests/integration/kept-reads.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../db/events';
import type { ChangeObserver } from '../../events/hub';
import { droppedInboxes, droppedMatterRow, KeptReads } from '../../events/kept-reads';
import type { MatterState } from '../../schemas/matter';

class Hub {
  inStep = true;
  observer: ChangeObserver | undefined;
  observe(observer: ChangeObserver) {
    this.observer = observer;
    return () => (this.observer = undefined);
  }
  matterChanged(id: string) {
    this.observer?.changed({ id: 1, type: 'matter', data: { id, kind: 'hire', status: 'reviewing', stage: 'hall', version: 2, updatedAt: '2026-12-01T00:00:00.000Z' }, region: '640300', parties: [], organisation: null, role: null, login: null } as StoredEvent);
  }
  otherEvent(type: 'task' | 'notification' | 'certificate') {
    this.observer?.changed({ id: 2, type, data: { matterId: 'A' }, region: null, parties: null, organisation: 'hall-640300', role: 'hall-officer', login: null } as unknown as StoredEvent);
  }
}

/** PostgreSQL as the cache sees it: rows by id, each query counted, and queries that can be held open. */
class Rows {
  versions = new Map<string, number>();
  queries = 0;
  private held: (() => void)[] = [];
  holding = false;
  read = async (id: string): Promise<MatterState | undefined> => {
    this.queries++;
    const version = this.versions.get(id);
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return version === undefined ? undefined : ({ id, version } as MatterState);
  };
  release() {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

/** The matter rows' cache, read as `MatterService.read` does: `find(id)` with the row's query. */
function setUp(options = { ttlMs: 5_000, capacity: 100 }) {
  const hub = new Hub();
  const rows = new Rows();
  let now = 1_000_000;
  const kept = new KeptReads<MatterState | undefined>(hub, droppedMatterRow, options, () => now);
  const cache = { find: (id: string) => kept.find(id, () => rows.read(id)), forget: (id: string) => kept.forget(id), close: () => kept.close() };
  return { hub, rows, cache, later: (ms: number) => (now += ms) };
}

describe('kept matter rows', () => {
  it('keeps a row once read, and reads of one matter at the same moment share one query', async () => {
    const { rows, cache } = setUp();
    rows.versions.set('A', 1);
    const answers = await Promise.all([cache.find('A'), cache.find('A'), cache.find('A')]);
    expect(answers.map((matter) => matter?.version)).toEqual([1, 1, 1]);
    expect((await cache.find('A'))?.version).toBe(1);
    expect(rows.queries).toBe(1);
  });

  it('reads the new row after the hub reads the matter’s change, and after this replica changes it', async () => {
    const { hub, rows, cache } = setUp();
    rows.versions.set('A', 1).set('B', 1);
    await cache.find('A');
    await cache.find('B');
    rows.versions.set('A', 2).set('B', 2);
    hub.matterChanged('A');
    expect((await cache.find('A'))?.version).toBe(2);
    expect((await cache.find('B'))?.version).toBe(1);
    cache.forget('B');
    expect((await cache.find('B'))?.version).toBe(2);
  });

  it('does not keep an answer read while its matter changed, and a read after the change does not wait on it', async () => {
    const { hub, rows, cache } = setUp();
    rows.versions.set('A', 1);
    rows.holding = true;
    const before = cache.find('A');
    rows.versions.set('A', 2);
    hub.matterChanged('A');
    rows.holding = false;
    const after = await cache.find('A');
    expect(after?.version).toBe(2);
    rows.release();
    // Its query ran before the change: its caller hears the row as it was then, and nobody else does.
    expect((await before)?.version).toBe(1);
    expect((await cache.find('A'))?.version).toBe(2);
    expect(rows.queries).toBe(2);
  });

  it('keeps and answers nothing while the hub is not in step, and forgets everything when it loses track', async () => {
    const { hub, rows, cache } = setUp();
    rows.versions.set('A', 1).set('B', 1);
    await cache.find('A');
    hub.inStep = false;
    rows.versions.set('A', 2).set('B', 2);
    expect((await cache.find('A'))?.version).toBe(2);
    await cache.find('B');
    hub.observer?.lost();
    hub.inStep = true;
    expect((await cache.find('B'))?.version).toBe(2);
    expect(rows.queries).toBe(4);
  });

  it('forgets what was under way when the hub loses track', async () => {
    const { hub, rows, cache } = setUp();
    rows.versions.set('A', 1);
    rows.holding = true;
    const under = cache.find('A');
    hub.observer?.lost();
    rows.release();
    await under;
    rows.versions.set('A', 2);
    expect((await cache.find('A'))?.version).toBe(2);
  });

  it('keeps a row for its time to live at most, and the newest rows up to its capacity', async () => {
    const { rows, cache, later } = setUp({ ttlMs: 1_000, capacity: 2 });
    rows.versions.set('A', 1).set('B', 1).set('C', 1);
    await cache.find('A');
    rows.versions.set('A', 2);
    later(999);
    expect((await cache.find('A'))?.version).toBe(1);
    later(1);
    expect((await cache.find('A'))?.version).toBe(2);
    await cache.find('B');
    await cache.find('C');
    const queries = rows.queries;
    await cache.find('B');
    await cache.find('C');
    expect(rows.queries).toBe(queries);
    await cache.find('A');
    expect(rows.queries).toBe(queries + 1);
  });

  it('keeps no answer for a matter that does not exist, nor a failed read', async () => {
    const { rows, cache } = setUp();
    expect(await cache.find('A')).toBeUndefined();
    rows.versions.set('A', 1);
    expect((await cache.find('A'))?.version).toBe(1);
    const failing = new KeptReads<MatterState | undefined>(new Hub(), droppedMatterRow);
    const refused = () => Promise.reject(new Error('connection refused'));
    await expect(failing.find('A', refused)).rejects.toThrow('connection refused');
    await expect(failing.find('A', refused)).rejects.toThrow('connection refused');
  });

  it('stops listening when closed', () => {
    const { hub, cache } = setUp();
    cache.close();
    expect(hub.observer).toBeUndefined();
  });
});

describe('kept inboxes', () => {
  it('drop every inbox on a change of a matter, a task or a notification, and keep them on a certificate', async () => {
    const hub = new Hub();
    const inboxes = new KeptReads<string[]>(hub, droppedInboxes);
    let reads = 0;
    const read = async () => [`read ${++reads}`];
    await inboxes.find('officer', read);
    await inboxes.find('reviewer', read);
    hub.otherEvent('certificate');
    expect(await inboxes.find('officer', read)).toEqual(['read 1']);
    for (const change of [() => hub.matterChanged('A'), () => hub.otherEvent('task'), () => hub.otherEvent('notification')]) {
      const before = reads;
      change();
      await inboxes.find('officer', read);
      await inboxes.find('reviewer', read);
      expect(reads).toBe(before + 2);
    }
  });

  it('drop every inbox when this replica changes one', async () => {
    const inboxes = new KeptReads<string[]>(new Hub(), droppedInboxes);
    let reads = 0;
    const read = async () => [`read ${++reads}`];
    await inboxes.find('officer', read);
    inboxes.forgetAll();
    expect(await inboxes.find('officer', read)).toEqual(['read 2']);
  });
});
