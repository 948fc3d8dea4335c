/**
 * The working-day calendar against the State Council's arrangements as the reference lists
 * them. The expectations come from the reference text itself, parsed here with its own date
 * walk, so a slip in the seed or in the calendar's arithmetic cannot confirm itself.
 */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../calendar/dates';
import { yearArrangement } from '../../calendar/schema';
import { seedYears } from '../../calendar/seed';
import { WorkingCalendar, YearNotLoaded, yearsExpectedLoaded, type YearArrangement } from '../../calendar/working-days';

// Copied from shared/reference/holidays-cn.md.
const reference = `
## 2024 (notice of 2023-10-25)
- off: 01-01; 02-10..02-17; 04-04..04-06; 05-01..05-05; 06-10; 09-15..09-17; 10-01..10-07
- make-up working days: 02-04 (Sun), 02-18 (Sun), 04-07 (Sun), 04-28 (Sun), 05-11 (Sat), 09-14 (Sat), 09-29 (Sun), 10-12 (Sat)

## 2025 (国办发明电〔2024〕12号, 2024-11-12)
- off: 01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08
- make-up working days: 01-26 (Sun), 02-08 (Sat), 04-27 (Sun), 09-28 (Sun), 10-11 (Sat)

## 2026 (notice of 2025-11-04)
- off: 01-01..01-03; 02-15..02-23; 04-04..04-06; 05-01..05-05; 06-19..06-21; 09-25..09-27; 10-01..10-07
- make-up working days: 01-04 (Sun), 02-14 (Sat), 02-28 (Sat), 05-09 (Sat), 09-20 (Sun), 10-10 (Sat)
`;

