/**
 * /api/v1/calendar — the working-day calendar: each year's holiday arrangement, loaded by an
 * administrator when the State Council's notice is issued; working-day counting for whoever
 * needs a due date; and what monitoring must raise before a deadline lands in a missing year.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidArrangement, getYear, loadCalendar, loadedYears, missingUpcomingYears, putYear, yearChanges, type StoredYear } from '../../calendar/store';
import { calendarYear } from '../../calendar/schema';
import { isYearNotLoaded } from '../../calendar/working-days';
import type { Database } from '../../db/client';
import { isoDate } from '../../schemas/dates';
import { requireAdmin } from '../auth';
import { errorBody, HttpError, invalidInput } from '../errors';

const yearParams = z.object({ year: calendarYear });

/** Only four digits route to a year, so `/calendar/add` and `/calendar/health` are never taken for one by another method. */
const yearPath = '/api/v1/calendar/:year(^\\d{4}$)';

export const storedYear = z.object({
  year: z.number().int(),
  holidays: z.array(z.iso.date()).describe('放假日期 / dates off'),
  makeupWorkdays: z.array(z.iso.date()).describe('调休上班日期 / weekend dates that are working days'),
  source: z.string().nullable().describe('依据的通知 / the notice the dates come from'),
  loadedAt: z.iso.datetime().describe('载入时间 / loaded at'),
  loadedBy: z.string().describe('载入人 / loaded by'),
});

// Dates are only strings here: putYear checks them with the year, so a malformed date and a
// misplaced one are reported together rather than one round-trip after the other.
const dates = (description: string) => z.array(z.string().max(40).meta({ format: 'date' })).max(366).describe(description);

const arrangementBody = z.object({
  holidays: dates('放假日期 (含假期内的周末)，YYYY-MM-DD / dates off, weekends inside a holiday included'),
  makeupWorkdays: dates('调休上班日期 (周末上班)，YYYY-MM-DD / weekend dates that are working days'),
  source: z.string().max(500, '来源说明不能超过 500 字 / at most 500 characters').optional().describe('依据的通知，如文号 / the notice, e.g. its number'),
});

const addQuery = z.object({
  // The calendar holds the years 2000–2099 (calendar/schema.ts), so a count can start only there.
  from: isoDate
    .refine((value) => value.startsWith('20'), '起算日期应在 2000–2099 年之间 / the date must lie in 2000–2099')
    .meta({ pattern: '^20\\d{2}-\\d{2}-\\d{2}$' })
    .describe('起算日期，2000–2099 年 / the day counting starts after (Asia/Shanghai), in 2000–2099'),
  days: z.coerce.number().int('天数应为整数 / days must be a whole number').min(1, '天数至少为 1 / at least 1 day').max(366, '天数不能超过 366 / at most 366 days'),
});

const yearNotLoadedBody = errorBody.extend({ year: z.number().int().describe('须载入的年份 / the year to load') });

export const calendarHealth = z.object({
  loadedYears: z.array(z.number().int()).describe('已载入的年份 / years loaded'),
  missingUpcomingYears: z
    .array(z.number().int())
    .describe('本年 (11 月 1 日起含下一年) 中尚未载入的年份；非空即须告警 / the current year, and from 1 November the next, that are not loaded: raise an alert when not empty'),
});

const arrangementContent = z.object({ holidays: z.array(z.iso.date()), makeupWorkdays: z.array(z.iso.date()), source: z.string().nullable() });

export const calendarChange = z.object({
  id: z.number().int(),
  year: z.number().int(),
  before: arrangementContent.nullable().describe('变更前，首次载入为空 / the arrangement it replaced; null for the first load'),
  after: arrangementContent.describe('变更后 / the arrangement loaded'),
  changedBy: z.string().describe('操作人，system:seed 为随程序预置 / who loaded it; system:seed for the years shipped with the code'),
  changedAt: z.iso.datetime(),
});

const yearNotFound = (year: number) =>
  new HttpError(404, 'calendar_year_not_loaded', `${year} 年节假日安排尚未载入 / the holiday arrangement for ${year} is not loaded`);

const asBody = (row: StoredYear) => ({ ...row, loadedAt: row.loadedAt.toISOString() });

export const calendarRoutes: FastifyPluginAsyncZod<{ db: Database; now?: () => Date }> = async (app, { db, now = () => new Date() }) => {
  app.get(
    '/api/v1/calendar/add',
    {
      schema: {
        tags: ['calendar'],
        summary: '推算工作日 / the Nth working day after a date',
        description:
          'The Nth working day strictly after `from`: a matter submitted on `from` with an N-day limit is due at the close of office on that date. 422 when the count reaches a year that is not loaded.',
        querystring: addQuery,
        response: { 200: z.object({ date: z.iso.date() }), 400: errorBody, 422: yearNotLoadedBody },
      },
    },
    async (request, reply) => {
      const calendar = await loadCalendar(db);
      try {
        return { date: calendar.addWorkingDays(request.query.from, request.query.days) };
      } catch (error) {
        if (!isYearNotLoaded(error)) throw error;
        return reply.code(422).send({ error: 'year_not_loaded', year: error.year, message: error.message, requestId: request.id });
      }
    },
  );

  app.get(
    '/api/v1/calendar/health',
    { schema: { tags: ['calendar'], summary: '日历监测 / which years are loaded and which upcoming ones are missing', response: { 200: calendarHealth } } },
    async () => ({ loadedYears: await loadedYears(db), missingUpcomingYears: await missingUpcomingYears(db, now()) }),
  );

  app.get(
    yearPath,
    { schema: { tags: ['calendar'], summary: '年度节假日安排 / a year\'s holiday arrangement', params: yearParams, response: { 200: storedYear, 400: errorBody, 404: errorBody } } },
    async (request) => {
      const row = await getYear(db, request.params.year);
      if (!row) throw yearNotFound(request.params.year);
      return asBody(row);
    },
  );

  app.get(
    '/api/v1/calendar/:year/changes',
    {
      schema: {
        tags: ['calendar'],
        summary: '节假日安排变更记录 / every load and change of a year\'s arrangement, newest first (administrators)',
        params: yearParams,
        response: { 200: z.object({ items: z.array(calendarChange) }), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      await requireAdmin(db, request, '查看节假日安排变更记录');
      const changes = await yearChanges(db, request.params.year);
      return { items: changes.map((change) => ({ ...change, changedAt: change.changedAt.toISOString() })) };
    },
  );

  app.put(
    yearPath,
    {
      schema: {
        tags: ['calendar'],
        summary: '载入或更正年度节假日安排 / load or correct a year\'s holiday arrangement (administrators)',
        description:
          'Replaces the whole year; every change is kept in the audit with what it replaced. Deadlines already set are not moved. Every date must lie in the year of the path, appear once, and a make-up working day fall on a weekend and not be a holiday too: 400 names each date that does not.',
        params: yearParams,
        body: arrangementBody,
        response: { 200: storedYear, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const by = (await requireAdmin(db, request, '载入节假日安排')).sub;
      try {
        const row = await putYear(db, { year: request.params.year, ...request.body }, by);
        request.log.info({ year: row.year, by }, 'calendar year loaded');
        return asBody(row);
      } catch (error) {
        if (error instanceof InvalidArrangement) throw invalidInput(error.problems.map((p) => ({ ...p, field: `body.${p.field}` })));
        throw error;
      }
    },
  );
};
