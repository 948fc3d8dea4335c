/**
 * P3, scale: N open matters at once, each waiting for its competent department's review with its
 * step and matter deadlines (SLA timers) running. Measured when a tenth of N is open and again at
 * N: the resident memory of the process that runs the workers (`npm run worker`, alone in its
 * process as in production), and the p95 of a reviewer's
 * inbox (every open task is that reviewer's) and of a unit reading one of its matters. Each reading
 * waits for the matters to be at rest — every one in its reviewer's inbox, the whole machine idle
 * (the workers, Temporal catching up, PostgreSQL's autovacuum after thousands of rows) — as they
 * are while they wait for people: what is measured is the reads at that many open matters, not the
 * reads beside the tail of their submission.
 * The stack is thrown away afterwards, which is the clean-up.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { hireFormForPerson } from '../../samples/forms';
import type { Stack } from '../lib/stack';
import { percentile, pool, submitHire, type Tokens } from './drive';
import { untilMachineAtRest } from './processes';

export interface ScaleFigures {
  matters: number;
  rssBytes: number;
  inboxP95Ms: number;
  matterP95Ms: number;
}

export interface ScaleResult {
  tenth: ScaleFigures;
  full: ScaleFigures;
  submitSeconds: number;
}

/** Requests per pass: sequential, so each latency is the route's own and not a queue's; enough that a p95 is not one stray request. */
const samples = 1_000;

/** The process running the workers: its resident memory in bytes. */
export interface WorkersProcess {
  memory(): Promise<number>;
}

export async function scale(stack: Stack, tokens: Tokens, total: number, concurrency: number, tag: string, workers: WorkersProcess): Promise<ScaleResult> {
  const form = (i: number) => hireFormForPerson(`S${tag}-${i}`, 2000 + i);
  const unit = form(0).unit;
  const clerk = await tokens.as('unit-clerk', unit.code, unit.region);
  const reviewer = await tokens.as('competent-reviewer', unit.competentDepartment.code, unit.region);
  const ids: string[] = [];
  const submit = (from: number, to: number) =>
    pool(to - from, concurrency, async (i) => void ids.push((await submitHire(stack.apiUrl, tokens, form(from + i))).id), stack);

  const started = performance.now();
  const tenthCount = Math.max(1, Math.round(total / 10));
  await submit(0, tenthCount);
  const tenth = await reading(stack, tenthCount, ids, clerk, reviewer, workers);
  console.log(`P3: ${tenthCount} open: RSS ${(tenth.rssBytes / 2 ** 20).toFixed(0)} MiB, inbox p95 ${tenth.inboxP95Ms.toFixed(1)} ms, matter p95 ${tenth.matterP95Ms.toFixed(1)} ms`);
  await submit(tenthCount, total);
  const submitSeconds = (performance.now() - started) / 1000;
  const full = await reading(stack, total, ids, clerk, reviewer, workers);
  return { tenth, full, submitSeconds };
}

async function reading(stack: Stack, open: number, ids: readonly string[], clerk: string, reviewer: string, workers: WorkersProcess): Promise<ScaleFigures> {
  await untilInboxHolds(stack.apiUrl, reviewer, open);
  const rest = await untilMachineAtRest();
  console.log(`P3: ${open} in the inbox; the machine at rest (${(rest.busyShare * 100).toFixed(0)} % of a core) after ${rest.waitedSeconds.toFixed(0)} s more`);
  const inboxUrl = () => `${stack.apiUrl}/api/v1/tasks`;
  const matterUrl = (i: number) => `${stack.apiUrl}/api/v1/matters/${encodeURIComponent(ids[(i * 7919) % ids.length]!)}`;
  // Each pass is run once unmeasured: the first reads after thousands of submissions meet cold
  // caches (PostgreSQL's pages, each pooled connection's prepared statement, the JIT), at either
  // size alike; measured cold, one size's p95 swung from 0.5 to 1.3 ms between passes.
  await latencies(samples, inboxUrl, reviewer);
  await latencies(samples, matterUrl, clerk);
  const inbox = await latencies(samples, inboxUrl, reviewer);
  const matter = await latencies(samples, matterUrl, clerk);
  return { matters: open, rssBytes: await workers.memory(), inboxP95Ms: percentile(inbox, 95), matterP95Ms: percentile(matter, 95) };
}

async function latencies(count: number, url: (index: number) => string, token: string): Promise<number[]> {
  const measured: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const response = await fetch(url(i), { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    measured.push(performance.now() - t0);
    if (!response.ok) throw new Error(`${new URL(url(i)).pathname} answered ${response.status}`);
  }
  return measured;
}

/** Every matter submitted has reached its competent review (the projection wrote its task): the inbox's total says so. */
async function untilInboxHolds(apiUrl: string, reviewer: string, open: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${apiUrl}/api/v1/tasks?pageSize=1`, { headers: { authorization: `Bearer ${reviewer}` } });
    const { total } = (await response.json()) as { total: number };
    if (total >= open) return;
    await sleep(1000);
  }
  throw new Error(`the inbox did not hold ${open} tasks within 10 minutes`);
}
