/**
 * The calendar in PostgreSQL and over HTTP: seeded once however often start-up runs, a new
 * year loaded by an administrator without a deploy and audited, and counting that answers
 * 422 with the year to load rather than guessing. Any signed-in caller reads; only
 * administrators load, and the audit names the token's login.
 */
import { Client } from '@temporalio/client';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { seedYears } from '../../calendar/seed';
import { ensureCalendarSeeded, getYear, InvalidArrangement, loadCalendar, missingUpcomingYears, putYear } from '../../calendar/store';
import { createLogger } from '../../config/logger';
import { calendarChanges } from '../../db/schema';
import { bearer, memberToken, testAuth, tokenFor } from '../support/auth';
import { freshDatabase, type TestDatabase, testVault } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
/** Reads the calendar: any signed-in caller may. */
let reader: string;
let admin: string;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
  // The calendar routes need no Temporal; a lazy client never connects.
  api = await buildApi({ client: new Client(), database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  reader = await tokenFor('wz.hospital.clerk');
  admin = await tokenFor('admin');
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const changesOf = (year: number) => db.db.select().from(calendarChanges).where(eq(calendarChanges.year, year)).orderBy(asc(calendarChanges.id));
const get = (url: string) => api.inject({ method: 'GET', url, headers: bearer(reader) });
const add = (from: string, days: number) => get(`/api/v1/calendar/add?from=${from}&days=${days}`);
const put = (year: number, body: unknown, token = admin) => api.inject({ method: 'PUT', url: `/api/v1/calendar/${year}`, payload: body as object, headers: bearer(token) });

const synthetic2027 = { holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-09'], source: 'synthetic test arrangement' };

describe('seeding', () => {
  it('loads 2024–2026 once, with an audit row each, however often it runs', async () => {
    expect(await ensureCalendarSeeded(db.db)).toEqual([2024, 2025, 2026]);
    expect(await Promise.all([ensureCalendarSeeded(db.db), ensureCalendarSeeded(db.db)])).toEqual([[], []]);
    for (const seed of seedYears) {
      const changes = await changesOf(seed.year);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ before: null, changedBy: 'system:seed', after: { holidays: seed.holidays, makeupWorkdays: seed.makeupWorkdays } });
    }
    const calendar = await loadCalendar(db.db);
    expect(calendar.loadedYears).toEqual([2024, 2025, 2026]);
    expect(calendar.deadlineFor(new Date('2026-09-30T10:00:00+08:00'), 2)).toEqual(new Date('2026-10-09T17:30:00+08:00'));
  });

  it('leaves a corrected year alone', async () => {
    const seeded = (await getYear(db.db, 2024))!;
    await putYear(db.db, { ...seeded, source: 'corrected' }, 'admin:test');
    expect(await ensureCalendarSeeded(db.db)).toEqual([]);
    expect((await getYear(db.db, 2024))!.source).toBe('corrected');
  });
});

describe('GET /api/v1/calendar/:year', () => {
  it('answers the stored arrangement', async () => {
    const response = await get('/api/v1/calendar/2026');
    expect(response.statusCode).toBe(200);
    const seed = seedYears.find((s) => s.year === 2026)!;
    expect(response.json()).toMatchObject({ year: 2026, holidays: seed.holidays, makeupWorkdays: seed.makeupWorkdays, source: seed.source, loadedBy: 'system:seed' });
  });

  it('answers 404 for a year not loaded and 400 for something that is not a year', async () => {
    const missing = await get('/api/v1/calendar/2027');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'calendar_year_not_loaded' });
    expect((await get('/api/v1/calendar/20x7')).statusCode).toBe(400);
  });

  it('answers 401 without a token', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/v1/calendar/2026' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'unauthenticated' });
  });
});

describe('GET /api/v1/calendar/add', () => {
  it('answers the Nth working day strictly after the date', async () => {
    const response = await add('2026-09-30', 2);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ date: '2026-10-09' });
    expect((await add('2026-02-13', 1)).json()).toEqual({ date: '2026-02-14' });
  });

  it('answers 422 with the year when the count leaves the loaded years', async () => {
    const response = await add('2026-12-30', 2);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'year_not_loaded', year: 2027, message: expect.stringMatching(/2027 年.* \/ .*2027/) });
  });

  it('answers 400 for a date that does not exist or a count that is not positive', async () => {
    expect((await add('2026-02-30', 1)).statusCode).toBe(400);
    expect((await add('2026-03-02', 0)).statusCode).toBe(400);
  });
});

