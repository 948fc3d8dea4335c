/**
 * P4: how late a deadline acts. N workflows each hold one durable timer, due one after another
 * over a spread of seconds once all have started (as the day's SLA cards fall due); each answers
 * its clock as it woke, and the lateness is that less its due instant. Each history then tells
 * the two halves apart: when the server fired the timer, and how long the workflow task that
 * followed waited to be started.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkflowHandle } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import type { Stack } from '../lib/stack';
import type { bareDeadline } from './bare-workflow';
import { deadlineTaskQueue, percentile, pool } from './drive';

export interface TimerFigures {
  timers: number;
  spreadMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The timer's TimerFired event less its due instant. */
  fired: { p50Ms: number; p99Ms: number };
  /** From the workflow task scheduled after the timer fired to its start (a worker's poll taking it). */
  queued: { p50Ms: number; p99Ms: number };
}

/** Workflows started at once while the first timers are already waiting, so starting them is never mistaken for lateness. */
const startsInFlight = 50;

export async function timerLateness(stack: Stack, timers: number, spreadMs: number, runTag: string): Promise<TimerFigures> {
  // Time enough to start every workflow first: a start takes a few ms here, a loaded machine several times that.
  const firstDue = Date.now() + Math.max(10_000, timers * 30);
  const dueAt = (index: number) => firstDue + Math.round((index * spreadMs) / timers);
  const handles: { handle: WorkflowHandle<typeof bareDeadline>; dueAt: number }[] = [];
  await pool(
    timers,
    startsInFlight,
    async (index) => {
      const handle = await stack.client.workflow.start<typeof bareDeadline>('bareDeadline', { taskQueue: deadlineTaskQueue, workflowId: `deadline-${runTag}-${index}`, args: [dueAt(index)] });
      handles.push({ handle, dueAt: dueAt(index) });
    },
    stack,
  );
  if (Date.now() > firstDue) throw new Error(`starting ${timers} timers outlasted the first one's due instant: run with fewer --timers-count`);
  // Nothing is due before then; the pool's per-task limit counts from here.
  await sleep(firstDue - Date.now());
  const lateness: number[] = [];
  await pool(handles.length, startsInFlight, async (index) => void lateness.push((await handles[index]!.handle.result()) - handles[index]!.dueAt), stack);
  // Histories are read once every timer has fired, so reading them adds nothing to the server's load while timers are due.
  const halves: Halves[] = [];
  await pool(handles.length, startsInFlight, async (index) => void halves.push(await halvesOf(handles[index]!)), stack);
  const spread = (values: number[]) => ({ p50Ms: percentile(values, 50), p99Ms: percentile(values, 99) });
  return {
    timers,
    spreadMs,
    p50Ms: percentile(lateness, 50),
    p99Ms: percentile(lateness, 99),
    maxMs: Math.max(...lateness),
    fired: spread(halves.map((half) => half.firedMs)),
    queued: spread(halves.map((half) => half.queuedMs)),
  };
}

interface Halves {
  firedMs: number;
  queuedMs: number;
}

/** The timer's firing less its due instant, and the wait of the workflow task that followed, read from the workflow's history. */
async function halvesOf({ handle, dueAt }: { handle: WorkflowHandle; dueAt: number }): Promise<Halves> {
  const events = (await handle.fetchHistory()).events ?? [];
  const fired = events.findIndex((event) => event.timerFiredEventAttributes);
  const scheduled = events.findIndex((event, index) => index > fired && event.workflowTaskScheduledEventAttributes);
  const started = events.findIndex((event, index) => index > scheduled && event.workflowTaskStartedEventAttributes);
  if (fired < 0 || scheduled < 0 || started < 0) throw new Error(`${handle.workflowId}: no fired timer followed by a started workflow task in its history`);
  const at = (index: number) => tsToMs(events[index]!.eventTime);
  return { firedMs: at(fired) - dueAt, queuedMs: at(started) - at(scheduled) };
}
