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
