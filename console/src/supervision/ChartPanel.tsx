/** A chart with its figures as a table beside it: the table is what a screen reader (and anyone checking a bar) reads. */
import { Card, Col, Empty, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { EChart, type ChartProps } from './EChart';

export interface ChartPanelProps<Row> extends Omit<ChartProps, 'label'> {
  title: string;
  rows: Row[];
  columns: ColumnsType<Row>;
  rowKey: keyof Row & string;
}

export function ChartPanel<Item extends object>({ title, rows, columns, rowKey, ...chart }: ChartPanelProps<Item>) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <Card
      role="region"
      aria-labelledby={headingId}
      title={
        <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </h2>
      }
      styles={{ body: { padding: 12 } }}
    >
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.empty')} />
      ) : (
        <Row gutter={12} align="middle">
          <Col xs={24} xxl={14}>
            <EChart label={`${title}. ${t('dashboard.chartNote')}`} {...chart} />
          </Col>
          <Col xs={24} xxl={10}>
            <Table<Item> size="small" rowKey={rowKey} columns={columns} dataSource={rows} pagination={false} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
