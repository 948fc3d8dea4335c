/**
 * What the console needs of the API beyond the matter routes: signing in as a seeded person on
 * the local default only, the form read masked unless revealed (each reveal in the audit trail),
 * and the built console served under /console with its own routes falling back to index.html.
 */
import { Client, Connection } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskPhone } from '../../vault/mask';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { auditEvents, matters } from '../../db/schema';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import { freePort } from '../../scripts/lib/ports';
import { bearer, testAuth, tokenFor, unitClerkToken } from '../support/auth';
import { freshDatabase, type TestDatabase, testVault } from '../support/harness';

let db: TestDatabase;
let local: FastifyInstance;
let production: FastifyInstance;
const form = hireFormFor({ applicationNo: 'CONSOLE-1' });
const state = openingState(hire, form, `${form.unit.code}-${form.applicationNo}`, '2026-11-27T02:00:00.000Z');

beforeAll(async () => {
  db = await freshDatabase();
  await db.db.insert(matters).values({ ...state, submittedAt: new Date(state.submittedAt), acceptedAt: null, updatedAt: new Date(state.updatedAt), form, version: 1, completedAt: null });
  const client = new Client({ connection: Connection.lazy({ address: `127.0.0.1:${await freePort()}`, connectTimeout: 500 }) });
  const logger = createLogger('silent');
  // As `npm start` builds it (local secret, sign-in by name) and as `npm run api` does (neither).
  local = await buildApi({ client, database: db, logger, auth: testAuth, vault: testVault, localSignIn: true });
  production = await buildApi({ client, database: db, logger, auth: testAuth, vault: testVault });
});

afterAll(async () => {
  await local?.close();
  await production?.close();
  await db?.drop();
});

describe('local sign-in', () => {
  it('lists the seeded people with their organisations and roles, and no service account', async () => {
    const response = await local.inject({ method: 'GET', url: '/api/v1/auth/local-sign-in' });
    expect(response.statusCode).toBe(200);
    const items: { login: string; memberships: { organisationName: string; roles: string[] }[] }[] = response.json().items;
    expect(items.find((a) => a.login === 'wz.hospital.clerk')?.memberships).toEqual([expect.objectContaining({ organisationName: '吴忠市第一人民医院', roles: ['unit-clerk'] })]);
    expect(items.some((a) => a.login.startsWith('svc.'))).toBe(false);
  });

  it('issues a token that speaks for the person chosen, and refuses an unknown login', async () => {
    const response = await local.inject({ method: 'POST', url: '/api/v1/auth/local-sign-in', payload: { login: 'wz.hall.officer' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const me = await local.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(response.json().access_token) });
    expect(me.json()).toMatchObject({ sub: 'wz.hall.officer', memberships: [{ organisation: 'hall-640300', roles: ['hall-officer'] }] });
    expect((await local.inject({ method: 'POST', url: '/api/v1/auth/local-sign-in', payload: { login: 'nobody' } })).statusCode).toBe(404);
    expect((await local.inject({ method: 'POST', url: '/api/v1/auth/local-sign-in', payload: {} })).statusCode).toBe(400);
  });

  it('does not exist on an API started without it (npm run api, production)', async () => {
    expect((await production.inject({ method: 'POST', url: '/api/v1/auth/local-sign-in', payload: { login: 'wz.hall.officer' } })).statusCode).toBe(404);
    expect((await production.inject({ method: 'GET', url: '/api/v1/auth/local-sign-in' })).statusCode).toBe(404);
  });
});

describe('a matter’s form', () => {
  const url = `/api/v1/matters/${state.id}/form`;

  it('masks the name, identity number and phone by default, and records nothing', async () => {
    const response = await local.inject({ method: 'GET', url, headers: bearer(await tokenFor('wz.health.reviewer')) });
    expect(response.statusCode).toBe(200);
    const { person } = response.json().form;
    expect(response.json()).toMatchObject({ id: state.id, kind: 'hire', formVersion: 1, revealed: false });
    expect(person.name).toBe('张*');
    expect(person.identityNumber).toBe(`${form.person.identityNumber.slice(0, 6)}********${form.person.identityNumber.slice(-4)}`);
    expect(person.phone).toBe(maskPhone(form.person.phone));
    expect(person.phone).toMatch(/^138\*{4}\d{4}$/);
    const views = await db.db.select().from(auditEvents).where(and(eq(auditEvents.matterId, state.id), eq(auditEvents.action, 'personal-data-viewed')));
    expect(views).toEqual([]);
  });

  it('answers in full when revealed, and the view is in the audit trail with who asked', async () => {
    const response = await local.inject({ method: 'GET', url: `${url}?reveal=true`, headers: bearer(await tokenFor('wz.health.reviewer')) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ revealed: true, form: { person: { name: form.person.name, identityNumber: form.person.identityNumber, phone: form.person.phone } } });
    const views = await db.db.select().from(auditEvents).where(and(eq(auditEvents.matterId, state.id), eq(auditEvents.action, 'personal-data-viewed')));
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ actor: 'wz.health.reviewer', organisation: form.unit.competentDepartment.code, details: { fields: ['person.name', 'person.identityNumber', 'person.phone'] } });
  });

  it('is hidden from whoever may not see the matter, and refuses a malformed reveal with 400', async () => {
    const stranger = await unitClerkToken(hireFormFor({ unitSerial: '7' }).unit.code);
    expect((await local.inject({ method: 'GET', url: `${url}?reveal=true`, headers: bearer(stranger) })).statusCode).toBe(404);
    const bad = await local.inject({ method: 'GET', url: `${url}?reveal=yes`, headers: bearer(await tokenFor('wz.health.reviewer')) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().problems[0].field).toBe('querystring.reveal');
  });

  it('is in the OpenAPI document', async () => {
    const document = (await local.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(document.paths['/api/v1/matters/{id}/form'].get.parameters.map((p: { name: string }) => p.name)).toContain('reveal');
  });
});

describe('the console’s files', () => {
  it('redirects / to the console and serves index.html for the console’s own routes, with a policy that allows nothing from elsewhere', async () => {
    expect((await local.inject({ method: 'GET', url: '/' })).headers.location).toBe('/console/');
    for (const path of ['/console/', '/console/inbox', '/console/matters/some-id/correct']) {
      const page = await local.inject({ method: 'GET', url: path });
      expect(page.statusCode, path).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('<div id="root">');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    expect((await local.inject({ method: 'GET', url: '/console/assets/missing.js' })).statusCode).toBe(404);
  });
});
