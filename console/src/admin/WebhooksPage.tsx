/** Webhook 投递: deliveries to backend teams' endpoints, the failed ones first to hand, each sent again with one click. */
import { App, Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Delivery } from '../api/contract';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { tagColours } from '../shared/sla';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { useDeliveries, useReplay } from './queries';

const statuses = ['failed', 'pending', 'delivered'] as const;
const statusColours: Record<Delivery['status'], string> = { failed: tagColours.red, pending: tagColours.blue, delivered: tagColours.green };

export default function WebhooksPage() {
  const { t, locale, bi } = useI18n();
  const { message } = App.useApp();
  const list = useListParams(['status', 'type', 'matterId'] as const);
  // Failed deliveries are what an administrator comes for; 全部 is one choice away.
  const status = list.filters.status ?? 'failed';
  const deliveries = useDeliveries({ ...list.filters, status: status === 'all' ? undefined : status, page: list.page, pageSize: list.pageSize });
  const replay = useReplay();
  const title = t('nav.webhooks');

  const send = async (delivery: Delivery) => {
    try {
      await replay.mutateAsync(delivery.id);
      void message.success(t('webhooks.replayed'));
    } catch (error) {
      void message.error(error instanceof ApiError ? bi(error.message) : t('common.loadFailed'));
    }
  };

  const columns: ColumnsType<Delivery> = [
    { title: t('webhooks.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatMoment(at, locale), width: 150 },
    { title: t('audit.matterId'), dataIndex: 'matterId', render: (id: string) => <Link to={`/matters/${encodeURIComponent(id)}`}>{id}</Link> },
    { title: t('webhooks.type'), key: 'type', render: (_, d) => `${d.type} · ${d.event}` },
    { title: t('webhooks.status'), dataIndex: 'status', render: (s: Delivery['status']) => <Tag color={statusColours[s]}>{t(`webhooks.status.${s}`)}</Tag> },
    { title: t('webhooks.attempts'), dataIndex: 'attempts', align: 'right' },
    { title: t('webhooks.lastError'), dataIndex: 'lastError', render: (error: string | null) => error ?? '—', ellipsis: true },
    { title: t('webhooks.deliveredAt'), dataIndex: 'deliveredAt', render: (at: string | null) => formatMoment(at, locale), width: 150 },
    {
      title: t('common.actions'),
      key: 'replay',
      render: (_, d) =>
        d.status !== 'pending' && (
          <Button size="small" onClick={() => void send(d)} loading={replay.isPending && replay.variables === d.id} aria-label={`${t('webhooks.replay')} ${d.id}`}>
            {t('webhooks.replay')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={title} crumbs={[{ title: t('nav.home'), to: '/' }, { title }]} />
      <div style={{ padding: '0 24px 24px' }}>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
          <FilterSelect
            id="delivery-status"
            label={t('webhooks.status')}
            width={140}
            clearable={false}
            value={status}
            onChange={(next) => list.update({ filters: { status: next } })}
            options={[...statuses.map((s) => ({ value: s, label: t(`webhooks.status.${s}`) })), { value: 'all', label: t('common.all') }]}
          />
          <FilterSelect
            id="delivery-type"
            label={t('webhooks.type')}
            value={list.filters.type}
            onChange={(type) => list.update({ filters: { type } })}
            options={['matter.status', 'sla.card'].map((type) => ({ value: type, label: type }))}
          />
        </Space>
        <Table<Delivery>
          rowKey="id"
          columns={columns}
          dataSource={deliveries.data?.items}
          loading={deliveries.isPending}
          pagination={listPagination(list, deliveries.data?.total)}
        />
      </div>
    </>
  );
}
