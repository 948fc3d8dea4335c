/**
 * The frame of every signed-in page (Ant Design Pro's layout): the menu of the person's roles
 * on the left, and across the top the product, the organisation, the bell, the language and
 * sign-out. It keeps the live event stream open while someone is signed in.
 */
import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Select, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { rolesOf, usePrincipal, useSessionSnapshot } from '../session/SessionContext';
import { session } from '../session/session';
import { PageSpinner } from '../shared/PageSpinner';
import { useOidc } from '../signin/queries';
import { useLiveEvents } from './live-events';
import { menusFor } from './menus';
import { NotificationBell } from './NotificationBell';

export function AppShell() {
  const { t, locale, setLocale } = useI18n();
  const principal = usePrincipal();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token } = useSessionSnapshot();
  useLiveEvents(token ?? '');
  const menus = menusFor(rolesOf(principal));
  const selected = menus.find((entry) => location.pathname.startsWith(entry.path))?.path;

  const oidc = useOidc();
  const signOut = () => {
    session.signOut();
    // Nothing the person saw stays behind in the tab.
    queryClient.clear();
    // Signed in at the identity provider: signed out there too, which then returns to sign-in.
    if (oidc.data?.signOut) window.location.assign(oidc.data.signOut);
    else navigate('/signin', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, padding: '0 24px', background: '#0f3a75' }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Link>
        <div style={{ flex: 1 }} />
        <Space size="middle" align="center">
          <NotificationBell />
          <Typography.Text style={{ color: '#fff' }}>
            {principal.name}（{principal.sub}）
          </Typography.Text>
          <Select
            aria-label={t('shell.language')}
            size="small"
            value={locale}
            onChange={setLocale}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
            style={{ width: 96 }}
          />
          <Button size="small" icon={<LogoutOutlined />} onClick={signOut}>
            {t('shell.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('shell.navigation')}>
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={menus.map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{t(entry.label)}</Link> }))} style={{ borderInlineEnd: 0 }} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ background: '#f5f7fa' }}>
          <main>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