const dayMs = 86_400_000;
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const weekdayName = (date: string) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${date}T00:00:00Z`).getUTCDay()];

interface ReferenceYear {
  year: number;
  off: string[];
  makeup: { date: string; weekday: string }[];
}

function parseReference(text: string): ReferenceYear[] {
  return text
    .split(/^## /m)
    .filter((section) => /^\d{4}/.test(section))
    .map((section) => {
      const year = Number(section.slice(0, 4));
      const off = /^- off: (.+)$/m.exec(section)![1]!.split('; ').flatMap((range) => {
        const [first, last = first] = range.split('..');
        const days: string[] = [];
        for (let t = Date.parse(`${year}-${first}T00:00:00Z`); t <= Date.parse(`${year}-${last}T00:00:00Z`); t += dayMs) days.push(isoOf(t));
        return days;
      });
      const makeup = /^- make-up working days: (.+)$/m
        .exec(section)![1]!
        .split(', ')
        .map((entry) => {
          const [, day, weekday] = /^(\d\d-\d\d) \((\w{3})\)$/.exec(entry)!;
          return { date: `${year}-${day}`, weekday: weekday! };
        });
      return { year, off, makeup };
    });
}

const referenceYears = parseReference(reference);
const calendar = new WorkingCalendar(seedYears);
const at = (shanghaiWallClock: string) => new Date(`${shanghaiWallClock}+08:00`);
const hours = (h: number) => h * 3_600_000;

function yearNotLoadedBy(action: () => unknown): number {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(YearNotLoaded);
    expect((error as Error).message).toMatch(/尚未载入 \/ .*not loaded/);
    return (error as YearNotLoaded).year;
  }
  throw new Error('expected YearNotLoaded');
}

describe('the seeded arrangements', () => {
  it('parse from the reference into three years with the expected number of dates', () => {
    expect(referenceYears.map(({ year, off, makeup }) => [year, off.length, makeup.length])).toEqual([
      [2024, 28, 8],
      [2025, 28, 5],
      [2026, 33, 6],
    ]);
  });

  it.each(referenceYears)('$year holds exactly the reference dates, and every make-up day falls on the weekday the notice names', ({ year, off, makeup }) => {
    const seeded = seedYears.find((seed) => seed.year === year)!;
    expect([...seeded.holidays].sort()).toEqual([...off].sort());
    expect([...seeded.makeupWorkdays].sort()).toEqual(makeup.map((m) => m.date).sort());
    for (const { date, weekday } of makeup) expect(weekdayName(date), date).toBe(weekday);
    expect(yearArrangement.safeParse(seeded).success).toBe(true);
  });

  it.each(referenceYears)('$year: every holiday is off, every make-up day is worked, every other day follows the weekday', ({ year, off, makeup }) => {
    const offDays = new Set(off);
    const makeupDays = new Set(makeup.map((m) => m.date));
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += dayMs) {
      const date = isoOf(t);
      const weekday = new Date(t).getUTCDay();
      const expected = makeupDays.has(date) || (!offDays.has(date) && weekday >= 1 && weekday <= 5);
      expect(calendar.isWorkingDay(date), date).toBe(expected);
    }
  });

  it('spot-checks ordinary days, weekends inside a holiday and make-up weekends', () => {
    expect(calendar.isWorkingDay('2026-03-11')).toBe(true); // an ordinary Wednesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // an ordinary Sunday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // a Monday of the Spring Festival
    expect(calendar.isWorkingDay('2026-01-03')).toBe(false); // a Saturday inside New Year
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true); // the Sunday worked for it
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // National Day and Mid-Autumn 2025 run to the 8th
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
  });
});

describe('addWorkingDays: the Nth working day strictly after a date', () => {
  it('reproduces the worked examples of the reference', () => {
    expect(calendar.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // make-up Sunday
    expect(calendar.addWorkingDays('2026-09-18', 2)).toBe('2026-09-21');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14'); // make-up Saturday
  });

  it('jumps the Spring Festival and counts through the turn of the year', () => {
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-01-26'); // the make-up Sunday before 春节 2025
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // New Year 2026, then its make-up Sunday
    expect(calendar.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => calendar.addWorkingDays('2026-03-02', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('throws YearNotLoaded with the year when the count leaves the loaded years, never guessing a weekday', () => {
    expect(calendar.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(yearNotLoadedBy(() => calendar.addWorkingDays('2026-12-30', 2))).toBe(2027);
    expect(yearNotLoadedBy(() => calendar.isWorkingDay('2027-01-04'))).toBe(2027);
    expect(yearNotLoadedBy(() => calendar.isWorkingDay('2023-12-29'))).toBe(2023);
    // Counting after a day of an unloaded year needs only the days counted.
    expect(calendar.addWorkingDays('2023-12-31', 1)).toBe('2024-01-02');
  });
});

describe('deadlineFor: close of office on the last working day, counted from the day after submission', () => {
  it('gives the worked examples at 17:30 Shanghai time', () => {
    expect(calendar.deadlineFor(at('2026-09-18T10:00'), 2)).toEqual(at('2026-09-21T17:30'));
    expect(calendar.deadlineFor(at('2026-09-30T10:00'), 2)).toEqual(at('2026-10-09T17:30'));
    expect(calendar.deadlineFor(at('2026-02-13T10:00'), 1)).toEqual(at('2026-02-14T17:30'));
  });

  it('counts a submission at 17:29 on that day and one at 17:31 (or at 17:30 sharp) on the next working day', () => {
    expect(calendar.effectiveSubmissionDay(at('2026-09-18T17:29'))).toBe('2026-09-18');
    expect(calendar.deadlineFor(at('2026-09-18T17:29'), 2)).toEqual(at('2026-09-21T17:30'));
    expect(calendar.effectiveSubmissionDay(at('2026-09-18T17:30'))).toBe('2026-09-20');
    expect(calendar.effectiveSubmissionDay(at('2026-09-18T17:31'))).toBe('2026-09-20');
    expect(calendar.deadlineFor(at('2026-09-18T17:31'), 2)).toEqual(at('2026-09-22T17:30'));
    // Before office hours open the day still counts: counting starts the next day either way.
    expect(calendar.effectiveSubmissionDay(at('2026-03-11T07:00'))).toBe('2026-03-11');
    expect(calendar.deadlineFor(at('2026-03-11T07:00'), 1)).toEqual(at('2026-03-12T17:30'));
  });

  it('counts a submission on a holiday as made on the next working day', () => {
    expect(calendar.effectiveSubmissionDay(at('2026-10-03T10:00'))).toBe('2026-10-08');
    expect(calendar.deadlineFor(at('2026-10-03T10:00'), 2)).toEqual(at('2026-10-10T17:30')); // the make-up Saturday
    expect(calendar.deadlineFor(at('2026-03-07T10:00'), 1)).toEqual(at('2026-03-10T17:30')); // an ordinary Saturday
  });

  it('treats a make-up Saturday as the working day it is', () => {
    expect(calendar.effectiveSubmissionDay(at('2026-02-14T10:00'))).toBe('2026-02-14');
    expect(calendar.deadlineFor(at('2026-02-14T10:00'), 1)).toEqual(at('2026-02-24T17:30'));
    expect(calendar.deadlineFor(at('2026-02-28T16:00'), 1)).toEqual(at('2026-03-02T17:30'));
    expect(calendar.deadlineFor(at('2026-02-14T18:00'), 1)).toEqual(at('2026-02-25T17:30'));
  });

  it('carries a matter across the Spring Festival and National Day 2026', () => {
    expect(calendar.deadlineFor(at('2026-02-13T10:00'), 2)).toEqual(at('2026-02-24T17:30'));
    expect(calendar.deadlineFor(at('2026-02-13T17:31'), 2)).toEqual(at('2026-02-25T17:30'));
    expect(calendar.deadlineFor(at('2026-09-30T17:31'), 2)).toEqual(at('2026-10-10T17:30'));
    expect(calendar.deadlineFor(at('2026-09-29T10:00'), 2)).toEqual(at('2026-10-08T17:30'));
  });

  it('reports the year a deadline would fall in when it is not loaded', () => {
    expect(yearNotLoadedBy(() => calendar.deadlineFor(at('2026-12-31T10:00'), 1))).toBe(2027);
    expect(yearNotLoadedBy(() => calendar.deadlineFor(at('2027-03-01T10:00'), 1))).toBe(2027);
  });

  it('follows configured office hours', () => {
    const early = new WorkingCalendar(seedYears, { opens: '08:30', closes: '17:00' });
    expect(early.deadlineFor(at('2026-09-18T16:59'), 2)).toEqual(at('2026-09-21T17:00'));
    expect(early.deadlineFor(at('2026-09-18T17:10'), 2)).toEqual(at('2026-09-22T17:00'));
    expect(() => new WorkingCalendar(seedYears, { opens: '17:30', closes: '09:00' })).toThrow(RangeError);
    expect(() => new WorkingCalendar(seedYears, { opens: '9:00', closes: '17:30' })).toThrow(RangeError);
    expect(() => new WorkingCalendar([...seedYears, seedYears[0]!])).toThrow(RangeError);
  });
});

describe('office time between instants, and a clock that stops and resumes', () => {
  it('counts only office hours of working days', () => {
    expect(calendar.workingTimeBetween(at('2026-09-11T16:00'), at('2026-09-14T10:00'))).toBe(hours(2.5)); // Fri → Mon
    expect(calendar.workingTimeBetween(at('2026-09-14T10:00'), at('2026-09-11T16:00'))).toBe(-hours(2.5));
    expect(calendar.workingTimeBetween(at('2026-09-14T10:00'), at('2026-09-14T11:15'))).toBe(hours(1.25));
    expect(calendar.workingTimeBetween(at('2026-09-14T18:00'), at('2026-09-15T08:59'))).toBe(0);
    expect(calendar.workingTimeBetween(at('2026-09-30T17:30'), at('2026-10-08T09:00'))).toBe(0); // National Day
    expect(calendar.workingTimeBetween(at('2026-09-18T12:00'), at('2026-09-21T12:00'))).toBe(hours(5.5 + 8.5 + 3)); // make-up Sunday in between
  });

  it('throws YearNotLoaded for office hours in a year that is not loaded', () => {
    expect(yearNotLoadedBy(() => calendar.workingTimeBetween(at('2026-12-31T10:00'), at('2027-01-04T10:00')))).toBe(2027);
  });

  it('resumes a stopped clock with the office time that remained', () => {
    const deadline = calendar.deadlineFor(at('2026-09-30T10:00'), 2);
    const left = calendar.remainingWorkingTime(at('2026-10-08T12:00'), deadline);
    expect(left).toBe(hours(5.5 + 8.5));
    // A correction that took a week: the clock resumes Thursday morning with 14 office hours left.
    expect(calendar.addWorkingTime(at('2026-10-15T09:00'), left)).toEqual(at('2026-10-16T14:30'));
    // Resubmitted in the evening, the clock starts at the next opening.
    expect(calendar.addWorkingTime(at('2026-10-15T20:00'), left)).toEqual(at('2026-10-19T14:30'));
    expect(calendar.remainingWorkingTime(at('2026-10-10T09:00'), deadline)).toBe(0);
    expect(calendar.remainingWorkingTime(at('2026-09-30T20:00'), deadline)).toBe(hours(17));
  });

  it('adds back exactly the time it measured, ending at the close of office rather than the next opening', () => {
    const deadline = at('2026-02-24T17:30');
    for (const stop of ['2026-02-13T09:00', '2026-02-13T17:29', '2026-02-14T12:00', '2026-02-24T09:00']) {
      expect(calendar.addWorkingTime(at(stop), calendar.remainingWorkingTime(at(stop), deadline)), stop).toEqual(deadline);
    }
    expect(calendar.addWorkingTime(at('2026-02-13T20:00'), 0)).toEqual(at('2026-02-13T20:00'));
    expect(() => calendar.addWorkingTime(at('2026-02-13T10:00'), -1)).toThrow(RangeError);
    expect(yearNotLoadedBy(() => calendar.addWorkingTime(at('2026-12-31T10:00'), hours(8)))).toBe(2027);
  });

  it('finds the instant a given office time before a deadline, for warnings ahead of it', () => {
    const deadline = at('2026-10-09T17:30');
    expect(calendar.subtractWorkingTime(deadline, hours(4))).toEqual(at('2026-10-09T13:30'));
    expect(calendar.subtractWorkingTime(deadline, hours(10))).toEqual(at('2026-10-08T16:00'));
    expect(calendar.subtractWorkingTime(deadline, hours(8.5 + 8.5 + 1))).toEqual(at('2026-09-30T16:30')); // back over National Day
    expect(calendar.subtractWorkingTime(at('2026-09-14T10:00'), hours(2))).toEqual(at('2026-09-11T16:30'));
    expect(calendar.workingTimeBetween(calendar.subtractWorkingTime(deadline, hours(10)), deadline)).toBe(hours(10));
  });
});

describe('yearsExpectedLoaded: what monitoring expects', () => {
  it('expects the current year, and from 1 November Shanghai time the next one too', () => {
    expect(yearsExpectedLoaded(at('2026-06-01T12:00'))).toEqual([2026]);
    expect(yearsExpectedLoaded(at('2026-10-31T23:59'))).toEqual([2026]);
    expect(yearsExpectedLoaded(new Date('2026-10-31T16:00:00Z'))).toEqual([2026, 2027]); // already 1 November in Shanghai
    expect(yearsExpectedLoaded(at('2026-12-31T23:59'))).toEqual([2026, 2027]);
    expect(yearsExpectedLoaded(new Date('2026-12-31T16:00:00Z'))).toEqual([2027]);
  });
});

describe('yearArrangement: what an administrator may load', () => {
  const problemsOf = (arrangement: YearArrangement) => {
    const parsed = yearArrangement.safeParse(arrangement);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a plausible year', () => {
    expect(problemsOf({ year: 2027, holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-09'] })).toEqual([]);
  });

  it('reports every problem at once, in both languages', () => {
    const problems = problemsOf({
      year: 2027,
      holidays: ['2027-01-01', '2027-01-01', '2028-01-03', '2027-02-30'],
      makeupWorkdays: ['2027-01-04', '2027-01-02', '2027-01-01'],
    });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'holidays.3',
      'holidays.1',
      'holidays.2',
      'makeupWorkdays.0',
      'makeupWorkdays.2',
      'makeupWorkdays.2',
    ]);
    for (const problem of problems) expect(problem).toMatch(/[\u4e00-\u9fff].* \/ [a-zA-Z0-9]/);
  });

  it('rejects a year outside 2000–2099', () => {
    expect(problemsOf({ year: 1999, holidays: [], makeupWorkdays: [] })).toHaveLength(1);
  });
});

describe('dates', () => {
  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2026-02-29')).toThrow(RangeError);
    expect(() => dayNumber('2026-2-1')).toThrow(RangeError);
    expect(dayNumber('2024-02-29') - dayNumber('2024-02-28')).toBe(1);
  });
});
