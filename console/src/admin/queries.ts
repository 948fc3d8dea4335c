import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isNotFound, type Query } from '../api/http';
import type { Account, CalendarChange, CalendarHealth, CalendarYear, Delivery, Organisation, Page } from '../api/contract';

export function useCalendarHealth() {
  return useQuery({ queryKey: ['calendar', 'health'], queryFn: () => api<CalendarHealth>('/api/v1/calendar/health') });
}

/** The year's arrangement, or null while it is not loaded. */
export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: ['calendar', year],
    queryFn: async () => {
      try {
        return await api<CalendarYear>(`/api/v1/calendar/${year}`);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  });
}

export function useCalendarChanges(year: number) {
  return useQuery({ queryKey: ['calendar', year, 'changes'], queryFn: () => api<{ items: CalendarChange[] }>(`/api/v1/calendar/${year}/changes`) });
}

export function usePutYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: { year: number; holidays: string[]; makeupWorkdays: string[]; source?: string }) =>
      api<CalendarYear>(`/api/v1/calendar/${year}`, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}

export function useOrganisations(filter: Query) {
  return useQuery({ queryKey: ['directory', 'organisations', filter], queryFn: () => api<Page<Organisation>>('/api/v1/organisations', { query: filter }), placeholderData: keepPreviousData });
}

export function useAccounts(filter: Query) {
  return useQuery({ queryKey: ['directory', 'accounts', filter], queryFn: () => api<Page<Account>>('/api/v1/accounts', { query: filter }), placeholderData: keepPreviousData });
}

export function useSaveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ login, ...body }: Pick<Account, 'login' | 'name' | 'kind' | 'memberships' | 'active'>) =>
      api<Account>(`/api/v1/accounts/${encodeURIComponent(login)}`, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: Organisation) => api<Organisation>(`/api/v1/organisations/${encodeURIComponent(code)}`, { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}

export function useIssueSecret() {
  return useMutation({ mutationFn: (login: string) => api<{ clientId: string; clientSecret: string }>(`/api/v1/accounts/${encodeURIComponent(login)}/secret`, { method: 'POST' }) });
}

export function useDeliveries(filter: Query) {
  return useQuery({ queryKey: ['webhooks', 'deliveries', filter], queryFn: () => api<Page<Delivery>>('/api/v1/webhooks/deliveries', { query: filter }), placeholderData: keepPreviousData });
}

export function useReplay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<{ id: string; status: string }>(`/api/v1/webhooks/deliveries/${encodeURIComponent(id)}/replay`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
}
