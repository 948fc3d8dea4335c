/** 超时与预警事项: each late matter with what it waits for and who holds each of its open tasks, linked to its audit. */
import { Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { LateMatter } from '../api/contract';
import { WorkflowLink } from '../admin/WorkflowLink';
import { useI18n } from '../i18n/i18n';
import { rolesOf, usePrincipal } from '../session/SessionContext';
import { formatMoment } from '../shared/format';
import { SlaTag } from '../shared/sla';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { useLateMatters } from './queries';

const lateStates = ['overdue', 'warned', 'unscheduled'] as const;

export function LateMattersTable({ kind }: { kind?: string }) {
  const { t, locale } = useI18n();
  const admin = rolesOf(usePrincipal()).has('admin');
  const list = useListParams(['slaState'] as const);
  const late = useLateMatters({ kind, slaState: list.filters.slaState, page: list.page, pageSize: list.pageSize });

  const columns: ColumnsType<LateMatter> = [
    { title: t('matters.id'), dataIndex: 'id', render: (id: string) => <Link to={`/matters/${encodeURIComponent(id)}`}>{id}</Link> },
    { title: t('matters.kind'), dataIndex: 'kind', render: (k: LateMatter['kind']) => t(`kind.${k}`) },
    { title: t('dashboard.waiting'), key: 'waiting', render: (_, matter) => matter.waitingFor?.title ?? t(`stage.${matter.status as 'reviewing'}`) },
    {
      title: t('matters.due'),
      key: 'due',
      render: (_, matter) => (
        <Space size={4} wrap>
          <span>{formatMoment(matter.sla.step?.due ?? matter.sla.matter?.due, locale)}</span>
          <SlaTag state={matter.sla.state} />
        </Space>
      ),
    },
    {
      title: t('dashboard.holders'),
      key: 'holders',
      render: (_, matter) =>
        matter.holders.length === 0 ? (
          t('dashboard.noHolder')
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {matter.holders.map((holder) => (
              <li key={`${holder.step}/${holder.organisation}`}>
                {holder.claimedBy ? t('dashboard.claimed', { login: holder.claimedBy, organisation: holder.organisation }) : t('dashboard.unclaimed', { organisation: holder.organisation })}
                <Typography.Text type="secondary"> · {t('dashboard.since', { at: formatMoment(holder.since, locale) })}</Typography.Text>
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, matter) => (
        <Space size={8} wrap>
          <Link to={`/audit?matterId=${encodeURIComponent(matter.id)}`} aria-label={`${t('dashboard.openAudit')} ${matter.id}`}>
            {t('dashboard.openAudit')}
          </Link>
          {admin && <WorkflowLink matterId={matter.id} />}
        </Space>
      ),
    },
  ];

  return (
    <section aria-labelledby="late-heading" style={{ background: '#fff', padding: 16, marginTop: 16 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <h2 id="late-heading" style={{ fontSize: 16, margin: 0 }}>
          {t('dashboard.lateList')}
        </h2>
        <Space>
          <FilterSelect
            id="late-state"
            label={t('dashboard.slaState')}
            value={list.filters.slaState}
            onChange={(slaState) => list.update({ filters: { slaState } })}
            options={lateStates.map((state) => ({ value: state, label: t(`sla.${state}`) }))}
          />
        </Space>
      </Space>
      <Table<LateMatter>
        rowKey="id"
        columns={columns}
        dataSource={late.data?.items}
        loading={late.isPending}
        pagination={listPagination(list, late.data?.total)}
      />
    </section>
  );
}
