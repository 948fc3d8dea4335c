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
import { matters, slaCards, tasks } from '../../db/schema';
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

async function matter(id: string, fields: { kind?: string; region?: string; status: string; sla: Sla; completedAt?: Date }) {
  const at = new Date('2026-09-30T02:00:00.000Z');
  await db.db.insert(matters).values({
    id, kind: fields.kind ?? 'hire', unitCode: '12640300MB00012348', applicationNo: id, region: fields.region ?? '640300', status: fields.status, stage: fields.status === 'completed' ? 'completed' : 'hall',
    waitingFor: null, specialCase: null, departments: [], decisions: [], problems: [], form: {}, formVersion: 1, submittedAt: at, updatedAt: at, version: 1,
    sla: fields.sla, slaState: fields.sla.state, slaDue: new Date(due), completedAt: fields.status === 'completed' ? (fields.completedAt ?? at) : null,
  });
}

const card = (matterId: string, scope: 'matter' | 'step', kind: 'yellow' | 'red', step = 'hall') => ({
  matterId, kind: 'hire', card: kind, scope, step, due: new Date(due), at: new Date(due), notified: ['hall-officer@hall-640300'],
});

function task(matterId: string, step: string, organisation: string, fields: { claimedBy?: string; claimedAt?: Date; closedAt?: Date }) {
  return {
    id: `${matterId}:${step}:${organisation}:1`, matterId, kind: 'hire', unitCode: '12640300MB00012348', region: '640300', step, title: step,
    role: step === 'hall' ? 'hall-officer' : 'competent-reviewer', organisation, due: new Date(due), slaState: 'overdue',
    openedAt: new Date('2026-10-01T01:00:00.000Z'), closedAt: fields.closedAt ?? null, claimedBy: fields.claimedBy ?? null, claimedAt: fields.claimedAt ?? null,
  };
}

beforeAll(async () => {
  db = await freshDatabase();
  await matter('LATE-1', { status: 'reviewing', sla: sla('overdue') });
  await matter('LATE-2', { status: 'reviewing', region: '640100', sla: sla('warned') });
  await matter('ONTIME-OPEN', { status: 'reviewing', sla: sla('on-time') });
  await matter('DONE-LATE', { status: 'completed', sla: sla('overdue') });
  await matter('DONE-ONTIME', { status: 'completed', sla: sla('on-time') });
  await matter('DONE-TRANSFER', { kind: 'transfer', status: 'completed', region: '640100', sla: sla('on-time') });
  await db.db.insert(slaCards).values([card('DONE-LATE', 'matter', 'red'), card('DONE-LATE', 'step', 'yellow'), card('DONE-LATE', 'step', 'red'), card('LATE-1', 'step', 'red', 'competent')]);
  await db.db.insert(tasks).values([
    // LATE-1's hall task, claimed by an officer; the same step's task at a second hall, unclaimed.
    task('LATE-1', 'hall', 'hall-640300', { claimedBy: 'wz.hall.officer', claimedAt: new Date('2026-10-08T01:00:00.000Z') }),
    task('LATE-1', 'hall', 'hall-640302', {}),
    // A competent review decided late (after its due), and one decided in time.
    task('DONE-LATE', 'competent', 'wjw-640300', { closedAt: new Date('2026-10-10T01:00:00.000Z') }),
    task('DONE-ONTIME', 'competent', 'wjw-640300', { closedAt: new Date('2026-10-08T01:00:00.000Z') }),
  ]);
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

  it('names who holds each open task of a late matter, and filters by the SLA state', async () => {
    const page = (await get('/api/v1/supervision/overdue', supervisor)).json();
    expect(page.items[0].holders).toEqual([
      { step: 'hall', organisation: 'hall-640300', role: 'hall-officer', claimedBy: 'wz.hall.officer', since: '2026-10-08T01:00:00.000Z', due },
      { step: 'hall', organisation: 'hall-640302', role: 'hall-officer', claimedBy: null, since: '2026-10-01T01:00:00.000Z', due },
    ]);
    expect(ids((await get('/api/v1/supervision/overdue?slaState=warned', admin)).json())).toEqual(['LATE-2']);
    expect(ids((await get('/api/v1/supervision/overdue?slaState=overdue', admin)).json())).toEqual(['LATE-1']);
    expect((await get('/api/v1/supervision/overdue?slaState=on-time', admin)).statusCode).toBe(400);
  });
});

