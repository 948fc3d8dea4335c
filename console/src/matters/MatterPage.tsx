/**
 * A matter's page: where it stands and what it waits for, its flow picture, each department's
 * result, the decisions taken, its history, its certificates and, once finished, its rating. The
 * filing unit corrects a returned matter, withdraws and rates from here.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, List, Result, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isClosed } from '@schemas/matter';
import type { DepartmentProgress, DecisionRecord } from '@schemas/matter';
import type { MatterState, Problem } from '../api/contract';
import { useFieldText } from '../apply/field-text';
import { formSections } from '../apply/form-model';
import { isNotFound } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { rolesOf, usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import { formatMoment } from '../shared/format';
import { actionLabel, outcomeLabel, stepLabel } from '../shared/labels';
import { PageSpinner } from '../shared/PageSpinner';
import { Countdown, SlaTag, StatusTag, tagColours } from '../shared/sla';
import { FlowPicture } from './FlowPicture';
import { downloadCertificate, useCertificates, useMatter, useTimeline } from './queries';
import { RatingCard } from './RatingCard';
import { WithdrawButton } from './WithdrawButton';

const departmentColours: Record<DepartmentProgress['status'], string> = { pending: tagColours.grey, handling: tagColours.blue, done: tagColours.green, failed: tagColours.red, revoked: tagColours.gold };

/** An empty list's text, dark enough to read (antd greys it out like a disabled control). */
const emptyText = (text: string) => <span style={{ color: '#595959' }}>{text}</span>;

export default function MatterPage() {
  const id = useParams().id ?? '';
  const { t } = useI18n();
  const matter = useMatter(id);
  if (matter.isError) return <Result status={isNotFound(matter.error) ? '404' : 'error'} title={t(isNotFound(matter.error) ? 'matter.notFound' : 'common.loadFailed')} />;
  if (!matter.data) return <PageSpinner />;
  return <MatterView matter={matter.data} />;
}

