/**
 * A task from the inbox (Camunda Tasklist's task view): the matter as it stands, its form read
 * masked, claim / release, and the decision dialog.
 */
import { Alert, Button, Card, Descriptions, Result, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { useMatter } from '../matters/queries';
import { usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { PageSpinner } from '../shared/PageSpinner';
import { Countdown, SlaTag, StatusTag } from '../shared/sla';
import { DecisionDialog } from './DecisionDialog';
import { FormView } from './FormView';
import { useClaim, useTask } from './queries';

export default function TaskPage() {
  const id = useParams().taskId ?? '';
  const { t, bi, locale } = useI18n();
  const principal = usePrincipal();
  const navigate = useNavigate();
  const task = useTask(id);
  const matter = useMatter(task.data?.matterId ?? '');
  const claim = useClaim();
  const [deciding, setDeciding] = useState(false);

  if (task.isError) return <Result status={isNotFound(task.error) ? '404' : 'error'} title={t(isNotFound(task.error) ? 'task.notFound' : 'common.loadFailed')} />;
  if (!task.data) return <PageSpinner />;
  const current = task.data;
  const mine = current.claimedBy === principal.sub;
  const takenByOther = current.claimedBy !== null && !mine;
  const closed = current.closedAt !== null;

  return (
    <>
      <PageHeader
        title={`${current.title} · ${current.matterId}`}
        crumbs={[{ title: t('nav.home'), to: '/' }, { title: t('nav.inbox'), to: '/inbox' }, { title: current.matterId }]}
        extra={
          !closed && (
            <Space>
              {!takenByOther && (
                <Button onClick={() => claim.mutate({ id: current.id, action: mine ? 'release' : 'claim' })} loading={claim.isPending}>
                  {t(mine ? 'inbox.release' : 'inbox.claim')}
                </Button>
              )}
              <Button type="primary" disabled={takenByOther || !matter.data} onClick={() => setDeciding(true)}>
                {t('task.decide')}
              </Button>
            </Space>
          )
        }
      />
      <div style={{ padding: '0 24px 24px' }}>
        {closed && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('task.closed')} />}
        {takenByOther && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('task.claimedByOther', { login: current.claimedBy ?? '' })} />}
        {claim.isError && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={bi(claim.error.message)} />}
        <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('task.summary')}</h2>} style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('inbox.matter')}>
              <Link to={`/matters/${encodeURIComponent(current.matterId)}`}>{current.matterId}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('matters.kind')}>{t(`kind.${current.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('matters.status')}>{matter.data ? <StatusTag status={matter.data.status} /> : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('inbox.step')}>{current.title}</Descriptions.Item>
            <Descriptions.Item label={t('inbox.due')}>
              <Space size={6} wrap>
                {formatMoment(current.due, locale)}
                <SlaTag state={current.slaState} />
                {!closed && <Countdown due={current.due} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('inbox.claimedBy')}>{current.claimedBy ?? '—'}</Descriptions.Item>
            {matter.data?.specialCase && <Descriptions.Item label={t('matter.specialCase')}>{bi(matter.data.specialCase.reason)}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <FormView matterId={current.matterId} kind={current.kind} />
      </div>
      {matter.data && (
        <DecisionDialog
          task={current}
          kind={current.kind}
          open={deciding}
          onClose={() => setDeciding(false)}
          onDecided={() => {
            setDeciding(false);
            navigate('/inbox', { state: { notice: 'decided' } });
          }}
        />
      )}
    </>
  );
}
