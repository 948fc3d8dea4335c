/**
 * What every answer carries and how the server protects itself, on the real app: security
 * headers with the one content security policy; fastify's own refusals (bad JSON, a missing or
 * unsupported content type, a body or path parameter over the limit, a malformed URL) and zod's
 * checks in the one bilingual envelope; 405 with `Allow` for a wrong method; 503 with
 * `Retry-After` when the event loop is late, while the probes still answer.
 */
import { Client } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { requestLimits } from '../../api/errors';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { bearer, testAuth, tokenFor } from '../support/auth';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
let shedding: FastifyInstance;
let clerk: Record<string, string>;

beforeAll(async () => {
  db = await freshDatabase();
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  // Sheds as soon as the event loop runs 10 ms late on average.
  shedding = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault, pressure: { maxEventLoopDelay: 10, retryAfterSeconds: 7 } });
  clerk = bearer(await tokenFor('wz.hospital.clerk'));
});

afterAll(async () => {
  await api?.close();
  await shedding?.close();
  await db?.drop();
});

/** Chinese, then " / ", then English: how every message a person reads is written. */
const bilingual = /\p{Script=Han}.* \/ [A-Za-z]/u;

function expectEnvelope(response: { json(): unknown; headers: Record<string, unknown> }, error: string) {
  const body = response.json() as { error: string; message: string; requestId: string };
  expect(body).toMatchObject({ error, requestId: response.headers['x-request-id'] });
  expect(body.message).toMatch(bilingual);
  return body;
}

describe('security headers', () => {
  it('sends the one content security policy and the other protections on every answer, API and console alike', async () => {
    for (const url of ['/api/v1/me', '/healthz', '/console/', '/no/such/page']) {
      const response = await api.inject({ method: 'GET', url, headers: clerk });
      expect(response.headers['content-security-policy'], url).toBe(
        "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' blob: data:;font-src 'self' data:;connect-src 'self';object-src 'none';frame-ancestors 'none';base-uri 'self';form-action 'self'",
      );
      expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });
});

describe('fastify’s own refusals, in the envelope', () => {
  it('refuses a body that is not JSON', async () => {
    const response = await api.inject({ method: 'POST', url: '/api/v1/matters/hire', headers: { ...clerk, 'content-type': 'application/json' }, payload: '{"applicationNo":' });
    expect(response.statusCode).toBe(400);
    expectEnvelope(response, 'invalid_json');
  });

  it('refuses a content type it does not read, and a body over the limit', async () => {
    const unsupported = await api.inject({ method: 'POST', url: '/api/v1/matters/hire', headers: { ...clerk, 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(unsupported.statusCode).toBe(415);
    expectEnvelope(unsupported, 'unsupported_media_type');
    const large = await api.inject({ method: 'POST', url: '/api/v1/matters/hire', headers: { ...clerk, 'content-type': 'application/json' }, payload: JSON.stringify({ padding: 'x'.repeat(requestLimits.bodyBytes) }) });
    expect(large.statusCode).toBe(413);
    expectEnvelope(large, 'body_too_large');
  });

  it('refuses a path parameter over the limit with 414, and a malformed URL with 400', async () => {
    const long = await api.inject({ method: 'GET', url: `/api/v1/matters/${'A'.repeat(requestLimits.paramLength + 1)}`, headers: clerk });
    expect(long.statusCode).toBe(414);
    expectEnvelope(long, 'uri_too_long');
    const malformed = await api.inject({ method: 'GET', url: '/api/v1/matters/%E0%A4%A', headers: clerk });
    expect(malformed.statusCode).toBe(400);
    expectEnvelope(malformed, 'bad_url');
  });

  it('words zod’s own checks in Chinese and English, field by field', async () => {
    const response = await api.inject({ method: 'POST', url: '/api/v1/matters/hire', headers: clerk, payload: { applicationNo: 'X-1', unit: { name: 7 } } });
    expect(response.statusCode).toBe(400);
    const body = expectEnvelope(response, 'invalid_input') as unknown as { problems: { field: string; message: string }[] };
    const problem = (field: string) => body.problems.find((entry) => entry.field === field)?.message;
    expect(problem('body.person')).toBe('此项必填 / this field is required');
    expect(problem('body.unit.name')).toBe('应为字符串，实际为 number / expected string, received number');
    for (const { message } of body.problems) expect(message).toMatch(bilingual);
  });
});

describe('a wrong method on a known path', () => {
  it('answers 405 with the methods the path takes, the most literal route’s', async () => {
    const response = await api.inject({ method: 'DELETE', url: '/api/v1/matters/hire', headers: clerk });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expectEnvelope(response, 'method_not_allowed');
    // `/calendar/health` is not taken for a year, so PUT is not offered there.
    expect((await api.inject({ method: 'PUT', url: '/api/v1/calendar/health', headers: clerk })).headers.allow).toBe('GET, HEAD');
    // QUERY carries a body and fastify wants its content type first; no route takes it here either.
    expect((await api.inject({ method: 'QUERY', url: '/api/v1/calendar/health', headers: clerk })).statusCode).toBe(405);
    expect((await api.inject({ method: 'GET', url: '/api/v1/no-such-thing', headers: clerk })).statusCode).toBe(404);
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After in the envelope while the event loop is late, and keeps the probes up', async () => {
    // Two seconds of work on the event loop: the next sample of its delay is far over 10 ms.
    const until = Date.now() + 2000;
    while (Date.now() < until);
    const shed = await vi.waitFor(
      async () => {
        const response = await shedding.inject({ method: 'GET', url: '/api/v1/me', headers: clerk });
        if (response.statusCode !== 503) throw new Error(`answered ${response.statusCode}`);
        return response;
      },
      { timeout: 10_000, interval: 20 },
    );
    expect(shed.headers['retry-after']).toBe('7');
    expectEnvelope(shed, 'overloaded');
    expect((await shedding.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
