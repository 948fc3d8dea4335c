/**
 * 业务监测: the region's figures at a glance for its supervisors (every region for an
 * administrator), over a period and for one kind of matter or all, and the late matters with
 * who holds them. Scoping is the API's: the page shows what the API answers the caller.
 */
import { Alert, Spin } from 'antd';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../shell/PageHeader';
import { startOfYear, today } from '../shared/today';
import { useListParams } from '../shared/url-filters';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { LateMattersTable } from './LateMattersTable';
import { useDashboard } from './queries';

export default function DashboardPage() {
  const { t, bi } = useI18n();
  const list = useListParams(['from', 'to', 'kind'] as const);
  const filter = { from: list.filters.from ?? startOfYear(), to: list.filters.to ?? today(), kind: list.filters.kind };
  const dashboard = useDashboard(filter);
  const problem = dashboard.error instanceof ApiError ? (dashboard.error.body?.problems?.map((p) => bi(p.message)).join('；') ?? bi(dashboard.error.message)) : undefined;
  const title = t('nav.supervision');

  return (
    <>
      <PageHeader title={title} crumbs={[{ title: t('nav.home'), to: '/' }, { title }]}>
        <div style={{ marginTop: 12 }}>
          <DashboardFilters key={`${filter.from}/${filter.to}/${filter.kind ?? ''}`} value={filter} onChange={(next) => list.update({ filters: { from: next.from, to: next.to, kind: next.kind } })} />
        </div>
      </PageHeader>
      <div style={{ padding: '0 24px 24px' }}>
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
        {dashboard.data ? <DashboardCharts data={dashboard.data} /> : dashboard.isPending && <Spin />}
        <LateMattersTable kind={filter.kind} />
      </div>
    </>
  );
}
