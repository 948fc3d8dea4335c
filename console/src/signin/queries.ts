import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isNotFound } from '../api/http';
import type { LocalAccount, LocalSignInResponse } from '../api/contract';
import { session } from '../session/session';

export const localAccountsKey = ['local-sign-in', 'accounts'] as const;

/** The seeded people; a 404 means this API signs people in through the identity provider instead. */
export function useLocalAccounts() {
  return useQuery({
    queryKey: localAccountsKey,
    queryFn: () => api<{ items: LocalAccount[] }>('/api/v1/auth/local-sign-in'),
    retry: (count, error) => !isNotFound(error) && count < 2,
    staleTime: Infinity,
  });
}

export function useLocalSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (login: string) => api<LocalSignInResponse>('/api/v1/auth/local-sign-in', { method: 'POST', body: { login } }),
    onSuccess: ({ access_token, expires_in }) => {
      // What the previous person could see must not show through for the next.
      queryClient.clear();
      session.signIn(access_token, expires_in);
    },
  });
}

export interface OidcEntry {
  signIn: string;
  signOut?: string;
}

/** Sign-in through the identity provider, when this API offers it (404 otherwise). */
export function useOidc() {
  return useQuery({
    queryKey: ['oidc'],
    queryFn: () => api<OidcEntry>('/api/v1/auth/oidc'),
    retry: (count, error) => !isNotFound(error) && count < 2,
    staleTime: Infinity,
  });
}

/** Redeems, once, the token of the sign-in the provider just completed (held in an HttpOnly cookie, never in a URL). */
export function useOidcSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<LocalSignInResponse>('/api/v1/auth/oidc/session', { method: 'POST' }),
    onSuccess: ({ access_token, expires_in }) => {
      queryClient.clear();
      session.signIn(access_token, expires_in);
    },
  });
}
