/** The calendar form's date text: dates and runs as typed from a notice, and back. */
import { describe, expect, it } from 'vitest';
import { formatDates, parseDates } from '../../console/src/admin/arrangement-text';

describe('the arrangement form’s dates', () => {
  it('reads dates one a line or separated by commas, and runs of days across a month’s end', () => {
    expect(parseDates('2027-01-01\n2027-01-30~2027-02-02， 2027-10-01、2027-10-02').dates).toEqual([
      '2027-01-01', '2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02', '2027-10-01', '2027-10-02',
    ]);
    expect(parseDates('  \n ')).toEqual({ dates: [], unreadable: [] });
  });

  it('gives back what it cannot read, as typed: no date, a day that does not exist, a reversed or endless run', () => {
    expect(parseDates('2027-02-30 明天 2027-02-10~2027-02-01 2027-01-01~2028-12-31 2027-1-1 2027-05-01').unreadable).toEqual([
      '2027-02-30', '明天', '2027-02-10~2027-02-01', '2027-01-01~2028-12-31', '2027-1-1',
    ]);
  });

  it('folds consecutive days back into runs, sorted and once each', () => {
    expect(formatDates(['2027-02-07', '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-05', '2027-10-01'])).toBe('2027-01-01\n2027-02-05~2027-02-07\n2027-10-01');
    expect(parseDates(formatDates(['2027-02-05', '2027-02-06'])).dates).toEqual(['2027-02-05', '2027-02-06']);
  });
});