function MatterView({ matter }: { matter: MatterState }) {
  const { t, bi, locale } = useI18n();
  const principal = usePrincipal();
  const location = useLocation();
  const navigate = useNavigate();
  const describe = useProblemText(matter);
  const filedByMe = principal.memberships.some((m) => m.organisation === matter.unitCode && m.roles.includes('unit-clerk'));
  const roles = rolesOf(principal);
  const open = !isClosed(matter.status);
  const due = matter.sla.step?.due ?? matter.sla.matter?.due ?? null;
  const notice = (location.state as { notice?: string } | null)?.notice;

  return (
    <>
      <PageHeader
        title={`${t(`kind.${matter.kind}`)} · ${matter.applicationNo}`}
        crumbs={[{ title: t('nav.home'), to: '/' }, { title: t(filedByMe ? 'nav.myMatters' : 'nav.matters'), to: '/matters' }, { title: matter.id }]}
        extra={
          <Space>
            {filedByMe && matter.status === 'correcting' && (
              <Button type="primary" onClick={() => navigate(`/matters/${encodeURIComponent(matter.id)}/correct`)}>
                {t('matter.correct')}
              </Button>
            )}
            {filedByMe && open && <WithdrawButton matterId={matter.id} />}
            {roles.has('supervisor') && <Link to={`/audit?matterId=${encodeURIComponent(matter.id)}`}>{t('dashboard.openAudit')}</Link>}
          </Space>
        }
      />
      <div style={{ padding: '0 24px 24px' }}>
        {notice === 'submitted' && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('matter.submitted')} />}
        {notice === 'corrected' && <Alert type="success" showIcon style={{ marginBottom: 16 }} message={t('matter.corrected')} />}
        {matter.status === 'correcting' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('matter.correctionAsked', { count: matter.problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {matter.problems.map((problem, index) => (
                  <li key={index}>{describe(problem)}</li>
                ))}
              </ul>
            }
          />
        )}
        <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('matter.progress')}</h2>} style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('matters.id')}>{matter.id}</Descriptions.Item>
            <Descriptions.Item label={t('matters.status')}>
              <span data-testid="matter-status">
                <StatusTag status={matter.status} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('matter.waitingFor')}>
              <span data-testid="matter-waiting">
                {matter.waitingFor ? `${matter.waitingFor.title}（${matter.waitingFor.organisations.join('、')}）` : t(`stage.${matter.status}`)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('matters.due')}>
              <Space size={6} wrap>
                {formatMoment(due, locale)}
                <SlaTag state={matter.sla.state} />
                {open && matter.sla.state !== 'paused' && <Countdown due={due} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('matters.submittedAt')}>{formatMoment(matter.submittedAt, locale)}</Descriptions.Item>
            {matter.completedAt && <Descriptions.Item label={t('matter.completedAt')}>{formatMoment(matter.completedAt, locale)}</Descriptions.Item>}
            {matter.specialCase && <Descriptions.Item label={t('matter.specialCase')}>{bi(matter.specialCase.reason)}</Descriptions.Item>}
            {matter.outcome && <Descriptions.Item label={t('matter.outcome')}>{bi(matter.outcome)}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('matter.flow')}</h2>} style={{ marginBottom: 16 }}>
          <FlowPicture matterId={matter.id} version={matter.version} />
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('matter.departments')}</h2>} style={{ marginBottom: 16 }}>
              <Table<DepartmentProgress>
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={matter.departments}
                locale={{ emptyText: emptyText(t('matter.noDepartmentsYet')) }}
                columns={[
                  { title: t('matter.department'), dataIndex: 'name', key: 'name' },
                  { title: t('matters.status'), dataIndex: 'status', key: 'status', render: (status: DepartmentProgress['status']) => <Tag color={departmentColours[status]}>{t(`department.${status}`)}</Tag> },
                  { title: t('matter.receipt'), key: 'receipt', render: (_, d) => d.receipt ?? (d.reason ? bi(d.reason) : '—') },
                ]}
              />
            </Card>
            <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('matter.decisions')}</h2>} style={{ marginBottom: 16 }}>
              <List<DecisionRecord>
                dataSource={matter.decisions}
                locale={{ emptyText: emptyText(t('matter.noDecisionsYet')) }}
                renderItem={(decision) => (
                  <List.Item>
                    <List.Item.Meta
                      title={`${stepLabel(decision.step, t)} · ${t(`decision.${decision.decision}`)}`}
                      description={
                        <>
                          <div>
                            {decision.actor?.id ?? '—'} · {formatMoment(decision.at, locale)}
                          </div>
                          {decision.reason && <div>{bi(decision.reason)}</div>}
                          {decision.problems?.map((problem, index) => <div key={index}>· {describe(problem)}</div>)}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <RatingCard matter={matter} />
            <Certificates matter={matter} />
            <History matter={matter} />
          </Col>
        </Row>
      </div>
    </>
  );
}

/** A problem as the clerk reads it: the field by its label (拟聘人员 › 公民身份号码), then what is wrong. */
function useProblemText(matter: MatterState): (problem: Problem) => string {
  const { bi } = useI18n();
  const text = useFieldText();
  const sections = useMemo(() => formSections(matter.kind), [matter.kind]);
  return (problem) => (problem.field ? `${text.pathLabel(sections, problem.field)}：${bi(problem.message)}` : bi(problem.message));
}

function Certificates({ matter }: { matter: MatterState }) {
  const { t, bi, locale } = useI18n();
  const certificates = useCertificates(matter.id, matter.version);
  return (
    <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('matter.certificates')}</h2>} style={{ marginBottom: 16 }}>
      <List
        dataSource={certificates.data?.items ?? []}
        loading={certificates.isPending}
        locale={{ emptyText: emptyText(t('matter.noCertificatesYet')) }}
        renderItem={(certificate) => (
          <List.Item
            actions={[
              <Button
                key="download"
                icon={<DownloadOutlined />}
                onClick={() => void downloadCertificate(certificate.href, `${bi(certificate.title)}-${matter.id}.pdf`)}
                aria-label={t('matter.downloadNamed', { title: bi(certificate.title) })}
              >
                {t('matter.download')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={bi(certificate.title)} description={formatMoment(certificate.issuedAt, locale)} />
          </List.Item>
        )}
      />
    </Card>
  );
}

function History({ matter }: { matter: MatterState }) {
  const { t, has, locale } = useI18n();
  const timeline = useTimeline(matter.id, matter.version);
  return (
    <Card role="region" aria-labelledby="matter-history" title={<h2 id="matter-history" style={{ fontSize: 17, margin: 0 }}>{t('matter.timeline')}</h2>} style={{ marginBottom: 16 }}>
      {timeline.data ? (
        <Timeline
          items={timeline.data.items.map((event) => ({
            key: event.id,
            children: (
              <>
                <Typography.Text strong>{actionLabel(event.action, t, has)}</Typography.Text>
                {event.step && <Typography.Text> · {matter.departments.find((part) => part.code === event.step)?.name ?? stepLabel(event.step, t)}</Typography.Text>}
                {event.outcome && <Typography.Text type="secondary"> · {outcomeLabel(event.action, event.outcome, t, has)}</Typography.Text>}
                <div style={{ color: '#595959' }}>
                  {formatMoment(event.at, locale)} · {event.actor}
                </div>
              </>
            ),
          }))}
        />
      ) : (
        <PageSpinner />
      )}
    </Card>
  );
}
