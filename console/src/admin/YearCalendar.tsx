/**
 * A year as twelve month tables: days off red and marked 休, make-up working days blue and
 * marked 班, weekends grey — the marks say it without colour, and each table is captioned.
 */
import { Col, Row } from 'antd';
import { dayNumber, fromDayNumber, weekdayOf } from '../../../calendar/dates';
import { useI18n } from '../i18n/i18n';

const styles = {
  holiday: { background: '#a8071a', color: '#fff' },
  makeup: { background: '#1d5fbf', color: '#fff' },
  weekend: { color: '#595959', background: '#f0f0f0' },
  workday: {},
} as const;
type DayKind = keyof typeof styles;

function weeksOf(year: number, month: number): (string | null)[][] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const start = dayNumber(first);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(weekdayOf(first) - 1).fill(null), ...Array.from({ length: days }, (_, i) => fromDayNumber(start + i))];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export function YearCalendar({ year, holidays, makeupWorkdays }: { year: number; holidays: readonly string[]; makeupWorkdays: readonly string[] }) {
  const { t } = useI18n();
  const off = new Set(holidays);
  const on = new Set(makeupWorkdays);
  const kindOf = (date: string): DayKind => (off.has(date) ? 'holiday' : on.has(date) ? 'makeup' : weekdayOf(date) >= 6 ? 'weekend' : 'workday');
  const mark: Partial<Record<DayKind, string>> = { holiday: t('calendar.holiday'), makeup: t('calendar.makeup') };
  const weekdays = t('calendar.weekdays').split(',');

  return (
    <Row gutter={[16, 16]} data-testid="year-calendar">
      {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
        <Col key={month} xs={24} sm={12} lg={8} xl={6}>
          <table style={{ width: '100%', borderCollapse: 'collapse', background: '#fff', fontSize: 12, textAlign: 'center' }}>
            <caption style={{ fontWeight: 600, textAlign: 'left', padding: '4px 0' }}>{t('calendar.month', { month })}</caption>
            <thead>
              <tr>
                {weekdays.map((day) => (
                  <th key={day} scope="col" style={{ fontWeight: 500, padding: 2 }}>
                    {day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeksOf(year, month).map((week, index) => (
                <tr key={index}>
                  {week.map((date, day) =>
                    date ? (
                      <td key={date} data-date={date} data-kind={kindOf(date)} title={mark[kindOf(date)]} style={{ ...styles[kindOf(date)], padding: '3px 0', border: '1px solid #fff' }}>
                        {Number(date.slice(8))}
                        {mark[kindOf(date)] && <span style={{ fontSize: 9, marginInlineStart: 1 }}>{t(kindOf(date) === 'holiday' ? 'calendar.markOff' : 'calendar.markOn')}</span>}
                      </td>
                    ) : (
                      <td key={`empty-${day}`} />
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Col>
      ))}
    </Row>
  );
}
