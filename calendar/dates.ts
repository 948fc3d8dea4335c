/**
 * Calendar dates and the Asia/Shanghai clock, as plain arithmetic.
 *
 * Imported by Temporal workflow code, so it stays pure: no I/O, no Date.now(), no Node
 * built-ins. China has kept UTC+8 without daylight saving since 1991, so a fixed offset is
 * exact for every date this service can meet and spares the sandbox a time-zone database.
 */

/** A calendar date 'YYYY-MM-DD' in Asia/Shanghai. */
export type IsoDate = string;

const dayMs = 86_400_000;
const minuteMs = 60_000;
export const shanghaiOffsetMs = 8 * 60 * minuteMs;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; a RangeError for anything that is not a real 'YYYY-MM-DD'. */
export function dayNumber(date: IsoDate): number {
  const match = isoDatePattern.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    // Date.UTC rolls 02-30 over into March; only a date that round-trips exists.
    if (fromDayNumber(time / dayMs) === date && year >= 1000) return time / dayMs;
  }
  throw new RangeError(`日期无效 / not a real YYYY-MM-DD date: ${date}`);
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function yearOf(date: IsoDate): number {
  dayNumber(date);
  return Number(date.slice(0, 4));
}

/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

/** The Shanghai calendar date an instant falls on. */
export function shanghaiDate(instant: Date): IsoDate {
  return fromDayNumber(Math.floor((instant.getTime() + shanghaiOffsetMs) / dayMs));
}

/** The instant of a Shanghai wall-clock time, given in minutes after midnight. */
export function shanghaiInstant(date: IsoDate, minuteOfDay: number): Date {
  return new Date(dayNumber(date) * dayMs + minuteOfDay * minuteMs - shanghaiOffsetMs);
}
