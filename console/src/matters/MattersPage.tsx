/** 我的事项 (a unit's matters) or 事项 (an office's region): status, stage, due time and SLA colour, paged by the server. */
import { Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { matterKinds, matterStatus } from '@schemas/matter';
import type { MatterState } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { rolesOf, usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { SlaTag, StatusTag } from '../shared/sla';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { useMatters } from './queries';

const filterNames = ['kind', 'status'] as const;

export default function MattersPage() {
  const { t, locale } = useI18n();
  const clerk = rolesOf(usePrincipal()).has('unit-clerk');
  const list = useListParams(filterNames);
  const matters = useMatters({ ...list.filters, page: list.page, pageSize: list.pageSize });
  const title = t(clerk ? 'nav.myMatters' : 'nav.matters');

  const columns: ColumnsType<MatterState> = [
    { title: t('matters.id'), dataIndex: 'id', key: 'id', render: (id: string) => <Link to={`/matters/${encodeURIComponent(id)}`}>{id}</Link> },
    { title: t('matters.kind'), dataIndex: 'kind', key: 'kind', render: (kind: MatterState['kind']) => t(`kind.${kind}`) },
    { title: t('matters.status'), dataIndex: 'status', key: 'status', render: (status: MatterState['status']) => <StatusTag status={status} /> },
    { title: t('matters.stage'), key: 'stage', render: (_, matter) => matter.waitingFor?.title ?? t(`stage.${matter.status}`) },
    {
      title: t('matters.due'),
      key: 'due',
      render: (_, matter) => (
        <Space size={4}>
          <span>{formatMoment(matter.sla.step?.due ?? matter.sla.matter?.due, locale)}</span>
          <SlaTag state={matter.sla.state} />
        </Space>
      ),
    },
    { title: t('matters.submittedAt'), dataIndex: 'submittedAt', key: 'submittedAt', render: (at: string) => formatMoment(at, locale) },
  ];

  return (
    <>
      <PageHeader title={title} crumbs={[{ title: t('nav.home'), to: '/' }, { title }]} />
      <div style={{ padding: '0 24px 24px' }}>
        <Space wrap style={{ marginBottom: 16 }} aria-label={t('common.filters')} role="search">
          <FilterSelect
            id="filter-kind"
            label={t('matters.kind')}
            width={200}
            value={list.filters.kind}
            onChange={(kind) => list.update({ filters: { kind } })}
            options={matterKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          />
          <FilterSelect
            id="filter-status"
            label={t('matters.status')}
            value={list.filters.status}
            onChange={(status) => list.update({ filters: { status } })}
            options={matterStatus.options.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
        </Space>
        <Table<MatterState>
          rowKey="id"
          columns={columns}
          dataSource={matters.data?.items}
          loading={matters.isPending}
          pagination={listPagination(list, matters.data?.total)}
        />
      </div>
    </>
  );
}
