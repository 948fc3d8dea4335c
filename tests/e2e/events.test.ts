/**
 * Live events and notifications on the stack `npm start` runs, with a second API instance on the
 * same database and Temporal server (as replicas behind a load balancer): a decision taken
 * through one instance reaches the subscribers of the other, and nothing of it reaches a caller
 * who may not see the matter; a reconnect resumes after its Last-Event-ID with no gap and no
 * duplicate; a red card lands in the bell of the officers named, read by each apart; the limits
 * hold, and closing an instance ends its streams instead of waiting for them.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slaActivities } from '../../activities/sla';
import { loadEnv } from '../../config/env';
import { createLogger } from '../../config/logger';
import { connectDatabase, type DatabaseHandle } from '../../db/client';
import type { HireForm } from '../../schemas/forms/hire';
import type { SlaCard } from '../../schemas/matter';
import { hireFormFor } from '../../samples/forms';
import { assembleApi } from '../../startup/api';
import { tokenFor } from '../support/auth';
import { dataConverter, testCodecKeys, testVault } from '../support/harness';
import { SseReader } from '../support/sse';
import { startTestStack, type TestStack } from '../support/stack';

const logins = [
  'wz.hospital.clerk',
  'wz.health.reviewer',
  'wz.hall.officer',
  'wz.hall.officer2',
  'wz.hall.chief',
  'wz.supervisor',
  'wz.pension.officer',
  'qz.hospital.clerk',
] as const;
type Login = (typeof logins)[number];

let running: TestStack;
/** Instance B: another API process on the same database and Temporal server. */
let second: { api: FastifyInstance; url: string; database: DatabaseHandle; closed: boolean };
const tokens = {} as Record<Login, string>;
const readers: SseReader[] = [];

beforeAll(async () => {
  running = await startTestStack();
  const env = loadEnv({ ...process.env, DATABASE_URL: running.stack.databaseUrl, CODEC_KEYS: testCodecKeys, LOG_LEVEL: 'warn' });
  const database = connectDatabase(running.stack.databaseUrl, { warn: () => {} });
  const api = await assembleApi({ env, client: running.stack.client, database, logger: createLogger('warn'), dataConverter, vault: testVault });
  second = { api, url: await api.listen({ host: '127.0.0.1', port: 0 }), database, closed: false };
  for (const login of logins) tokens[login] = await tokenFor(login);
});

afterAll(async () => {
  for (const reader of readers) reader.close();
  if (second && !second.closed) await second.api.close();
  await second?.database.close();
  await running?.stop();
});

const instanceA = () => running.stack.apiUrl;
const instanceB = () => second.url;

