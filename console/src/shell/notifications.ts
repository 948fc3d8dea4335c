import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isNotFound } from '../api/http';
import type { NotificationList } from '../api/contract';

export const notificationsKey = ['notifications', 'unread'] as const;

/** The caller's unread notifications; an API without the endpoint answers 404, and the bell stays hidden. */
export function useUnreadNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api<NotificationList>('/api/v1/notifications', { query: { unread: true } }),
    retry: (count, error) => !isNotFound(error) && count < 2,
    refetchInterval: (query) => (query.state.error && isNotFound(query.state.error) ? false : 60_000),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') =>
      api<unknown>(id === 'all' ? '/api/v1/notifications/read-all' : `/api/v1/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
