/**
 * P4: how late a deadline acts. N workflows each hold one durable timer, due one after another
 * over a spread of seconds once all have started (as the day's SLA cards fall due); each answers
 * its clock as it woke, and the lateness is that less its due instant.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Stack } from '../lib/stack';
import { bareTaskQueue, percentile, pool } from './drive';

export interface TimerFigures {
  timers: number;
  spreadMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Workflows started at once while the first timers are already waiting, so starting them is never mistaken for lateness. */
const startsInFlight = 50;

export async function timerLateness(stack: Stack, timers: number, spreadMs: number, runTag: string): Promise<TimerFigures> {
  // Time enough to start every workflow first: a start takes a few ms here, a loaded machine several times that.
  const firstDue = Date.now() + Math.max(10_000, timers * 30);
  const dueAt = (index: number) => firstDue + Math.round((index * spreadMs) / timers);
  const handles: { dueAt: number; result: () => Promise<number> }[] = [];
  await pool(
    timers,
    startsInFlight,
    async (index) => {
      const handle = await stack.client.workflow.start('bareDeadline', { taskQueue: bareTaskQueue, workflowId: `deadline-${runTag}-${index}`, args: [dueAt(index)] });
      handles.push({ dueAt: dueAt(index), result: () => handle.result() });
    },
    stack,
  );
  if (Date.now() > firstDue) throw new Error(`starting ${timers} timers outlasted the first one's due instant: run with fewer --timers-count`);
  // Nothing is due before then; the pool's per-task limit counts from here.
  await sleep(firstDue - Date.now());
  const lateness: number[] = [];
  await pool(handles.length, startsInFlight, async (index) => void lateness.push((await handles[index]!.result()) - handles[index]!.dueAt), stack);
  return { timers, spreadMs, p50Ms: percentile(lateness, 50), p99Ms: percentile(lateness, 99), maxMs: Math.max(...lateness) };
}
