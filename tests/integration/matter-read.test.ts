/**
 * Reading an open matter when its workflow cannot answer: the projection answers instead of an
 * error, and the caller still sees only what it may.
 */
import { Client, Connection } from '@temporalio/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { matters } from '../../db/schema';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { hireFormFor } from '../../samples/forms';
import { freePort } from '../../scripts/lib/ports';
import { bearer, testAuth, unitClerkToken } from '../support/auth';
import { freshDatabase, type TestDatabase, testVault } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
const form = hireFormFor({ applicationNo: 'READ-1' });
const state = openingState(hire, form, `${form.unit.code}-${form.applicationNo}`, '2026-11-27T02:00:00.000Z');

beforeAll(async () => {
  db = await freshDatabase();
  await db.db.insert(matters).values({
    ...state,
    submittedAt: new Date(state.submittedAt),
    acceptedAt: null,
    updatedAt: new Date(state.updatedAt),
    form,
    version: 3,
    completedAt: null,
  });
  // A Temporal frontend that is not there: every query fails.
  const connection = Connection.lazy({ address: `127.0.0.1:${await freePort()}`, connectTimeout: 500 });
  api = await buildApi({ client: new Client({ connection }), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

describe('an open matter whose workflow cannot answer', () => {
  it('is answered from the projection', async () => {
    const response = await api.inject({ method: 'GET', url: `/api/v1/matters/${state.id}`, headers: bearer(await unitClerkToken(form.unit.code)) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: state.id, status: 'reviewing', stage: 'competent', version: 3 });
    const otherUnit = hireFormFor({ unitSerial: '7' }).unit.code;
    const hidden = await api.inject({ method: 'GET', url: `/api/v1/matters/${state.id}`, headers: bearer(await unitClerkToken(otherUnit)) });
    expect(hidden.statusCode).toBe(404);
  });
});
