/**
 * Live updates: GET /api/v1/events streams what the caller may see, and each event refreshes
 * the queries it touches, so an open page changes as the matter does. A dropped stream is
 * resumed with Last-Event-ID after a growing pause; while it is down, the pages that watch a
 * matter or the inbox refetch on their own (see `useLiveFallbackInterval`) and on window focus.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { LiveEvent } from '../api/contract';
import { session } from '../session/session';
import { SseParser } from './sse';

const firstRetryMs = 1_000;
const longestRetryMs = 60_000;
/** How often a watched page refetches while the stream is down. */
const fallbackRefetchMs = 5_000;

let connected = false;
const listeners = new Set<() => void>();
function setConnected(value: boolean) {
  if (connected === value) return;
  connected = value;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The refetch interval a watching page uses: none while the stream delivers, a short one while it does not. */
export function useLiveFallbackInterval(): number | false {
  const live = useSyncExternalStore(subscribe, () => connected);
  return live ? false : fallbackRefetchMs;
}

export function applyLiveEvent(queryClient: QueryClient, event: LiveEvent): void {
  switch (event.event) {
    case 'matter':
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
      void queryClient.invalidateQueries({ queryKey: ['matter', event.data.id] });
      break;
    case 'certificate':
      void queryClient.invalidateQueries({ queryKey: ['matter', event.data.matterId, 'certificates'] });
      break;
    case 'task':
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['matter', event.data.matterId] });
      break;
    case 'notification':
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      break;
  }
}

function parsed(event: string, data: string): LiveEvent | undefined {
  if (event !== 'matter' && event !== 'certificate' && event !== 'task' && event !== 'notification') return undefined;
  try {
    return { event, data: JSON.parse(data) } as LiveEvent;
  } catch {
    return undefined;
  }
}

/** Keeps the stream open while someone is signed in. */
export function useLiveEvents(token: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    let lastEventId: string | undefined;
    let retryMs = firstRetryMs;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = async () => {
      try {
        const response = await fetch('/api/v1/events', {
          headers: { accept: 'text/event-stream', authorization: `Bearer ${token}`, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
          signal: controller.signal,
        });
        if (response.status === 401) {
          session.expire();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        setConnected(true);
        retryMs = firstRetryMs;
        // What changed while the stream was down is not in it: refresh what is on screen once.
        void queryClient.invalidateQueries();
        const parser = new SseParser();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const event of parser.push(value)) {
            const live = parsed(event.event, event.data);
            if (live) applyLiveEvent(queryClient, live);
          }
          lastEventId = parser.lastId() ?? lastEventId;
        }
      } catch {
        if (controller.signal.aborted) return;
      } finally {
        setConnected(false);
      }
      if (controller.signal.aborted) return;
      timer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(retryMs * 2, longestRetryMs);
    };

    void connect();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
      setConnected(false);
    };
  }, [token, queryClient]);
}
