/**
 * 审计查询: the audit trail searched by matter, the login that acted, action and period — the
 * region's for a supervisor, everything for an administrator — and the same search as a CSV file.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEvent } from '../api/contract';
import { ApiError } from '../api/http';
import { WorkflowLink } from '../admin/WorkflowLink';
import { useI18n } from '../i18n/i18n';
import { rolesOf, usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { actionLabel, outcomeLabel, stepLabel } from '../shared/labels';
import { isValidIdentityNumber } from '@schemas/identity-number';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { downloadAuditCsv, useAuditSearch } from './queries';

const filterNames = ['matterId', 'actor', 'action', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof filterNames)[number], string>>;

/** The actions the trail records, offered in the filter by their names. */
const actions = [
  'submitted', 'decided', 'countersign-requested', 'returned-for-correction', 'corrected', 'department-registered', 'department-refused', 'department-revoked',
  'sla-card', 'completed', 'rejected', 'withdrawn', 'certificate-downloaded', 'personal-data-viewed', 'task-claimed', 'task-released', 'message-refused', 'access-denied', 'audit-exported',
];

function AuditFilters({ value, onSearch }: { value: Filters; onSearch(next: Filters): void }) {
  const { t, has } = useI18n();
  const [draft, setDraft] = useState<Filters>(value);
  // Checked here, so an identity number never reaches the address bar or a request (the API refuses it too).
  const [actorProblem, setActorProblem] = useState(false);
  const text = (name: 'matterId' | 'actor', width: number) => (
    <>
      <label htmlFor={`audit-${name}`}>{t(`audit.${name}`)}</label>
      <Input
        id={`audit-${name}`}
        allowClear
        value={draft[name]}
        status={name === 'actor' && actorProblem ? 'error' : undefined}
        aria-invalid={name === 'actor' && actorProblem}
        aria-describedby={name === 'actor' && actorProblem ? 'audit-actor-problem' : undefined}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value.trim() || undefined })}
        style={{ width }}
      />
      {name === 'actor' && actorProblem && (
        <Typography.Text type="danger" id="audit-actor-problem" role="alert">
          {t('audit.actorIsIdentity')}
        </Typography.Text>
      )}
    </>
  );
  const day = (name: 'from' | 'to') => (
    <>
      <label htmlFor={`audit-${name}`}>{t(`audit.${name}`)}</label>
      <Input id={`audit-${name}`} type="date" value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value || undefined })} style={{ width: 150 }} />
    </>
  );
  return (
    <form
      role="search"
      aria-label={t('common.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        const identity = Boolean(draft.actor && isValidIdentityNumber(draft.actor.toUpperCase()));
        setActorProblem(identity);
        if (!identity) onSearch(draft);
      }}
    >
      <Space wrap align="center">
        {text('matterId', 240)}
        {text('actor', 180)}
        <FilterSelect
          id="audit-action"
          label={t('audit.action')}
          width={180}
          searchable
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          options={actions.map((action) => ({ value: action, label: actionLabel(action, t, has) }))}
        />
        {day('from')}
        {day('to')}
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            setDraft({});
            setActorProblem(false);
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </form>
  );
}

export default function AuditPage() {
  const { t, has, locale, bi } = useI18n();
  const { message } = App.useApp();
  const admin = rolesOf(usePrincipal()).has('admin');
  const list = useListParams(filterNames);
  const audit = useAuditSearch({ ...list.filters, page: list.page, pageSize: list.pageSize });
  const [exporting, setExporting] = useState(false);
  const title = t('nav.audit');

  const exportCsv = async () => {
    setExporting(true);
    try {
      const result = await downloadAuditCsv(list.filters);
      if (result.truncated) void message.warning(t('audit.truncated', { rows: result.rows, total: result.total }));
      else void message.success(t('audit.exported', { count: result.rows }));
    } catch (error) {
      void message.error(error instanceof ApiError ? bi(error.message) : t('common.loadFailed'));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<AuditEvent> = [
    { title: t('audit.at'), dataIndex: 'at', render: (at: string) => formatMoment(at, locale), width: 150 },
    { title: t('audit.matterId'), dataIndex: 'matterId', render: (id: string | null) => (id ? <Link to={`/matters/${encodeURIComponent(id)}`}>{id}</Link> : '—') },
    { title: t('audit.action'), dataIndex: 'action', render: (action: string) => actionLabel(action, t, has) },
    { title: t('audit.step'), dataIndex: 'step', render: (step: string | null) => (step ? stepLabel(step, t) : '—') },
    { title: t('audit.outcome'), dataIndex: 'outcome', render: (outcome: string | null, event) => (outcome ? outcomeLabel(event.action, outcome, t, has) : '—') },
    { title: t('audit.actor'), dataIndex: 'actor' },
    { title: t('audit.organisation'), dataIndex: 'organisation', render: (organisation: string | null) => organisation ?? '—' },
    ...(admin ? [{ title: t('common.actions'), key: 'workflow', render: (_: unknown, event: AuditEvent) => event.matterId && <WorkflowLink matterId={event.matterId} /> }] : []),
  ];
  const problems = audit.error instanceof ApiError ? audit.error.body?.problems?.map((p) => bi(p.message)) : undefined;

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[{ title: t('nav.home'), to: '/' }, { title }]}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportCsv()}>
            {t('audit.export')}
          </Button>
        }
      >
        <div style={{ marginTop: 12 }}>
          <AuditFilters key={JSON.stringify(list.filters)} value={list.filters} onSearch={(filters) => list.update({ filters: { matterId: undefined, actor: undefined, action: undefined, from: undefined, to: undefined, ...filters } })} />
        </div>
      </PageHeader>
      <div style={{ padding: '0 24px 24px' }}>
        {problems && (
          <Typography.Paragraph type="danger" role="alert">
            {problems.join('；')}
          </Typography.Paragraph>
        )}
        <Table<AuditEvent>
          rowKey="id"
          columns={columns}
          dataSource={audit.data?.items}
          loading={audit.isPending}
          pagination={{ ...listPagination(list, audit.data?.total), showTotal: (total) => t('audit.results', { total }) }}
        />
      </div>
    </>
  );
}
