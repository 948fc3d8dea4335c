/**
 * Working-day arithmetic (工作日) for committed time limits: Monday to Friday, minus the
 * statutory holidays, plus the make-up working days (调休上班) of the State Council's yearly
 * notice, within office hours in Asia/Shanghai.
 *
 * Pure, so workflow code can use it as well as activities: no I/O, no Date.now(), no Node
 * built-ins. The calendar only knows the years it was given; any question about another
 * year throws YearNotLoaded, because a guessed weekday could put a deadline on a holiday.
 */
import { addDays, dayNumber, isWeekend, shanghaiDate, shanghaiInstant, yearOf, type IsoDate } from './dates';

export type { IsoDate } from './dates';

/** One year of the State Council's arrangement. */
export interface YearArrangement {
  year: number;
  /** Dates off (放假), weekends inside a holiday included. */
  holidays: IsoDate[];
  /** Weekend dates that are working days (调休上班). */
  makeupWorkdays: IsoDate[];
}

/** Office hours as Shanghai wall-clock 'HH:MM'. */
export interface OfficeHours {
  opens: string;
  closes: string;
}

export const standardOfficeHours: OfficeHours = { opens: '09:00', closes: '17:30' };

/** Thrown for any date of a year whose arrangement is not loaded; `year` says which one an administrator must load. */
export class YearNotLoaded extends Error {
  override readonly name = 'YearNotLoaded';
  constructor(readonly year: number) {
    super(`${year} 年节假日安排尚未载入 / the holiday arrangement for ${year} is not loaded`);
  }
}

export function isYearNotLoaded(error: unknown): error is YearNotLoaded {
  return error instanceof YearNotLoaded;
}

interface LoadedYear {
  holidays: ReadonlySet<IsoDate>;
  makeupWorkdays: ReadonlySet<IsoDate>;
}

export class WorkingCalendar {
  private readonly years = new Map<number, LoadedYear>();
  private readonly opensAt: number;
  private readonly closesAt: number;

  constructor(
    years: readonly YearArrangement[],
    readonly hours: OfficeHours = standardOfficeHours,
  ) {
    for (const { year, holidays, makeupWorkdays } of years) {
      if (this.years.has(year)) throw new RangeError(`year ${year} given twice`);
      this.years.set(year, { holidays: new Set(holidays), makeupWorkdays: new Set(makeupWorkdays) });
    }
    this.opensAt = minuteOfDay(hours.opens);
    this.closesAt = minuteOfDay(hours.closes);
    if (this.opensAt >= this.closesAt) throw new RangeError(`office hours ${hours.opens}–${hours.closes} close before they open`);
  }

  get loadedYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isWorkingDay(date: IsoDate): boolean {
    const year = yearOf(date);
    const arrangement = this.years.get(year);
    if (!arrangement) throw new YearNotLoaded(year);
    if (arrangement.holidays.has(date)) return false;
    if (arrangement.makeupWorkdays.has(date)) return true;
    return !isWeekend(date);
  }

  /** The Nth working day strictly after `from`; `from` itself may lie in a year not loaded. */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive whole number, got ${n}`);
    let date = from;
    for (let counted = 0; counted < n; ) {
      date = addDays(date, 1);
      if (this.isWorkingDay(date)) counted += 1;
    }
    return date;
  }

  /**
   * The day a submission counts as made on: a submission at or after the close of office,
   * or on a day off, counts as made on the next working day.
   */
  effectiveSubmissionDay(instant: Date): IsoDate {
    const day = shanghaiDate(instant);
    if (this.isWorkingDay(day) && instant.getTime() < this.closeOf(day).getTime()) return day;
    return this.addWorkingDays(day, 1);
  }

  /** Close of office on the Nth working day after the (effective) submission day: counting starts the day after. */
  deadlineFor(submittedAt: Date, workingDays: number): Date {
    return this.closeOf(this.addWorkingDays(this.effectiveSubmissionDay(submittedAt), workingDays));
  }

  openingOf(date: IsoDate): Date {
    return shanghaiInstant(date, this.opensAt);
  }

  closeOf(date: IsoDate): Date {
    return shanghaiInstant(date, this.closesAt);
  }

  /** Milliseconds of office time from `a` to `b`; negative when `b` is earlier. */
  workingTimeBetween(a: Date, b: Date): number {
    if (b.getTime() < a.getTime()) return -this.workingTimeBetween(b, a);
    let total = 0;
    const last = dayNumber(shanghaiDate(b));
    for (let date = shanghaiDate(a); dayNumber(date) <= last; date = addDays(date, 1)) {
      const start = Math.max(this.openingOf(date).getTime(), a.getTime());
      const end = Math.min(this.closeOf(date).getTime(), b.getTime());
      // Only a day whose office hours overlap the span needs its year loaded.
      if (end > start && this.isWorkingDay(date)) total += end - start;
    }
    return total;
  }

  /** Office time left until `deadline`: what a clock stopped at `at` keeps to resume with. */
  remainingWorkingTime(at: Date, deadline: Date): number {
    return Math.max(0, this.workingTimeBetween(at, deadline));
  }

  /** The earliest instant by which `ms` of office time has passed since `from`. */
  addWorkingTime(from: Date, ms: number): Date {
    assertDuration(ms);
    if (ms === 0) return from;
    let left = ms;
    for (let date = shanghaiDate(from); ; date = addDays(date, 1)) {
      const start = Math.max(this.openingOf(date).getTime(), from.getTime());
      const available = this.closeOf(date).getTime() - start;
      if (available <= 0 || !this.isWorkingDay(date)) continue;
      if (left <= available) return new Date(start + left);
      left -= available;
    }
  }

  /** The latest instant with `ms` of office time still to go before `to`: when a warning ahead of a deadline is due. */
  subtractWorkingTime(to: Date, ms: number): Date {
    assertDuration(ms);
    if (ms === 0) return to;
    let left = ms;
    for (let date = shanghaiDate(to); ; date = addDays(date, -1)) {
      const end = Math.min(this.closeOf(date).getTime(), to.getTime());
      const available = end - this.openingOf(date).getTime();
      if (available <= 0 || !this.isWorkingDay(date)) continue;
      if (left <= available) return new Date(end - left);
      left -= available;
    }
  }
}

/**
 * The years monitoring expects loaded at `now`: the current one, and from 1 November the
 * next. The notices of 2024–2026 came out between 25 October and 12 November, and a
 * two-day limit counted in late December already reaches into January; earlier in the year
 * the next year's absence is normal and reporting it would only train people to ignore it.
 */
export function yearsExpectedLoaded(now: Date): number[] {
  const today = shanghaiDate(now);
  const year = yearOf(today);
  return today.slice(5) >= nextYearWatchedFrom ? [year, year + 1] : [year];
}

export const nextYearWatchedFrom = '11-01';

function minuteOfDay(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) throw new RangeError(`office hours must be HH:MM, got ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function assertDuration(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a duration must be a finite, non-negative number of milliseconds, got ${ms}`);
}