describe('dashboard', () => {
  const dashboard = async (qs: string, token = admin) => {
    const response = await get(`/api/v1/supervision/dashboard?${qs}`, token);
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  it('counts open matters by stage, on-time rates by kind, step and month, and cards, over the period', async () => {
    const all = await dashboard('from=2026-09-01&to=2026-10-31');
    expect(all.period).toEqual({ from: '2026-09-01', to: '2026-10-31' });
    expect(all.openByStage).toEqual([{ stage: 'hall', open: 3, warned: 1, overdue: 1 }]);
    expect(all.onTimeByKind).toEqual([
      { kind: 'hire', closed: 2, onTime: 1, late: 1, onTimeRate: 0.5 },
      { kind: 'transfer', closed: 1, onTime: 1, late: 0, onTimeRate: 1 },
    ]);
    expect(all.onTimeByStep).toEqual([{ step: 'competent', closed: 2, onTime: 1, late: 1, onTimeRate: 0.5 }]);
    expect(all.onTimeByMonth).toEqual([{ month: '2026-09', closed: 3, onTime: 2, late: 1, onTimeRate: 2 / 3 }]);
    expect(all.cardsByStep).toEqual([{ step: 'competent', yellow: 0, red: 1 }, { step: 'hall', yellow: 1, red: 2 }]);
    expect(all.cardsByMonth).toEqual([{ month: '2026-10', yellow: 1, red: 3 }]);
  });

  it('limits a supervisor to their region and a kind, and a period to what it covers', async () => {
    const wuzhong = await dashboard('from=2026-09-01&to=2026-10-31&kind=hire', supervisor);
    expect(wuzhong.kind).toBe('hire');
    expect(wuzhong.openByStage).toEqual([{ stage: 'hall', open: 2, warned: 0, overdue: 1 }]);
    expect(wuzhong.onTimeByKind).toEqual([{ kind: 'hire', closed: 2, onTime: 1, late: 1, onTimeRate: 0.5 }]);
    const transfers = await dashboard('from=2026-09-01&to=2026-10-31&kind=transfer', supervisor);
    expect(transfers.onTimeByKind).toEqual([]);
    // September alone: the completions, no card and no decided review (those fell in October).
    const september = await dashboard('from=2026-09-01&to=2026-09-30');
    expect(september.onTimeByKind.map((rate: { closed: number }) => rate.closed)).toEqual([2, 1]);
    expect(september.onTimeByStep).toEqual([]);
    expect(september.cardsByStep).toEqual([]);
    // Open matters are counted as they are now, whatever the period.
    expect((await dashboard('from=2025-01-01&to=2025-01-31')).openByStage).toEqual([{ stage: 'hall', open: 3, warned: 1, overdue: 1 }]);
  });

  it('refuses a reversed or overlong period and a missing one, naming the field, and callers who supervise nothing', async () => {
    const reversed = await get('/api/v1/supervision/dashboard?from=2026-10-01&to=2026-09-01', admin);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().problems).toEqual([expect.objectContaining({ field: 'querystring.to', message: expect.stringContaining('结束日期不能早于开始日期') })]);
    const long = await get('/api/v1/supervision/dashboard?from=2024-01-01&to=2026-01-02', admin);
    expect(long.json().problems).toEqual([expect.objectContaining({ field: 'querystring.to', message: expect.stringContaining('至多两年') })]);
    const missing = await get('/api/v1/supervision/dashboard', admin);
    expect(missing.json().problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['querystring.from', 'querystring.to']));
    expect((await get('/api/v1/supervision/dashboard?from=2026-09-01&to=2026-09-30', await tokenFor('wz.hospital.clerk'))).statusCode).toBe(403);
    expect((await api.inject({ url: '/api/v1/supervision/dashboard?from=2026-09-01&to=2026-09-30' })).statusCode).toBe(401);
  });
});

describe("a matter's workflow", () => {
  const link = (server: FastifyInstance, id: string, token: string) => server.inject({ url: `/api/v1/matters/${encodeURIComponent(id)}/workflow`, headers: bearer(token) });

  it('gives administrators — no party to any matter — its id, namespace and address in Temporal UI, when one is known', async () => {
    expect((await link(api, 'LATE-1', admin)).json()).toEqual({ workflowId: 'LATE-1', namespace: 'default', url: null });
    const withUi = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault, temporalUi: { url: 'https://temporal.example.gov.cn/', namespace: 'yijianshi' } });
    try {
      expect((await link(withUi, 'LATE-1', admin)).json()).toEqual({ workflowId: 'LATE-1', namespace: 'yijianshi', url: 'https://temporal.example.gov.cn/namespaces/yijianshi/workflows/LATE-1' });
      expect((await link(withUi, 'NO-SUCH', admin)).statusCode).toBe(404);
      expect((await link(withUi, 'LATE-1', supervisor)).statusCode).toBe(403);
      expect((await withUi.inject({ url: '/api/v1/matters/LATE-1/workflow' })).statusCode).toBe(401);
    } finally {
      await withUi.close();
    }
  });
});
