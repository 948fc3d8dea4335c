import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, apiFetch, isNotFound } from '../api/http';
import type { AuditEvent, CertificateItem, MatterForm, MatterState, Page, RatingView } from '../api/contract';
import { useLiveFallbackInterval } from '../shell/live-events';

export const mattersKey = (filters: Record<string, string | number | undefined>) => ['matters', filters] as const;
export const matterKey = (id: string) => ['matter', id] as const;

export function useMatters(filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: mattersKey(filters),
    queryFn: () => api<Page<MatterState>>('/api/v1/matters', { query: filters }),
    placeholderData: keepPreviousData,
    refetchInterval: useLiveFallbackInterval(),
  });
}

/** The matter, watched: the live stream refreshes it, and while the stream is down it refetches on its own. */
export function useMatter(id: string) {
  return useQuery({
    queryKey: matterKey(id),
    queryFn: () => api<MatterState>(`/api/v1/matters/${encodeURIComponent(id)}`),
    enabled: id !== '',
    refetchInterval: useLiveFallbackInterval(),
  });
}

/** Keyed by the matter's version too, so each change of the matter brings its history along. */
export function useTimeline(id: string, version: number | undefined) {
  return useQuery({
    queryKey: [...matterKey(id), 'timeline', version] as const,
    queryFn: () => api<{ items: AuditEvent[] }>(`/api/v1/matters/${encodeURIComponent(id)}/timeline`),
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCertificates(id: string, version: number | undefined) {
  return useQuery({
    queryKey: [...matterKey(id), 'certificates', version] as const,
    queryFn: () => api<{ items: CertificateItem[] }>(`/api/v1/matters/${encodeURIComponent(id)}/certificates`),
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * The form: masked for reading, or in full (`reveal`, which the API records as a view of personal
 * data). Kept apart from the matter's own keys, so a change of the matter never re-reads it by
 * itself: each recorded view is one a person asked for.
 */
export function useMatterForm(id: string, reveal: boolean, enabled = true) {
  return useQuery({
    queryKey: ['matter-form', id, reveal] as const,
    queryFn: () => api<MatterForm>(`/api/v1/matters/${encodeURIComponent(id)}/form`, { query: { reveal } }),
    enabled,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/**
 * The live flow picture as an object URL (the bearer token cannot ride on an <img src>); null
 * while the API has no picture for the matter (404), so the page shows a placeholder instead.
 */
export function useFlowPicture(id: string, version: number | undefined): { url: string | null | undefined; failed: boolean } {
  const picture = useQuery({
    queryKey: [...matterKey(id), 'flow', version] as const,
    queryFn: async () => {
      try {
        return await (await apiFetch(`/api/v1/matters/${encodeURIComponent(id)}/flow.svg`)).blob();
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled: version !== undefined,
    placeholderData: keepPreviousData,
    retry: 1,
  });
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!picture.data) {
      setUrl(picture.data);
      return;
    }
    const objectUrl = URL.createObjectURL(picture.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [picture.data]);
  return { url, failed: picture.isError };
}

export function useWithdraw(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api<MatterState>(`/api/v1/matters/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: { reason } }),
    onSuccess: (matter) => {
      queryClient.setQueryData(matterKey(id), matter);
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
      void queryClient.invalidateQueries({ queryKey: matterKey(id) });
    },
  });
}

/** Downloads a certificate with the bearer token and hands it to the browser as a file. */
export async function downloadCertificate(href: string, fileName: string): Promise<void> {
  const blob = await (await apiFetch(href)).blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the object URL after click() returns; freeing it a little later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The matter's rating (好差评) with its rectification; null while it has none. Keyed by the matter's version too. */
export function useRating(id: string, version: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...matterKey(id), 'rating', version] as const,
    queryFn: async () => {
      try {
        return await api<RatingView>(`/api/v1/matters/${encodeURIComponent(id)}/rating`);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled: enabled && version !== undefined,
    refetchInterval: useLiveFallbackInterval(),
  });
}

/**
 * Rates the matter once, or records the rectification's next step. The answer is the rating (or
 * its rectification) as it is now, live from the rectification's workflow, so it goes into the
 * cache as it is: read back at once, the projection could still be a step behind.
 */
export function useRatingAction(id: string) {
  const queryClient = useQueryClient();
  const ratingKey = [...matterKey(id), 'rating'];
  return useMutation({
    mutationFn: (action: { path: 'rating' | 'rating/rectification'; body: unknown }) =>
      api<RatingView | NonNullable<RatingView['rectification']>>(`/api/v1/matters/${encodeURIComponent(id)}/${action.path}`, { method: 'POST', body: action.body }),
    onSuccess: (answer, { path }) =>
      queryClient.setQueriesData<RatingView | null>({ queryKey: ratingKey }, (rating) =>
        path === 'rating' ? (answer as RatingView) : rating && { ...rating, rectification: answer as NonNullable<RatingView['rectification']> },
      ),
  });
}
