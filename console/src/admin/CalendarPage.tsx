/**
 * 工作日历: a year as a calendar, the monitor's warning when a year deadlines will need is
 * missing (from 1 November the next one), the form that loads or corrects a year, and every
 * change of that year with who made it.
 */
import { Alert, Card, Col, Row, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { CalendarChange } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { today } from '../shared/today';
import { ArrangementForm } from './ArrangementForm';
import { useCalendarChanges, useCalendarHealth, useCalendarYear } from './queries';
import { YearCalendar } from './YearCalendar';

function difference(before: readonly string[] = [], after: readonly string[] = []) {
  return { added: after.filter((d) => !before.includes(d)), removed: before.filter((d) => !after.includes(d)) };
}

function ChangeSummary({ change }: { change: CalendarChange }) {
  const { t } = useI18n();
  if (!change.before) return <>{t('calendar.firstLoad')}：{t('calendar.summary', { holidays: change.after.holidays.length, makeup: change.after.makeupWorkdays.length })}</>;
  const off = difference(change.before.holidays, change.after.holidays);
  const on = difference(change.before.makeupWorkdays, change.after.makeupWorkdays);
  const line = (label: string, dates: string[]) => dates.length > 0 && <div key={label}>{label}：{dates.join('、')}</div>;
  return (
    <>
      {line(`${t('calendar.holiday')} ${t('calendar.added')}`, off.added)}
      {line(`${t('calendar.holiday')} ${t('calendar.removed')}`, off.removed)}
      {line(`${t('calendar.makeup')} ${t('calendar.added')}`, on.added)}
      {line(`${t('calendar.makeup')} ${t('calendar.removed')}`, on.removed)}
      {change.before.source !== change.after.source && <div>{t('calendar.source')}：{change.after.source ?? '—'}</div>}
    </>
  );
}

export default function CalendarPage() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const health = useCalendarHealth();
  const thisYear = Number(today().slice(0, 4));
  const year = Number(params.get('year')) || health.data?.missingUpcomingYears[0] || thisYear;
  const arrangement = useCalendarYear(year);
  const changes = useCalendarChanges(year);
  const title = t('nav.calendar');
  const years = [...new Set([...(health.data?.loadedYears ?? []), ...(health.data?.missingUpcomingYears ?? []), thisYear, thisYear + 1, year])].sort();
  const missing = health.data?.missingUpcomingYears ?? [];

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ title: t('nav.home'), to: '/' }, { title }]}
        extra={
          <Space>
            <Typography.Text id="calendar-year">{t('calendar.year')}</Typography.Text>
            <Select aria-labelledby="calendar-year" value={year} style={{ width: 110 }} onChange={(next: number) => setParams({ year: String(next) })} options={years.map((y) => ({ value: y, label: String(y) }))} />
          </Space>
        }
      />
      <div style={{ padding: '0 24px 24px' }}>
        {missing.length > 0 && <Alert type="warning" showIcon role="alert" message={t('calendar.missing', { years: missing.join('、') })} style={{ marginBottom: 16 }} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={16}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{year}</h2>}>
              {arrangement.data ? (
                <>
                  <Typography.Paragraph data-testid="calendar-summary">
                    {t('calendar.summary', { holidays: arrangement.data.holidays.length, makeup: arrangement.data.makeupWorkdays.length })}
                    {arrangement.data.source && ` · ${t('calendar.source')}：${arrangement.data.source}`}
                    {' · '}
                    {t('calendar.loaded', { by: arrangement.data.loadedBy, at: formatMoment(arrangement.data.loadedAt, locale) })}
                  </Typography.Paragraph>
                  <YearCalendar year={year} holidays={arrangement.data.holidays} makeupWorkdays={arrangement.data.makeupWorkdays} />
                </>
              ) : (
                arrangement.data === null && <Alert type="info" showIcon message={t('calendar.notLoaded', { year })} />
              )}
            </Card>
          </Col>
          <Col xs={24} xxl={8}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('calendar.load')}</h2>}>
              {arrangement.data !== undefined && (
                <ArrangementForm
                  key={`${year}/${arrangement.data?.loadedAt ?? 'none'}`}
                  initial={{ year, holidays: arrangement.data?.holidays ?? [], makeupWorkdays: arrangement.data?.makeupWorkdays ?? [], source: arrangement.data?.source ?? null }}
                  onSaved={(saved) => setParams({ year: String(saved) })}
                />
              )}
            </Card>
          </Col>
        </Row>
        <Card
          role="region"
          aria-labelledby="calendar-changes"
          title={
            <h2 id="calendar-changes" style={{ fontSize: 16, margin: 0 }}>
              {t('calendar.changes')}
            </h2>
          }
          style={{ marginTop: 16 }}
        >
          <Table<CalendarChange>
            rowKey="id"
            size="small"
            loading={changes.isPending}
            dataSource={changes.data?.items}
            pagination={false}
            columns={[
              { title: t('calendar.changedAt'), dataIndex: 'changedAt', render: (at: string) => formatMoment(at, locale), width: 160 },
              { title: t('calendar.changedBy'), dataIndex: 'changedBy', width: 160 },
              { title: t('calendar.change'), key: 'change', render: (_, change) => <ChangeSummary change={change} /> },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
