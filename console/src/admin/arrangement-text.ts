/**
 * The dates of an arrangement as an administrator types them from the notice: one per line or
 * separated by commas, a run of days as `2027-02-05~2027-02-11`. Pure, so it is unit-tested.
 */
import { dayNumber, fromDayNumber } from '../../../calendar/dates';

export interface ParsedDates {
  dates: string[];
  /** Pieces that are not a date or a run of dates, as typed. */
  unreadable: string[];
}

const longestRun = 366;

function dayOrNull(text: string): number | null {
  try {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dayNumber(text) : null;
  } catch {
    return null;
  }
}

export function parseDates(text: string): ParsedDates {
  const dates: string[] = [];
  const unreadable: string[] = [];
  for (const piece of text.split(/[\s,，、;；]+/).filter(Boolean)) {
    const [first, last, ...rest] = piece.split(/~|～|至/);
    const start = dayOrNull(first ?? '');
    const end = last === undefined ? start : dayOrNull(last);
    if (start === null || end === null || rest.length > 0 || end < start || end - start >= longestRun) {
      unreadable.push(piece);
      continue;
    }
    for (let day = start; day <= end; day++) dates.push(fromDayNumber(day));
  }
  return { dates, unreadable };
}

/** Dates back as text: consecutive days folded into runs, one piece a line. */
export function formatDates(dates: readonly string[]): string {
  const days = [...new Set(dates)].map(dayNumber).sort((a, b) => a - b);
  const pieces: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    pieces.push(i === j ? fromDayNumber(days[i]!) : `${fromDayNumber(days[i]!)}~${fromDayNumber(days[j]!)}`);
    i = j + 1;
  }
  return pieces.join('\n');
}
