/**
 * 待办: the steps waiting for the person's organisations and roles (and a unit's corrections),
 * soonest due first, with the SLA colour and the office time left; filters and page in the URL;
 * claim and release in the row.
 */
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { matterKinds, slaState } from '@schemas/matter';
import type { Task } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { stepLabel } from '../shared/labels';
import { Countdown, SlaTag, tagColours } from '../shared/sla';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { useClaim, useTasks } from './queries';

const filterNames = ['kind', 'step', 'slaState', 'claimed'] as const;
const steps = ['competent', 'hall', 'countersign-1', 'countersign-2', 'countersign-3', 'correction', 'rectification'] as const;
const claimedValues = ['mine', 'unclaimed', 'others'] as const;

/** Where a task is worked on: a reviewer's decision page, the unit's correction of its form, or a 差评's rectification on its matter's page. */
export const taskPath = (task: Pick<Task, 'id' | 'step' | 'matterId'>) => {
  const matter = `/matters/${encodeURIComponent(task.matterId)}`;
  if (task.step === 'correction') return `${matter}/correct`;
  return task.step === 'rectification' ? matter : `/inbox/${encodeURIComponent(task.id)}`;
};

export default function InboxPage() {
  const { t, bi, locale } = useI18n();
  const principal = usePrincipal();
  const list = useListParams(filterNames);
  const tasks = useTasks({ ...list.filters, page: list.page, pageSize: list.pageSize });
  const claim = useClaim();
  const decided = (useLocation().state as { notice?: string } | null)?.notice === 'decided';
  useEffect(() => {
    // From the page's navigation to the first render with the tasks: the console's budget, which the browser suite prints.
    if (tasks.data && !performance.getEntriesByName('inbox-rendered').length) performance.measure('inbox-rendered', { start: 0, end: performance.now() });
  }, [tasks.data]);

  const columns: ColumnsType<Task> = [
    { title: t('inbox.matter'), key: 'matter', render: (_, task) => <Link to={taskPath(task)}>{task.matterId}</Link> },
    { title: t('matters.kind'), dataIndex: 'kind', key: 'kind', render: (kind: Task['kind']) => t(`kind.${kind}`) },
    { title: t('inbox.step'), key: 'step', render: (_, task) => task.title || stepLabel(task.step, t) },
    { title: t('inbox.due'), key: 'due', render: (_, task) => formatMoment(task.due, locale) },
    { title: t('inbox.timeLeft'), key: 'left', render: (_, task) => <Countdown due={task.due} /> },
    { title: t('inbox.sla'), key: 'sla', render: (_, task) => <SlaTag state={task.slaState} /> },
    {
      title: t('inbox.claimedBy'),
      key: 'claimedBy',
      render: (_, task) => (task.claimedBy ? <Tag color={task.claimedBy === principal.sub ? tagColours.blue : tagColours.grey}>{task.claimedBy === principal.sub ? t('inbox.me') : task.claimedBy}</Tag> : '—'),
    },
    {
      title: t('inbox.actions'),
      key: 'actions',
      render: (_, task) => {
        if (task.step === 'correction') return null;
        const mine = task.claimedBy === principal.sub;
        if (task.claimedBy && !mine) return null;
        return (
          <Button
            size="small"
            loading={claim.isPending && claim.variables?.id === task.id}
            onClick={() => claim.mutate({ id: task.id, action: mine ? 'release' : 'claim' })}
            aria-label={t(mine ? 'inbox.releaseNamed' : 'inbox.claimNamed', { matter: task.matterId })}
          >
            {t(mine ? 'inbox.release' : 'inbox.claim')}
          </Button>
        );
      },
    },
  ];

  const filter = (name: (typeof filterNames)[number], label: string, options: { value: string; label: string }[], width = 160) => (
    <FilterSelect key={name} id={`filter-${name}`} label={label} width={width} value={list.filters[name]} onChange={(value) => list.update({ filters: { [name]: value } })} options={options} />
  );

  return (
    <>
      <PageHeader title={t('nav.inbox')} crumbs={[{ title: t('nav.home'), to: '/' }, { title: t('nav.inbox') }]} />
      <div style={{ padding: '0 24px 24px' }}>
        <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
          {filter('kind', t('matters.kind'), matterKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })), 200)}
          {filter('step', t('inbox.step'), steps.map((step) => ({ value: step, label: stepLabel(step, t) })))}
          {filter('slaState', t('inbox.sla'), slaState.options.map((state) => ({ value: state, label: t(`sla.${state}`) })))}
          {filter('claimed', t('inbox.claimed'), claimedValues.map((value) => ({ value, label: t(`inbox.claimed.${value}`) })))}
        </Space>
        {decided && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('inbox.decided')} />}
        {claim.isError && <Typography.Paragraph type="danger" role="alert">{bi(claim.error.message)}</Typography.Paragraph>}
        <Table<Task>
          rowKey="id"
          columns={columns}
          dataSource={tasks.data?.items}
          loading={tasks.isPending}
          locale={{ emptyText: t('inbox.empty') }}
          pagination={listPagination(list, tasks.data?.total)}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('countdown.approximate')}
        </Typography.Paragraph>
      </div>
    </>
  );
}
