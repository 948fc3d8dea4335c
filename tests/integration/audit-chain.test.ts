/**
 * The tamper-evident audit trail on a real PostgreSQL: concurrent appends make one unbroken chain;
 * rows recorded before the chain existed join it in the migration; a database administrator who
 * disables the append-only trigger, edits one event and deletes another is named by the check.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { appendAuditEvents, type AuditEventInput } from '../../db/audit';
import { recordAuditAnchor, verifyAuditChain } from '../../db/audit-chain';
import { connectDatabase, migrateDatabase, migrationsFolder, type DatabaseHandle } from '../../db/client';
import { freshDatabase, type TestDatabase } from '../support/harness';

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
});

afterAll(async () => {
  await db?.drop();
});

const event = (key: string, details: Record<string, unknown> = {}): AuditEventInput => ({
  eventKey: key,
  matterId: 'M-CHAIN',
  at: new Date(),
  actor: 'wz.hall.officer',
  organisation: 'hall-640300',
  role: 'hall-officer',
  action: 'decided',
  step: 'hall',
  outcome: 'approved',
  details: { note: '审核通过 “引号” \\ 与换行\n', nested: { b: 2, a: [1, 2.5, null, true] }, ...details },
});

const chainOf = async () =>
  (await db.db.execute<{ id: string; chain_seq: string; prev_hash: string; hash: string }>(sql`select id::text, chain_seq::text, prev_hash, hash from audit_events order by audit_events.chain_seq`)).rows;

describe('the audit hash chain', () => {
  it('links every append, concurrent ones included, into one chain with no fork and no duplicate', async () => {
    const appends = Array.from({ length: 24 }, (_, index) => appendAuditEvents(db.db, [event(`chain/${index}`), event(`chain/${index % 6}`), event(`chain/${index}/b`)]));
    await Promise.all(appends);
    const chain = await chainOf();
    expect(chain).toHaveLength(48);
    expect(chain.map((row) => Number(row.chain_seq))).toEqual(Array.from({ length: 48 }, (_, index) => index + 1));
    chain.forEach((row, index) => expect(row.prev_hash).toBe(index === 0 ? '' : chain[index - 1]!.hash));
    const report = await verifyAuditChain(db.db);
    expect(report).toMatchObject({ verified: true, events: 48, head: { seq: 48, hash: chain[47]!.hash }, firstBroken: null, breaks: [] });
  });

  it('keeps daily anchors of the head, once a day, and checks them', async () => {
    const anchor = await recordAuditAnchor(db.db, '2026-12-01');
    expect(anchor).toMatchObject({ day: '2026-12-01', seq: 48 });
    expect(await recordAuditAnchor(db.db, '2026-12-01')).toBeUndefined();
    expect(await verifyAuditChain(db.db)).toMatchObject({ verified: true, anchorsChecked: 1 });
  });

  it('names the edited row and the deleted one after the append-only trigger was disabled', async () => {
    await appendAuditEvents(db.db, [event('chain/after-anchor/1'), event('chain/after-anchor/2')]);
    const chain = await chainOf();
    const edited = chain[9]!;
    const deleted = chain[29]!;
    await db.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
    await db.db.execute(sql`update audit_events set outcome = 'rejected' where id = ${Number(edited.id)}`);
    await db.db.execute(sql`delete from audit_events where id = ${Number(deleted.id)}`);
    await db.db.execute(sql`alter table audit_events enable trigger audit_events_no_change`);

    const report = await verifyAuditChain(db.db);
    expect(report.verified).toBe(false);
    expect(report.firstBroken).toMatchObject({ kind: 'altered', id: Number(edited.id), seq: 10 });
    expect(report.breaks).toEqual([
      expect.objectContaining({ kind: 'altered', id: Number(edited.id), seq: 10 }),
      expect.objectContaining({ kind: 'missing', seq: 30, count: 1, id: Number(chain[30]!.id) }),
    ]);
    // The trigger is back: the application still cannot change the trail.
    await expect(db.pool.query(`delete from audit_events where id = $1`, [Number(edited.id)])).rejects.toThrow(/append-only/);
  });

  it('names a rewritten tail by its anchor, even when every hash after the edit was recomputed', async () => {
    await db.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
    await db.db.execute(sql`delete from audit_events where chain_seq >= 48`);
    await db.db.execute(sql`alter table audit_events enable trigger audit_events_no_change`);
    const report = await verifyAuditChain(db.db);
    expect(report.breaks).toContainEqual(expect.objectContaining({ kind: 'anchor-mismatch', seq: 48 }));
  });
});

describe('the migration that introduced the chain', () => {
  let folder: string;
  let old: DatabaseHandle & { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    // The migrations as they stood before the chain: the same folder, its journal cut before 0011.
    folder = await mkdtemp(join(tmpdir(), 'yijianshi-migrations-'));
    await cp(migrationsFolder, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((entry) => entry.tag < '0011');
    await writeFile(journalFile, JSON.stringify(journal));
    const admin = inject('postgresAdminUrl');
    const name = `t_chain_${Date.now().toString(36)}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
    const handle = connectDatabase(url, { warn: () => {} });
    old = {
      ...handle,
      url,
      drop: async () => {
        await handle.close();
        const dropper = new pg.Client({ connectionString: admin });
        await dropper.connect();
        await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    };
    await migrate(old.db, { migrationsFolder: folder });
  });

  afterAll(async () => {
    await old?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('chains the events already recorded, in the order they were written, and new ones after them', async () => {
    await old.db.execute(sql`insert into audit_events (event_key, matter_id, at, actor, action, details) values
      ('legacy/1', 'M-OLD', now(), 'unit', 'submitted', '{"formVersion": 1}'),
      ('legacy/2', 'M-OLD', now(), 'wz.hall.officer', 'decided', '{"z": "末", "a": [1, 2]}'),
      ('legacy/3', null, now(), 'admin', 'calendar-loaded', '{}')`);
    await migrateDatabase(old);
    await appendAuditEvents(old.db, [event('new/1')]);
    const report = await verifyAuditChain(old.db);
    expect(report).toMatchObject({ verified: true, events: 4, head: { seq: 4 } });
  });
});
