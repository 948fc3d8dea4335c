/**
 * Calls to our own bookkeeping activities (the projections, deadline planning, cards), local first
 * (workflows/local-first.ts) and handed over to an ordinary activity retried without limit when
 * PostgreSQL does not answer in a few seconds: an outage of our own database costs the matter a
 * wait, never its workflow task or its life. A failure the activity marks non-retryable (a
 * calendar year not loaded) is the caller's to handle.
 */
import { proxyActivities, proxyLocalActivities, type ActivityFunction } from '@temporalio/workflow';
import type { Activities } from '../activities/types';
import { activityOptions } from '../temporal.config';
import { localFirst } from './local-first';

type Bookkeeping = Pick<Activities, 'recordMatter' | 'recordRectification' | 'matterDeadline' | 'stepDeadline' | 'remainingWorkingTime' | 'identifyOperator'>;

const local = proxyLocalActivities<Bookkeeping>(activityOptions.bookkeepingLocal);
const durable = proxyActivities<Bookkeeping>(activityOptions.bookkeeping);

/** Runs `name` with `args`, summarised for Temporal UI as `summary`. */
export async function bookkeep<Name extends keyof Bookkeeping>(name: Name, summary: string, ...args: Parameters<Bookkeeping[Name]>): Promise<Awaited<ReturnType<Bookkeeping[Name]>>> {
  const call = (activities: Record<keyof Bookkeeping, { executeWithOptions: (options: object, args: unknown[]) => Promise<unknown> }>, options: object) =>
    activities[name].executeWithOptions({ ...options, summary }, args) as Promise<Awaited<ReturnType<Bookkeeping[Name]>>>;
  return localFirst(
    name,
    () => call(asCallable(local), activityOptions.bookkeepingLocal),
    () => call(asCallable(durable), activityOptions.bookkeeping),
  );
}

/** The proxies as plain records of callables, so one code path serves both kinds. */
function asCallable(proxies: { [K in keyof Bookkeeping]: ActivityFunction & { executeWithOptions: unknown } }) {
  return proxies as unknown as Record<keyof Bookkeeping, { executeWithOptions: (options: object, args: unknown[]) => Promise<unknown> }>;
}
