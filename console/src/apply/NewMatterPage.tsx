/** The one form of the chosen matter, new; on success the clerk lands on the matter's page. */
import { Result } from 'antd';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { matterKind, type MatterKind } from '@schemas/matter';
import { useI18n } from '../i18n/i18n';
import { usePrincipal } from '../session/SessionContext';
import { PageHeader } from '../shell/PageHeader';
import type { FormValues } from './form-model';
import { MatterFormEditor } from './MatterFormEditor';
import { useSubmitMatter } from './queries';

export default function NewMatterPage() {
  const parsed = matterKind.safeParse(useParams().kind);
  const { t } = useI18n();
  if (!parsed.success) return <Result status="404" title={t('common.notFound')} />;
  return <NewMatterForm kind={parsed.data} />;
}

function NewMatterForm({ kind }: { kind: MatterKind }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const principal = usePrincipal();
  const submit = useSubmitMatter(kind);
  // The clerk files for their own unit: its code and region are known from the sign-in.
  const initial = useMemo<FormValues | undefined>(() => {
    const unit = principal.memberships.find((m) => m.roles.includes('unit-clerk'));
    return unit ? { unit: { code: unit.organisation, region: unit.region } } : undefined;
  }, [principal]);
  const title = t(`kind.${kind}`);
  return (
    <>
      <PageHeader title={t('apply.formTitle', { kind: title })} crumbs={[{ title: t('nav.home'), to: '/' }, { title: t('apply.title'), to: '/apply' }, { title }]} />
      <div style={{ padding: '0 24px 24px', maxWidth: 960 }}>
        <MatterFormEditor
          kind={kind}
          initial={initial}
          submitLabel={t('apply.submit')}
          prefill
          onSubmit={async (form) => {
            const matter = await submit.mutateAsync(form);
            navigate(`/matters/${encodeURIComponent(matter.id)}`, { state: { notice: 'submitted' } });
          }}
        />
      </div>
    </>
  );
}