/** A stream as `login` on an instance, closed after the suite. */
async function listen(login: Login, baseUrl: string, lastEventId?: string | number): Promise<SseReader> {
  const reader = await SseReader.open(baseUrl, tokens[login], lastEventId);
  readers.push(reader);
  expect(reader.response.status).toBe(200);
  expect(reader.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  // The stream writes its own head; the security headers every answer carries are on it too.
  expect(reader.response.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
  expect(reader.response.headers.get('x-frame-options')).toBe('DENY');
  return reader;
}

/** A call to instance A. */
const call = (login: Login | undefined, method: string, path: string, body?: unknown) => running.call(method, path, body, login && tokens[login]);

async function submit(form: HireForm, clerk: Login): Promise<string> {
  const submitted = await call(clerk, 'POST', '/api/v1/matters/hire', form);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  return submitted.body.id;
}

function qzHire(applicationNo: string, identitySuffix: string): HireForm {
  const form = hireFormFor({ applicationNo, identitySuffix });
  form.unit = { code: '12640000MB00010402', name: '宁夏回族自治区第五人民医院', region: '640000', competentDepartment: { code: '11640000MB00001277', name: '宁夏回族自治区卫生健康委员会' } };
  return form;
}

const hall = 'hall-640300';
/** The matter the first test takes to the hall; the card tests raise a card on it. */
let atHall: string;

describe('GET /api/v1/events across two instances', () => {
  it('delivers a decision made through instance A to the subscribers of instance B, and nothing of it to a caller who may not see the matter', async () => {
    const [clerk, reviewer, hallOfficer, outsider] = await Promise.all([
      listen('wz.hospital.clerk', instanceB()),
      listen('wz.health.reviewer', instanceB()),
      listen('wz.hall.officer', instanceB()),
      listen('qz.hospital.clerk', instanceB()),
    ]);
    const id = await submit(hireFormFor({ applicationNo: 'LIVE-1', identitySuffix: '701' }), 'wz.hospital.clerk');
    atHall = id;
    await reviewer.waitFor((e) => e.event === 'task' && e.data.matterId === id && e.data.step === 'competent' && e.data.change === 'opened');
    const assigned = await reviewer.waitFor((e) => e.event === 'notification' && e.data.matterId === id);
    expect(assigned.data).toEqual({ id: expect.any(String), kind: 'task.assigned', matterId: id, title: '新待办：主管部门审核', createdAt: expect.any(String) });

    const decided = await call('wz.health.reviewer', 'POST', `/api/v1/matters/${id}/decisions`, { step: 'competent', decision: 'approve' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    const changed = await clerk.waitFor((e) => e.event === 'matter' && e.data.id === id && e.data.stage === 'hall');
    expect(changed.data).toEqual({ id, kind: 'hire', status: 'reviewing', stage: 'hall', version: expect.any(Number), updatedAt: expect.any(String) });
    const opened = await hallOfficer.waitFor((e) => e.event === 'task' && e.data.matterId === id && e.data.change === 'opened');
    expect(opened.data).toEqual({ taskId: expect.stringContaining(`${id}:hall:${hall}:`), matterId: id, step: 'hall', organisation: hall, change: 'opened' });
    await hallOfficer.waitFor((e) => e.event === 'notification' && e.data.matterId === id && e.data.kind === 'task.assigned');
    await reviewer.waitFor((e) => e.event === 'task' && e.data.matterId === id && e.data.step === 'competent' && e.data.change === 'closed');
    // The competent department sees the matter's state as a party; the hall's inbox is not its own.
    expect(reviewer.events.filter((e) => e.event === 'task' && e.data.step === 'hall')).toEqual([]);

    // Events reach a stream in commit order: once the outsider has its own later matter, anything of ours would have come before it.
    const own = await submit(qzHire('LIVE-QZ-1', '702'), 'qz.hospital.clerk');
    await outsider.waitFor((e) => e.event === 'matter' && e.data.id === own);
    expect(outsider.events.filter((e) => e.data.id === id || e.data.matterId === id)).toEqual([]);

    for (const reader of [clerk, reviewer, hallOfficer, outsider]) {
      const ids = reader.events.map((e) => e.id);
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    }
  });

  it('resumes after Last-Event-ID with exactly the events after it, on another instance than the one it left', async () => {
    const steady = await listen('wz.hall.officer', instanceA());
    const first = await listen('wz.hall.officer', instanceA());
    const inbox = await call('wz.hall.officer', 'GET', '/api/v1/tasks?pageSize=100');
    const taskId = inbox.body.items.find((t: { matterId: string }) => t.matterId === atHall).id as string;
    const task = `/api/v1/tasks/${encodeURIComponent(taskId)}`;

    expect((await call('wz.hall.officer', 'POST', `${task}/claim`)).status).toBe(200);
    const claimed = await first.waitFor((e) => e.event === 'task' && e.data.change === 'claimed');
    expect((await call('wz.hall.officer', 'POST', `${task}/release`)).status).toBe(200);
    await first.waitFor((e) => e.event === 'task' && e.data.change === 'released');
    first.close();

    // While it is away: a colleague claims and releases, and another matter reaches the hall.
    expect((await call('wz.hall.officer2', 'POST', `${task}/claim`)).status).toBe(200);
    expect((await call('wz.hall.officer2', 'POST', `${task}/release`)).status).toBe(200);
    const other = await submit(hireFormFor({ applicationNo: 'LIVE-2', identitySuffix: '703' }), 'wz.hospital.clerk');
    await steady.waitFor((e) => e.event === 'matter' && e.data.id === other);
    expect((await call('wz.health.reviewer', 'POST', `/api/v1/matters/${other}/decisions`, { step: 'competent', decision: 'approve' })).status).toBe(200);
    const away = await steady.waitFor((e) => e.event === 'notification' && e.data.matterId === other);

    const resumed = await listen('wz.hall.officer', instanceB(), claimed.id);
    // Something after the reconnect, so the comparison covers replay and live alike.
    expect((await call('wz.hall.officer', 'POST', `${task}/claim`)).status).toBe(200);
    const last = await steady.waitFor((e) => e.event === 'task' && e.data.change === 'claimed' && e.id > away.id);
    await resumed.waitFor((e) => e.id === last.id);

    const expected = steady.events.filter((e) => e.id > claimed.id && e.id <= last.id);
    const label = (e: { event: string; data: any }) => `${e.event} ${e.event === 'matter' ? e.data.stage : e.event === 'task' ? e.data.change : e.data.kind}`;
    expect(expected.map(label)).toEqual(
      expect.arrayContaining(['task released', 'task claimed', 'matter competent', 'matter hall', 'task opened', 'notification task.assigned']),
    );
    expect(resumed.events.filter((e) => e.id <= last.id)).toEqual(expected);
    expect((await call('wz.hall.officer', 'POST', `${task}/release`)).status).toBe(200);
  });

  it('tells a reconnect it cannot resume to refetch, with where to carry on from; refuses a malformed Last-Event-ID', async () => {
    const stale = await listen('wz.hall.officer2', instanceB(), 999_999_999);
    const reset = await stale.waitFor((e) => e.event === 'reset');
    expect(reset.data).toEqual({ reason: 'too-old' });
    expect(reset.id).toBeGreaterThan(0);
    stale.close();

    const malformed = await fetch(`${instanceB()}/api/v1/events`, { headers: { authorization: `Bearer ${tokens['wz.hall.officer2']}`, 'last-event-id': 'yesterday' } });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: 'invalid_input', problems: [{ field: 'headers.last-event-id' }] });
  });

  it('opens at most five streams per login on an instance, and another once one closes', async () => {
    const open = await Promise.all(Array.from({ length: 5 }, () => listen('wz.pension.officer', instanceB())));
    const refused = await SseReader.open(instanceB(), tokens['wz.pension.officer']);
    expect(refused.response.status).toBe(429);
    expect(await refused.response.json()).toMatchObject({ error: 'too_many_streams', requestId: expect.any(String) });
    const elsewhere = await SseReader.open(instanceA(), tokens['wz.pension.officer']);
    readers.push(elsewhere);
    expect(elsewhere.response.status).toBe(200);
    open[0]!.close();
    await expect
      .poll(async () => {
        const again = await SseReader.open(instanceB(), tokens['wz.pension.officer']);
        readers.push(again);
        return again.response.status;
      }, { timeout: 10_000, interval: 100 })
      .toBe(200);
  });
});

describe('notifications', () => {
  // As workflows/sla-clock.ts escalates a red card on a hall step: the officers, their chief, the region's supervisors.
  const redCard = (due: string): SlaCard => ({ card: 'red', scope: 'step', step: 'hall', due, at: due, notified: [`hall-officer@${hall}`, `chief@${hall}`, 'supervisor@640300'] });

  const list = async (login: Login, query = '') => {
    const listed = await call(login, 'GET', `/api/v1/notifications${query}`);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    return listed.body as { items: { id: string; kind: string; matterId: string; title: string; body: string; createdAt: string; readAt: string | null }[]; total: number; unread: number; page: number; pageSize: number };
  };

  it('puts a red card in the bell and on the stream of the officers named, read by each apart', async () => {
    const hallOfficer = await listen('wz.hall.officer', instanceB());
    const card = redCard(new Date(Date.now() - 60_000).toISOString());
    const sla = slaActivities(running.db.db);
    await sla.recordSlaCard({ matterId: atHall, kind: 'hire', card });

    const announced = await hallOfficer.waitFor((e) => e.event === 'notification' && e.data.kind === 'sla.card' && e.data.matterId === atHall);
    expect(announced.data.title).toBe('红牌超时：政务大厅审核环节已超时');

    const unread = await list('wz.hall.officer', '?unread=true');
    const item = unread.items.find((n) => n.id === announced.data.id)!;
    expect(item).toMatchObject({ kind: 'sla.card', matterId: atHall, title: '红牌超时：政务大厅审核环节已超时', readAt: null });
    expect(item.body).toContain(atHall);
    expect(unread).toMatchObject({ page: 1, pageSize: 20, total: unread.unread });

    const read = await call('wz.hall.officer', 'POST', `/api/v1/notifications/${item.id}/read`);
    expect(read.status).toBe(204);
    const after = await list('wz.hall.officer');
    expect(after.unread).toBe(unread.unread - 1);
    expect(after.items.find((n) => n.id === item.id)?.readAt).toEqual(expect.any(String));
    expect((await list('wz.hall.officer', '?unread=true')).items.map((n) => n.id)).not.toContain(item.id);

    // The same hall's other officer has it still unread; the chief and the region's supervisor have theirs.
    expect((await list('wz.hall.officer2', '?unread=true')).items.map((n) => n.id)).toContain(item.id);
    for (const login of ['wz.hall.chief', 'wz.supervisor'] as const) {
      expect((await list(login)).items, login).toContainEqual(expect.objectContaining({ kind: 'sla.card', matterId: atHall, readAt: null }));
    }

    // Retried, the activity adds nothing.
    await sla.recordSlaCard({ matterId: atHall, kind: 'hire', card });
    expect((await list('wz.hall.officer')).total).toBe(after.total);
  });

  it('answers 404 for another’s notification and 400 for a malformed id, and marks all read for the caller alone', async () => {
    const officer2 = await list('wz.hall.officer2', '?unread=true');
    const someone = officer2.items[0]!;
    const foreign = await call('wz.hospital.clerk', 'POST', `/api/v1/notifications/${someone.id}/read`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ error: 'not_found', requestId: expect.any(String) });
    expect((await list('wz.hospital.clerk')).items.map((n) => n.id)).not.toContain(someone.id);
    expect((await call('wz.hall.officer2', 'POST', '/api/v1/notifications/not-an-id/read')).status).toBe(400);
    expect((await call('wz.hall.officer2', 'GET', '/api/v1/notifications?unread=maybe')).status).toBe(400);

    const marked = await call('wz.hall.officer2', 'POST', '/api/v1/notifications/read-all');
    expect(marked).toMatchObject({ status: 200, body: { marked: officer2.unread } });
    expect((await list('wz.hall.officer2')).unread).toBe(0);
    expect((await list('wz.hall.chief')).unread).toBeGreaterThan(0);
  });
});

describe('the contract', () => {
  it('refuses the stream and the notification routes without a token (401)', async () => {
    for (const baseUrl of [instanceA(), instanceB()]) {
      const stream = await SseReader.open(baseUrl, undefined);
      expect(stream.response.status).toBe(401);
      expect(await stream.response.json()).toMatchObject({ error: 'unauthenticated' });
    }
    expect((await call(undefined, 'GET', '/api/v1/notifications')).status).toBe(401);
    expect((await call(undefined, 'POST', '/api/v1/notifications/read-all')).status).toBe(401);
    expect((await call(undefined, 'POST', `/api/v1/notifications/${crypto.randomUUID()}/read`)).status).toBe(401);
  });

  it('declares the stream (text/event-stream) and the notification routes in the OpenAPI document', async () => {
    const { body: document } = await call(undefined, 'GET', '/openapi.json');
    const stream = document.paths['/api/v1/events'].get;
    expect(Object.keys(stream.responses['200'].content)).toEqual(['text/event-stream']);
    expect(stream.parameters).toContainEqual(expect.objectContaining({ in: 'header', name: 'last-event-id' }));
    expect(stream.responses).toHaveProperty('401');
    expect(stream.responses).toHaveProperty('429');
    expect(document.paths['/api/v1/notifications'].get.responses['200'].content['application/json'].schema.properties).toHaveProperty('unread');
    expect(document.paths['/api/v1/notifications/{id}/read'].post.responses).toHaveProperty('204');
    expect(document.paths['/api/v1/notifications/read-all'].post.responses).toHaveProperty('200');
  });
});

describe('closing an instance', () => {
  it('ends its open streams instead of waiting for them', async () => {
    const open = readers.filter((reader) => reader.response.url.startsWith(instanceB()) && reader.response.ok && !reader.ended);
    expect(open.length).toBeGreaterThan(0);
    const closing = second.api.close();
    second.closed = true;
    await expect(Promise.race([closing.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10_000))])).resolves.toBe('closed');
    for (const reader of open) await reader.untilEnded();
  });
});
