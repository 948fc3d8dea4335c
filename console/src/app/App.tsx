/**
 * The console's routes under /console: sign-in, and behind it the shell with the pages each
 * role uses. Pages load on demand, so a first visit fetches only the frame and the page it opens.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, Result } from 'antd';
import { lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ApiError } from '../api/http';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { RequireSession, rolesOf, usePrincipal } from '../session/SessionContext';
import { AppShell } from '../shell/AppShell';
import { homeFor } from '../shell/menus';
import { SignInCompletePage } from '../signin/SignInCompletePage';
import { SignInPage } from '../signin/SignInPage';

const ApplyPage = lazy(() => import('../apply/ApplyPage'));
const NewMatterPage = lazy(() => import('../apply/NewMatterPage'));
const MattersPage = lazy(() => import('../matters/MattersPage'));
const MatterPage = lazy(() => import('../matters/MatterPage'));
const CorrectionPage = lazy(() => import('../matters/CorrectionPage'));
const InboxPage = lazy(() => import('../inbox/InboxPage'));
const TaskPage = lazy(() => import('../inbox/TaskPage'));
const DashboardPage = lazy(() => import('../supervision/DashboardPage'));
const AuditPage = lazy(() => import('../supervision/AuditPage'));
const CalendarPage = lazy(() => import('../admin/CalendarPage'));
const DirectoryPage = lazy(() => import('../admin/DirectoryPage'));
const WebhooksPage = lazy(() => import('../admin/WebhooksPage'));

function Home() {
  return <Navigate to={homeFor(rolesOf(usePrincipal()))} replace />;
}

function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title={t('common.notFound')} />;
}

const router = createBrowserRouter(
  [
    { path: '/signin', element: <SignInPage /> },
    { path: '/signin/complete', element: <SignInCompletePage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppShell />
        </RequireSession>
      ),
      children: [
        { index: true, element: <Home /> },
        { path: 'apply', element: <ApplyPage /> },
        { path: 'apply/:kind', element: <NewMatterPage /> },
        { path: 'matters', element: <MattersPage /> },
        { path: 'matters/:id', element: <MatterPage /> },
        { path: 'matters/:id/correct', element: <CorrectionPage /> },
        { path: 'inbox', element: <InboxPage /> },
        { path: 'inbox/:taskId', element: <TaskPage /> },
        { path: 'supervision', element: <DashboardPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: 'admin/calendar', element: <CalendarPage /> },
        { path: 'admin/directory', element: <DirectoryPage /> },
        { path: 'admin/webhooks', element: <WebhooksPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/console' },
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A client error (404, 403) will not change by asking again; a server or network one may.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </I18nProvider>
    </QueryClientProvider>
  );
}
