/**
 * Supervision on a real PostgreSQL: the late list and the on-time statistics read the matter
 * projection and the recorded cards. A supervisor sees the matters of their own region, an
 * administrator every region, anyone else nothing.
 */
import { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { matters, slaCards } from '../../db/schema';
import type { Sla } from '../../schemas/matter';
import { bearer, testAuth, tokenFor } from '../support/auth';
import { freshDatabase, type TestDatabase, testVault } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
/** Every region. */
let admin: string;
/** 吴忠 (640300) only. */
let supervisor: string;

const due = '2026-10-09T09:30:00.000Z';
const sla = (state: Sla['state']): Sla => ({ state, limitWorkingDays: 2, matter: { due, yellowAt: '2026-10-09T03:07:30.000Z' }, step: null, cards: [] });

async function matter(id: string, fields: { kind?: string; region?: string; status: string; sla: Sla }) {
  const at = new Date('2026-09-30T02:00:00.000Z');
  await db.db.insert(matters).values({
    id, kind: fields.kind ?? 'hire', unitCode: '12640300MB00012348', applicationNo: id, region: fields.region ?? '640300', status: fields.status, stage: fields.status === 'completed' ? 'completed' : 'hall',
    waitingFor: null, specialCase: null, departments: [], decisions: [], problems: [], form: {}, formVersion: 1, submittedAt: at, updatedAt: at, version: 1,
    sla: fields.sla, slaState: fields.sla.state, slaDue: new Date(due),
  });
}

const card = (matterId: string, scope: 'matter' | 'step', kind: 'yellow' | 'red', step = 'hall') => ({
  matterId, kind: 'hire', card: kind, scope, step, due: new Date(due), at: new Date(due), notified: ['hall-officer@hall-640300'],
});

beforeAll(async () => {
  db = await freshDatabase();
  await matter('LATE-1', { status: 'reviewing', sla: sla('overdue') });
  await matter('LATE-2', { status: 'reviewing', region: '640100', sla: sla('warned') });
  await matter('ONTIME-OPEN', { status: 'reviewing', sla: sla('on-time') });
  await matter('DONE-LATE', { status: 'completed', sla: sla('overdue') });
  await matter('DONE-ONTIME', { status: 'completed', sla: sla('on-time') });
  await matter('DONE-TRANSFER', { kind: 'transfer', status: 'completed', region: '640100', sla: sla('on-time') });
  await db.db.insert(slaCards).values([card('DONE-LATE', 'matter', 'red'), card('DONE-LATE', 'step', 'yellow'), card('DONE-LATE', 'step', 'red'), card('LATE-1', 'step', 'red', 'competent')]);
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  admin = await tokenFor('admin');
  supervisor = await tokenFor('wz.supervisor');
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const get = (url: string, token: string) => api.inject({ url, headers: bearer(token) });
const ids = (page: { items: { id: string }[] }) => page.items.map((m) => m.id).sort();

describe('supervision', () => {
  it('lists open matters that are overdue or warned, most urgent first, filterable by region', async () => {
    const all = (await get('/api/v1/supervision/overdue', admin)).json();
    expect(ids(all)).toEqual(['LATE-1', 'LATE-2']);
    const yinchuan = (await get('/api/v1/supervision/overdue?region=640100', admin)).json();
    expect(ids(yinchuan)).toEqual(['LATE-2']);
  });

  it("shows a supervisor their own region's matters only", async () => {
    expect(ids((await get('/api/v1/supervision/overdue', supervisor)).json())).toEqual(['LATE-1']);
    expect(ids((await get('/api/v1/supervision/overdue?region=640100', supervisor)).json())).toEqual([]);
    const stats = (await get('/api/v1/supervision/sla-statistics?from=2026-09-01&to=2026-09-30', supervisor)).json();
    expect(stats.byKind).toEqual([{ kind: 'hire', closed: 2, onTime: 1, overdue: 1, onTimeRate: 0.5 }]);
    expect(stats.byRegion).toEqual([{ region: '640300', closed: 2, onTime: 1, overdue: 1, onTimeRate: 0.5 }]);
  });

  it('refuses a caller who supervises nothing (403) and one without a token (401)', async () => {
    const clerk = await tokenFor('wz.hospital.clerk');
    for (const url of ['/api/v1/supervision/overdue', '/api/v1/supervision/sla-statistics?from=2026-09-01&to=2026-09-30']) {
      expect((await get(url, clerk)).statusCode).toBe(403);
      expect((await api.inject({ url })).statusCode).toBe(401);
    }
  });

  it('gives the on-time rate by kind and region, and the cards shown at each step', async () => {
    const response = await get('/api/v1/supervision/sla-statistics?from=2026-09-01&to=2026-09-30', admin);
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    expect(stats.byKind).toEqual(
      expect.arrayContaining([
        { kind: 'hire', closed: 2, onTime: 1, overdue: 1, onTimeRate: 0.5 },
        { kind: 'transfer', closed: 1, onTime: 1, overdue: 0, onTimeRate: 1 },
      ]),
    );
    expect(stats.byRegion).toEqual(expect.arrayContaining([{ region: '640300', closed: 2, onTime: 1, overdue: 1, onTimeRate: 0.5 }]));
    expect(stats.byStep).toEqual(expect.arrayContaining([{ step: 'hall', yellow: 1, red: 1 }, { step: 'competent', yellow: 0, red: 1 }]));
  });

  it('refuses a period without dates, naming the fields', async () => {
    const response = await get('/api/v1/supervision/sla-statistics', supervisor);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['querystring.from', 'querystring.to']));
  });
});
