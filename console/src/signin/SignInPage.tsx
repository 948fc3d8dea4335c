/**
 * 登录 on the local default: the seeded people as the README lists them (login, organisation,
 * role); choosing one signs in as them and returns to the page asked for.
 */
import { Alert, Button, Card, Layout, Select, Space, Table, Tag, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { LocalAccount } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { useLocalAccounts, useLocalSignIn, useOidc } from './queries';
import { safeNext } from './safe-next';
import { isNotFound } from '../api/http';


export function SignInPage() {
  const { t, bi, locale, setLocale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const accounts = useLocalAccounts();
  const signIn = useLocalSignIn();
  const oidc = useOidc();

  const choose = (login: string) =>
    signIn.mutate(login, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) });

  const columns = [
    { title: t('signin.login'), dataIndex: 'login', key: 'login', render: (login: string) => <Typography.Text code>{login}</Typography.Text> },
    { title: t('signin.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('signin.organisation'),
      key: 'organisation',
      render: (_: unknown, account: LocalAccount) => (
        <Space direction="vertical" size={0}>
          {account.memberships.map((m) => (
            <span key={m.organisation}>{m.organisationName}</span>
          ))}
        </Space>
      ),
    },
    {
      title: t('signin.role'),
      key: 'role',
      render: (_: unknown, account: LocalAccount) => (
        <Space wrap size={4}>
          {[...new Set(account.memberships.flatMap((m) => m.roles))].map((role) => (
            <Tag key={role}>{t(`role.${role}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('signin.action'),
      key: 'action',
      render: (_: unknown, account: LocalAccount) => (
        <Button type="primary" size="small" loading={signIn.isPending && signIn.variables === account.login} onClick={() => choose(account.login)} aria-label={t('signin.as', { login: account.login })}>
          {t('signin.signIn')}
        </Button>
      ),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Layout.Content style={{ maxWidth: 1100, width: '100%', margin: '40px auto', padding: '0 16px' }}>
        <main>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
            <Typography.Title level={1} style={{ fontSize: 26 }}>
              {t('app.title')}
            </Typography.Title>
            <Select
              aria-label={t('shell.language')}
              value={locale}
              onChange={setLocale}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
              style={{ width: 110 }}
            />
          </Space>
          <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t('signin.title')}</h2>}>
            {params.get('expired') && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('signin.expired')} />}
            {params.get('failed') === 'oidc' && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('signin.oidcFailed')} />}
            {oidc.data && (
              <div style={{ marginBottom: 16 }}>
                <Button type="primary" size="large" href={`${oidc.data.signIn}?next=${encodeURIComponent(safeNext(params.get('next')))}`}>
                  {t('signin.oidc')}
                </Button>
              </div>
            )}
            {signIn.isError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={bi(signIn.error.message)} />}
            {accounts.isError && isNotFound(accounts.error) ? (
              !oidc.data && <Alert type="info" showIcon message={t('signin.unavailable')} />
            ) : (
              <>
                <Typography.Paragraph type="secondary">{t('signin.intro')}</Typography.Paragraph>
                <Table<LocalAccount> rowKey="login" size="middle" loading={accounts.isPending} columns={columns} dataSource={accounts.data?.items} pagination={false} />
              </>
            )}
          </Card>
        </main>
      </Layout.Content>
    </Layout>
  );
}
