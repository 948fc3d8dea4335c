/** The dashboard's six figures — open matters by stage; on-time rates by kind, step and month; cards by step and month — each a chart with its table. */
import { Col, Row } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { useMemo } from 'react';
import type { Dashboard } from '../api/contract';
import { useI18n, type Translate } from '../i18n/i18n';
import { tagColours } from '../shared/sla';
import { stepLabel } from '../shared/labels';
import { ChartPanel } from './ChartPanel';
import type { Series } from './EChart';

type Rate = Pick<Dashboard['onTimeByKind'][number], 'closed' | 'late' | 'onTimeRate'>;
type Cards = Pick<Dashboard['cardsByStep'][number], 'yellow' | 'red'>;

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

function rateColumns<Row extends Rate>(t: Translate, first: ColumnType<Row>): ColumnsType<Row> {
  return [
    first,
    { title: t('dashboard.closed'), dataIndex: 'closed', align: 'right' },
    { title: t('dashboard.late'), dataIndex: 'late', align: 'right' },
    { title: t('dashboard.rate'), dataIndex: 'onTimeRate', align: 'right', render: percent },
  ];
}

function cardColumns<Row extends Cards>(t: Translate, first: ColumnType<Row>): ColumnsType<Row> {
  return [first, { title: t('dashboard.yellow'), dataIndex: 'yellow', align: 'right' }, { title: t('dashboard.red'), dataIndex: 'red', align: 'right' }];
}

export function DashboardCharts({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const stageName = (stage: string) => stepLabel(stage, t);
  const kindName = (kind: string) => t(`kind.${kind as 'hire'}`);
  const rateSeries = (rows: Rate[]): Series[] => [{ name: t('dashboard.rate'), values: rows.map((row) => row.onTimeRate), colour: tagColours.blue }];
  const cardSeries = (rows: Cards[]): Series[] => [
    { name: t('dashboard.yellow'), values: rows.map((row) => row.yellow), colour: '#d4a106', stack: 'cards' },
    { name: t('dashboard.red'), values: rows.map((row) => row.red), colour: tagColours.red, stack: 'cards' },
  ];
  // Stable arrays, so a chart is drawn again only when its figures change.
  const charts = useMemo(
    () => ({
      stages: data.openByStage.map((row) => stageName(row.stage)),
      open: [
        { name: t('dashboard.onTime'), values: data.openByStage.map((row) => row.open - row.warned - row.overdue), colour: tagColours.green, stack: 'open' },
        { name: t('dashboard.warned'), values: data.openByStage.map((row) => row.warned), colour: '#d4a106', stack: 'open' },
        { name: t('dashboard.overdue'), values: data.openByStage.map((row) => row.overdue), colour: tagColours.red, stack: 'open' },
      ],
      kinds: data.onTimeByKind.map((row) => kindName(row.kind)),
      byKind: rateSeries(data.onTimeByKind),
      steps: data.onTimeByStep.map((row) => stageName(row.step)),
      byStep: rateSeries(data.onTimeByStep),
      months: data.onTimeByMonth.map((row) => row.month),
      byMonth: rateSeries(data.onTimeByMonth).map((s) => ({ ...s, line: true })),
      cardSteps: data.cardsByStep.map((row) => stageName(row.step)),
      cardsByStep: cardSeries(data.cardsByStep),
      cardMonths: data.cardsByMonth.map((row) => row.month),
      cardsByMonth: cardSeries(data.cardsByMonth),
    }),
    // The labels follow t, the figures data; the helpers above are made from those two alone.
    [data, t],
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartPanel
          title={t('dashboard.openByStage')}
          categories={charts.stages}
          series={charts.open}
          rows={data.openByStage}
          rowKey="stage"
          columns={[
            { title: t('dashboard.stage'), dataIndex: 'stage', render: stageName },
            { title: t('dashboard.open'), dataIndex: 'open', align: 'right' },
            { title: t('dashboard.warned'), dataIndex: 'warned', align: 'right' },
            { title: t('dashboard.overdue'), dataIndex: 'overdue', align: 'right' },
          ]}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title={t('dashboard.onTimeByKind')} categories={charts.kinds} series={charts.byKind} percent rows={data.onTimeByKind} rowKey="kind" columns={rateColumns<Dashboard['onTimeByKind'][number]>(t, { title: t('dashboard.kind'), dataIndex: 'kind', render: kindName })} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title={t('dashboard.onTimeByStep')} categories={charts.steps} series={charts.byStep} percent rows={data.onTimeByStep} rowKey="step" columns={rateColumns<Dashboard['onTimeByStep'][number]>(t, { title: t('dashboard.step'), dataIndex: 'step', render: stageName })} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title={t('dashboard.onTimeByMonth')} categories={charts.months} series={charts.byMonth} percent rows={data.onTimeByMonth} rowKey="month" columns={rateColumns<Dashboard['onTimeByMonth'][number]>(t, { title: t('dashboard.month'), dataIndex: 'month' })} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title={t('dashboard.cardsByStep')} categories={charts.cardSteps} series={charts.cardsByStep} rows={data.cardsByStep} rowKey="step" columns={cardColumns<Dashboard['cardsByStep'][number]>(t, { title: t('dashboard.step'), dataIndex: 'step', render: stageName })} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartPanel title={t('dashboard.cardsByMonth')} categories={charts.cardMonths} series={charts.cardsByMonth} rows={data.cardsByMonth} rowKey="month" columns={cardColumns<Dashboard['cardsByMonth'][number]>(t, { title: t('dashboard.month'), dataIndex: 'month' })} />
      </Col>
    </Row>
  );
}
