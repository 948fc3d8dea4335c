import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiFetch, withQuery, type Query } from '../api/http';
import type { AuditEvent, Dashboard, LateMatter, Page } from '../api/contract';

export function useDashboard(filter: { from: string; to: string; kind?: string }) {
  return useQuery({
    queryKey: ['supervision', 'dashboard', filter],
    queryFn: () => api<Dashboard>('/api/v1/supervision/dashboard', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useLateMatters(filter: Query) {
  return useQuery({
    queryKey: ['supervision', 'late', filter],
    queryFn: () => api<Page<LateMatter>>('/api/v1/supervision/overdue', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditSearch(filter: Query) {
  return useQuery({
    queryKey: ['supervision', 'audit', filter],
    queryFn: () => api<Page<AuditEvent>>('/api/v1/supervision/audit', { query: filter }),
    placeholderData: keepPreviousData,
  });
}

export interface ExportResult {
  rows: number;
  total: number;
  truncated: boolean;
}

/** Fetches the CSV with the session's token (a link could not carry it) and hands it to the browser as a download. */
export async function downloadAuditCsv(filter: Query): Promise<ExportResult> {
  const response = await apiFetch(withQuery('/api/v1/supervision/audit/export', filter));
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit.csv';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
  return { rows: Number(response.headers.get('x-row-count')), total: Number(response.headers.get('x-total-count')), truncated: response.headers.get('x-truncated') === 'true' };
}
