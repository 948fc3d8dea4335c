/**
 * 补正: a returned matter's form as it was sent, each problem the reviewer listed at its field;
 * the clerk corrects and resubmits, and the matter resumes at the step that returned it. The
 * form is read in full (the clerk's own data), which the API records as a view of personal data.
 */
import { Alert, Result } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { MatterFormEditor } from '../apply/MatterFormEditor';
import { useResubmitForm } from '../apply/queries';
import { PageHeader } from '../shell/PageHeader';
import { PageSpinner } from '../shared/PageSpinner';
import { useMatter, useMatterForm } from './queries';

export default function CorrectionPage() {
  const id = useParams().id ?? '';
  const { t } = useI18n();
  const navigate = useNavigate();
  const matter = useMatter(id);
  const correcting = matter.data?.status === 'correcting';
  const form = useMatterForm(id, true, correcting);
  const resubmit = useResubmitForm(id);
  if (matter.isError || form.isError) return <Result status="error" title={t('common.loadFailed')} />;
  if (!matter.data) return <PageSpinner />;
  const crumbs = [
    { title: t('nav.home'), to: '/' },
    { title: t('nav.myMatters'), to: '/matters' },
    { title: matter.data.id, to: `/matters/${encodeURIComponent(id)}` },
    { title: t('matter.correct') },
  ];
  if (!correcting) {
    return (
      <>
        <PageHeader title={t('matter.correct')} crumbs={crumbs} />
        <Alert style={{ margin: '0 24px' }} type="info" showIcon message={t('matter.notCorrecting')} />
      </>
    );
  }
  if (!form.data) return <PageSpinner />;
  return (
    <>
      <PageHeader title={t('correction.title', { kind: t(`kind.${matter.data.kind}`), id: matter.data.applicationNo })} crumbs={crumbs} />
      <div style={{ padding: '0 24px 24px', maxWidth: 960 }}>
        <MatterFormEditor
          kind={matter.data.kind}
          initial={form.data.form}
          problems={matter.data.problems}
          submitLabel={t('correction.submit')}
          onSubmit={async (values) => {
            await resubmit.mutateAsync(values);
            navigate(`/matters/${encodeURIComponent(id)}`, { state: { notice: 'corrected' } });
          }}
        />
      </div>
    </>
  );
}
