/**
 * The arrangements in PostgreSQL: read into a WorkingCalendar, loaded or changed by an
 * administrator with an audit row in the same transaction, and seeded with 2024–2026.
 */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { calendarChanges, calendarYears, type CalendarYearContent } from '../db/schema';
import { issuesToFieldErrors, type FieldError } from '../schemas/field-errors';
import { yearArrangement } from './schema';
import { seededBy, seedYears } from './seed';
import { WorkingCalendar, yearsExpectedLoaded, type OfficeHours, type YearArrangement } from './working-days';

export interface StoredYear extends YearArrangement {
  source: string | null;
  loadedAt: Date;
  loadedBy: string;
}

export type YearToLoad = YearArrangement & { source?: string | null };

/** An arrangement that fails validation; `problems` name each field ('holidays.3'). */
export class InvalidArrangement extends Error {
  override readonly name = 'InvalidArrangement';
  constructor(readonly problems: FieldError[]) {
    super(`节假日安排有误 / the arrangement has problems: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

export async function loadCalendar(db: Database, hours?: OfficeHours): Promise<WorkingCalendar> {
  const rows = await db.select().from(calendarYears);
  return new WorkingCalendar(rows, hours);
}

export async function getYear(db: Database, year: number): Promise<StoredYear | undefined> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return row;
}

export async function loadedYears(db: Database): Promise<number[]> {
  const rows = await db.select({ year: calendarYears.year }).from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((row) => row.year);
}

/** The years monitoring expects (see yearsExpectedLoaded) that are not loaded. */
export async function missingUpcomingYears(db: Database, now: Date): Promise<number[]> {
  const loaded = new Set(await loadedYears(db));
  return yearsExpectedLoaded(now).filter((year) => !loaded.has(year));
}

/** Loads or replaces a year's arrangement and appends the change to calendar_changes; throws InvalidArrangement. */
export async function putYear(db: Database, arrangement: YearToLoad, by: string): Promise<StoredYear> {
  const parsed = yearArrangement.safeParse(arrangement);
  if (!parsed.success) throw new InvalidArrangement(issuesToFieldErrors(parsed.error));
  const { year } = parsed.data;
  const after: CalendarYearContent = {
    holidays: [...parsed.data.holidays].sort(),
    makeupWorkdays: [...parsed.data.makeupWorkdays].sort(),
    source: arrangement.source?.trim() || null,
  };
  return db.transaction(async (tx) => {
    // Two administrators loading the same year at once would both audit the same "before".
    await tx.execute(sql`select pg_advisory_xact_lock(${changeLock}::int, ${year}::int)`);
    const [previous] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
    const [stored] = await tx
      .insert(calendarYears)
      .values({ year, ...after, loadedAt: sql`now()`, loadedBy: by })
      .onConflictDoUpdate({ target: calendarYears.year, set: { ...after, loadedAt: sql`now()`, loadedBy: by } })
      .returning();
    await tx.insert(calendarChanges).values({ year, before: previous ? contentOf(previous) : null, after, changedBy: by });
    return stored!;
  });
}

/**
 * Inserts the seeded years that are missing, each with its audit row, and leaves alone any
 * year already there (an administrator's correction wins). Safe on every start and from
 * several processes at once; answers the years it inserted.
 */
export async function ensureCalendarSeeded(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(calendarYears)
      .values(seedYears.map(({ year, holidays, makeupWorkdays, source }) => ({ year, holidays, makeupWorkdays, source, loadedBy: seededBy })))
      .onConflictDoNothing({ target: calendarYears.year })
      .returning();
    if (inserted.length > 0) {
      await tx.insert(calendarChanges).values(inserted.map((row) => ({ year: row.year, before: null, after: contentOf(row), changedBy: seededBy })));
    }
    return inserted.map((row) => row.year).sort((a, b) => a - b);
  });
}

export interface CalendarChange {
  id: number;
  year: number;
  before: CalendarYearContent | null;
  after: CalendarYearContent;
  changedBy: string;
  changedAt: Date;
}

/** Every load and change of a year's arrangement, newest first. */
export function yearChanges(db: Database, year: number): Promise<CalendarChange[]> {
  return db.select().from(calendarChanges).where(eq(calendarChanges.year, year)).orderBy(desc(calendarChanges.changedAt), desc(calendarChanges.id));
}

/** Advisory lock namespace of calendar changes ('CAL'). */
const changeLock = 0x43414c;

function contentOf(row: StoredYear): CalendarYearContent {
  return { holidays: row.holidays, makeupWorkdays: row.makeupWorkdays, source: row.source };
}
