/**
 * Calendar dates as the forms carry them ('YYYY-MM-DD'), by arithmetic alone (no Date objects).
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year`; 0 for an out-of-range month. */
function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2 && isLeapYear(year)) return 29;
  return monthDays[month - 1] ?? 0;
}

/** True when year/month/day (1-based month) name a real Gregorian calendar date, year 1–9999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999) return false;
  const dim = daysInMonth(year, month);
  return dim > 0 && day >= 1 && day <= dim;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a 'YYYY-MM-DD' string naming a real calendar date. */
export function isValidIsoDate(value: string): boolean {
  const m = isoDatePattern.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 'YYYY-MM-DD' string that is a real calendar date. */
export const isoDate = z
  .string({ error: '日期必须为字符串 / date must be a string' })
  // What the checks below enforce, in the document's words: a real calendar date, YYYY-MM-DD.
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
  .superRefine((value, ctx) => {
    if (!isoDatePattern.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: '日期格式应为 YYYY-MM-DD / date must be formatted YYYY-MM-DD',
        input: value,
      });
      return;
    }
    if (!isValidIsoDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: '日期不存在 / date does not exist in the calendar',
        input: value,
      });
    }
  });