describe('PUT /api/v1/calendar/:year', () => {
  it('refuses an invalid arrangement with every field problem, storing and auditing nothing', async () => {
    const response = await put(2027, { holidays: ['2027-01-01', '2027-01-01', '2028-01-03', '2027-02-30'], makeupWorkdays: ['2027-01-04', '2027-01-01'] });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('invalid_input');
    expect([...new Set(body.problems.map((p: { field: string }) => p.field))].sort()).toEqual([
      'body.holidays.1',
      'body.holidays.2',
      'body.holidays.3',
      'body.makeupWorkdays.0',
      'body.makeupWorkdays.1',
    ]);
    expect(await getYear(db.db, 2027)).toBeUndefined();
    expect(await changesOf(2027)).toEqual([]);
    expect((await put(2027, { holidays: '2027-01-01', makeupWorkdays: [] })).statusCode).toBe(400);
  });

  it('refuses anyone but an administrator, storing and auditing nothing', async () => {
    const unsigned = await api.inject({ method: 'PUT', url: '/api/v1/calendar/2027', payload: synthetic2027 });
    expect(unsigned.statusCode).toBe(401);
    for (const login of ['wz.hospital.clerk', 'wz.supervisor']) {
      const refused = await put(2027, synthetic2027, await tokenFor(login));
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'forbidden' });
    }
    expect(await getYear(db.db, 2027)).toBeUndefined();
    expect(await changesOf(2027)).toEqual([]);
  });

  it("loads a new year, audited with the administrator's login, and counting crosses into it", async () => {
    const response = await put(2027, synthetic2027);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ year: 2027, ...synthetic2027, loadedBy: 'admin' });
    expect((await get('/api/v1/calendar/2027')).json()).toMatchObject(synthetic2027);

    const [change, ...more] = await changesOf(2027);
    expect(more).toEqual([]);
    expect(change).toMatchObject({ year: 2027, before: null, after: synthetic2027, changedBy: 'admin' });

    // Thu 12-31, then New Year's Day off and a weekend: Mon 01-04, Tue 01-05.
    expect((await add('2026-12-30', 3)).json()).toEqual({ date: '2027-01-05' });
    expect((await add('2027-01-08', 1)).json()).toEqual({ date: '2027-01-09' }); // the synthetic make-up Saturday
  });

  it('keeps what a correction replaced, and names the administrator who corrected it', async () => {
    const corrected = { holidays: ['2027-01-01', '2027-02-08', '2027-02-05'], makeupWorkdays: ['2027-01-09'] };
    const response = await put(2027, corrected, await memberToken('admin', 'platform', 'platform', '640000', 'second.admin'));
    expect(response.statusCode).toBe(200);
    // Stored in date order whatever order they were typed in.
    expect(response.json()).toMatchObject({ holidays: ['2027-01-01', '2027-02-05', '2027-02-08'], source: null, loadedBy: 'second.admin' });
    const changes = await changesOf(2027);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ before: synthetic2027, after: { holidays: ['2027-01-01', '2027-02-05', '2027-02-08'] }, changedBy: 'second.admin' });
  });

  it('answers 422 for 2028 once counting runs past the end of 2027', async () => {
    const response = await add('2027-12-30', 5);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: 'year_not_loaded', year: 2028 });
  });

  it('throws InvalidArrangement from the store itself', async () => {
    await expect(putYear(db.db, { year: 2027, holidays: ['2026-12-31'], makeupWorkdays: [] }, 'admin:test')).rejects.toBeInstanceOf(InvalidArrangement);
  });
});

describe('monitoring', () => {
  it('reports the current year always and the next one from November', async () => {
    expect(await missingUpcomingYears(db.db, new Date('2027-06-01T12:00:00+08:00'))).toEqual([]);
    expect(await missingUpcomingYears(db.db, new Date('2027-11-01T00:00:00+08:00'))).toEqual([2028]);
    expect(await missingUpcomingYears(db.db, new Date('2029-01-05T12:00:00+08:00'))).toEqual([2029]);
  });

  it('GET /api/v1/calendar/health answers loaded and missing years', async () => {
    const response = await get('/api/v1/calendar/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ loadedYears: [2024, 2025, 2026, 2027], missingUpcomingYears: await missingUpcomingYears(db.db, new Date()) });
  });

  it('documents the calendar routes in the OpenAPI document', async () => {
    const document = (await api.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/calendar/{year}', '/api/v1/calendar/add', '/api/v1/calendar/health']));
  });
});
