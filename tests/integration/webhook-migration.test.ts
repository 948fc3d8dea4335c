/**
 * Migration 0010 on rows written before it: subscriptions accepted under the old rules stay
 * active (deactivated ones deactivated), deliveries get their order by when they were enqueued
 * and their type in the row and the payload, and one still pending is left to the old
 * per-delivery workflow that is sending it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/client';
import { freshDatabase, type TestDatabase } from '../support/harness';

const migration = '0010_webhook-endpoints';
let db: TestDatabase;
let client: pg.Client;

const statements = (tag: string) =>
  readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean);

beforeAll(async () => {
  // An empty database (the fresh one's schema dropped), brought to just before 0010 by hand.
  db = await freshDatabase({ calendar: false });
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('drop schema public cascade; create schema public; drop schema if exists drizzle cascade');
  const journal: { entries: { tag: string }[] } = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
  for (const { tag } of journal.entries.filter((entry) => entry.tag < migration)) for (const statement of statements(tag)) await client.query(statement);

  await client.query(`insert into webhook_subscriptions (id, organisation, url, secret, active) values
    ('00000000-0000-4000-8000-000000000001', '12640300MB00012348', 'https://hooks.example.org/a', 's', true),
    ('00000000-0000-4000-8000-000000000002', '12640300MB00012348', 'https://hooks.example.org/b', 's', false)`);
  await client.query(`insert into webhook_deliveries (id, subscription_id, matter_id, event_key, event, payload, status, created_at) values
    ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-000000000001', 'M', 'M/handling/v1', 'handling', '{"id":"M","status":"handling"}', 'pending', '2026-11-30T10:00:02Z'),
    ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-000000000001', 'M', 'M/reviewing/v1', 'reviewing', '{"id":"M","status":"reviewing"}', 'delivered', '2026-11-30T10:00:01Z')`);
  for (const statement of statements(migration)) await client.query(statement);
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('migration 0010', () => {
  it('keeps subscriptions accepted under the old rules active, and deactivated ones deactivated', async () => {
    const { rows } = await client.query('select id, state, circuit, queue_idle from webhook_subscriptions order by id');
    expect(rows).toEqual([
      { id: '00000000-0000-4000-8000-000000000001', state: 'active', circuit: 'closed', queue_idle: true },
      { id: '00000000-0000-4000-8000-000000000002', state: 'deactivated', circuit: 'closed', queue_idle: true },
    ]);
  });

  it('orders deliveries by when they were enqueued, types them, and leaves a pending one to its old workflow', async () => {
    const { rows } = await client.query('select event, seq::int, type, payload, legacy_workflow from webhook_deliveries order by seq');
    expect(rows).toEqual([
      { event: 'reviewing', seq: 1, type: 'matter.status', payload: { type: 'matter.status', id: 'M', status: 'reviewing' }, legacy_workflow: false },
      { event: 'handling', seq: 2, type: 'matter.status', payload: { type: 'matter.status', id: 'M', status: 'handling' }, legacy_workflow: true },
    ]);
    const next = await client.query(`insert into webhook_deliveries (subscription_id, matter_id, event_key, type, event, payload)
      values ('00000000-0000-4000-8000-000000000001', 'M', 'M/completed/v1', 'matter.status', 'completed', '{}') returning seq::int`);
    expect(next.rows[0].seq).toBe(3);
  });
});
