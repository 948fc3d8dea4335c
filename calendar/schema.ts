/**
 * What an administrator may load as a year's arrangement. The checks catch the slips a
 * notice is copied with (a date of the wrong year, a day both off and on, a make-up day on
 * a weekday, a date typed twice) before they move anyone's deadline.
 */
import { z } from 'zod';
import { isoDate, isValidIsoDate } from '../schemas/dates';
import { isWeekend } from './dates';

export const calendarYear = z.coerce
  .number({ error: '年份应为数字 / the year must be a number' })
  .int('年份应为整数 / the year must be a whole number')
  .min(2000, '年份应在 2000–2099 之间 / the year must lie between 2000 and 2099')
  .max(2099, '年份应在 2000–2099 之间 / the year must lie between 2000 and 2099')
  .describe('年份 / year');

const dateList = z.array(isoDate).max(366, '不能超过 366 天 / at most 366 dates');

export const yearArrangement = z
  .object({
    year: calendarYear,
    holidays: dateList.describe('放假日期 (含假期内的周末) / dates off, weekends inside a holiday included'),
    makeupWorkdays: dateList.describe('调休上班日期 (周末上班) / weekend dates that are working days'),
  })
  .superRefine(({ year, holidays, makeupWorkdays }, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // A malformed date already has its own issue; this refinement still runs, so it skips them.
    // Read from the text: the calendar's arithmetic (yearOf) refuses years it cannot count, such as 0933.
    const outsideYear = (date: string) => Number.isInteger(year) && Number(date.slice(0, 4)) !== year;
    const seenHolidays = new Set<string>();
    holidays.forEach((date, index) => {
      if (!isValidIsoDate(date)) return;
      if (outsideYear(date)) problem(['holidays', index], `日期不在 ${year} 年内 / ${date} is not in ${year}`);
      if (seenHolidays.has(date)) problem(['holidays', index], `日期重复 / ${date} is listed twice`);
      seenHolidays.add(date);
    });
    const seenMakeup = new Set<string>();
    makeupWorkdays.forEach((date, index) => {
      if (!isValidIsoDate(date)) return;
      // Outside the year there is nothing more to check (nor a weekday to compute: the calendar's arithmetic knows its own years only).
      if (outsideYear(date)) return problem(['makeupWorkdays', index], `日期不在 ${year} 年内 / ${date} is not in ${year}`);
      if (seenMakeup.has(date)) problem(['makeupWorkdays', index], `日期重复 / ${date} is listed twice`);
      seenMakeup.add(date);
      if (!isWeekend(date)) problem(['makeupWorkdays', index], `调休上班日应为周六或周日 / ${date} is a weekday; a make-up working day falls on a weekend`);
      if (seenHolidays.has(date)) problem(['makeupWorkdays', index], `同一天不能既放假又上班 / ${date} is also listed as a holiday`);
    });
  });

export type YearArrangementInput = z.input<typeof yearArrangement>;
