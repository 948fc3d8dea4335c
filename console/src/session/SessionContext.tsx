/**
 * Who is signed in: the token's holder as GET /api/v1/me describes them (login, organisations,
 * roles), for every page below. Without a token the person goes to sign-in, and the page they
 * asked for comes back after it.
 */
import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api } from '../api/http';
import type { Principal } from '../api/contract';
import { useI18n } from '../i18n/i18n';
import { session, type SessionSnapshot } from './session';
import type { Role } from '@schemas/matter';

export function useSessionSnapshot(): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

export const meKey = (token: string) => ['me', token] as const;

const PrincipalContext = createContext<Principal | null>(null);

export function usePrincipal(): Principal {
  const principal = useContext(PrincipalContext);
  if (!principal) throw new Error('usePrincipal outside RequireSession');
  return principal;
}

export function rolesOf(principal: Principal): Set<Role> {
  return new Set(principal.memberships.flatMap((m) => m.roles));
}

/** Where sign-in sends a person back to: the path under /console they were on. */
export function signInPath(location: { pathname: string; search: string }, expired: boolean): string {
  const params = new URLSearchParams({ next: location.pathname + location.search });
  if (expired) params.set('expired', '1');
  return `/signin?${params}`;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { token, expired } = useSessionSnapshot();
  const location = useLocation();
  const { t } = useI18n();
  const me = useQuery({ queryKey: meKey(token ?? ''), queryFn: () => api<Principal>('/api/v1/me'), enabled: token !== null, staleTime: Infinity });
  if (!token) return <Navigate to={signInPath(location, expired)} replace />;
  if (me.isError) return <Result status="error" title={t('session.meFailed')} />;
  if (!me.data) return <Spin fullscreen tip={t('common.loading')} />;
  return <PrincipalContext.Provider value={me.data}>{children}</PrincipalContext.Provider>;
}
