/**
 * The console's one way to the API: same origin, the session's bearer token on every call,
 * errors as ApiError with the API's error body (its field problems included). A 401 ends the
 * session, and the shell sends the person to sign in with the page they were on remembered.
 */
import type { ErrorBody } from './contract';
import { session } from '../session/session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

export type Query = Record<string, string | number | boolean | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The raw response (for files and streams); throws ApiError on any status but 2xx. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = session.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(path, { ...init, headers });
  if (response.ok) return response;
  const body = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as ErrorBody) : undefined;
  if (response.status === 401 && token) session.expire();
  throw new ApiError(response.status, body);
}

export async function api<T>(path: string, options: { method?: string; body?: unknown; query?: Query; signal?: AbortSignal } = {}): Promise<T> {
  const response = await apiFetch(withQuery(path, options.query), {
    method: options.method ?? 'GET',
    signal: options.signal,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body), headers: { 'content-type': 'application/json' } }),
  });
  return (await response.json()) as T;
}

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;
