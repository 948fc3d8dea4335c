/**
 * Where the identity provider's sign-in lands (via the API's callback): the console redeems the
 * token the callback left for it and goes on to the page the person had asked for.
 */
import { Alert, Layout, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useOidcSession } from './queries';
import { safeNext } from './safe-next';

export function SignInCompletePage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const redeem = useOidcSession();
  const asked = useRef(false);
  useEffect(() => {
    // Once: the token can be redeemed only once.
    if (asked.current) return;
    asked.current = true;
    redeem.mutate(undefined, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) });
  }, [redeem, navigate, params]);
  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Layout.Content style={{ maxWidth: 600, width: '100%', margin: '80px auto', padding: '0 16px' }}>
        <main>
          <h1 style={{ fontSize: 22 }}>{t('signin.completing')}</h1>
          {redeem.isError ? (
            <Alert type="error" showIcon message={t('signin.oidcFailed')} description={<Link to="/signin">{t('signin.again')}</Link>} />
          ) : (
            <Spin aria-label={t('signin.completing')} />
          )}
        </main>
      </Layout.Content>
    </Layout>
  );
}
