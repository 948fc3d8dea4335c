/**
 * PostgreSQL away for two minutes (issue 19), on the stack `npm start` runs with a PostgreSQL
 * of its own: first stopped for a minute, then — started again — hung for a minute (every one
 * of its processes stopped by SIGSTOP: connections open, nothing answers). Matters are open at
 * several stages, and one is approved by the hall as it stops. Throughout, a read, a submission, a decision and `/readyz` each answer 503
 * within 5 s, and no matter fails; afterwards every matter goes on to completion. The history
 * events the outage added to each matter are printed: what the outage costs Temporal.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowUpdateStage, type WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnv } from '../../config/env';
import { createLogger } from '../../config/logger';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { freePort } from '../../scripts/lib/ports';
import { startEmbeddedPostgres, tempPostgresDataDir, type RunningPostgres } from '../../scripts/lib/postgres';
import { startStack, type Stack } from '../../scripts/lib/stack';
import { answerWithin } from '../support/answer-within';
import { tokenFor } from '../support/auth';
import { awaitedReviewer } from '../support/matters';
import { decide } from '../../workflows/messages';
import { quietRuntime, testCodecKeys, workflowBundle } from '../support/harness';

const outageMs = 60_000;
/** Between two rounds of requests during the outage. */
const roundEveryMs = 5_000;

let postgres: RunningPostgres;
let postgresDir: string;
let postgresPort: number;
let stack: Stack;
let clerk: string;
let reviewer: string;
let hall: string;

const startPostgres = () => startEmbeddedPostgres({ dataDir: postgresDir, port: postgresPort, database: 'yijianshi', persistent: true, log: () => undefined });

beforeAll(async () => {
  quietRuntime();
  [postgresDir, postgresPort] = await Promise.all([tempPostgresDataDir(), freePort()]);
  postgres = await startPostgres();
  const env = loadEnv({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    TEMPORAL_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    DATABASE_URL: postgres.url,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'yijianshi-outage-')),
    CODEC_KEYS: testCodecKeys,
    LOG_LEVEL: 'error',
    WORKER_METRICS_ADDRESS: 'off',
  });
  stack = await startStack({ env, logger: createLogger('error'), workflowBundle: workflowBundle() });
  [clerk, reviewer, hall] = await Promise.all([tokenFor('wz.hospital.clerk'), tokenFor('wz.health.reviewer'), tokenFor('wz.hall.officer')]);
}, 300_000);

afterAll(async () => {
  resume();
  await stack?.stop();
  await postgres?.stop();
  if (postgresDir) await rm(postgresDir, { recursive: true, force: true });
}, 300_000);

/** An API call that must answer within 5 s: a hang fails the test. */
const call = (method: string, path: string, body?: unknown, token?: string) => answerWithin(5_000, `${stack.apiUrl}${path}`, method, body, token);

let applications = 0;
async function submitted(): Promise<MatterState> {
  const answer = await call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: `OUTAGE-${++applications}`, identitySuffix: String(950 + applications) }), clerk);
  expect(answer.status).toBe(202);
  return answer.body;
}

async function decided(matter: MatterState, step: string, decision: 'approve' | 'return' = 'approve'): Promise<MatterState> {
  const extra = decision === 'return' ? { problems: [{ field: 'person.phone', message: '联系电话有误 / wrong phone number' }] } : {};
  const answer = await call('POST', `/api/v1/matters/${encodeURIComponent(matter.id)}/decisions`, { step, decision, ...extra }, step === 'competent' ? reviewer : hall);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Every process of the PostgreSQL server: the postmaster (first line of postmaster.pid) and its children. */
async function postgresProcesses(): Promise<number[]> {
  const postmaster = Number((await readFile(join(postgresDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  return [postmaster, ...children];
}

let hung: number[] = [];
async function hang(): Promise<void> {
  hung = await postgresProcesses();
  for (const pid of hung) process.kill(pid, 'SIGSTOP');
}
function resume(): void {
  for (const pid of hung) process.kill(pid, 'SIGCONT');
  hung = [];
}

/** One round of what users do while the database is away: each answered 503 (with Retry-After), never a hang. */
async function oneRound(open: MatterState): Promise<void> {
  const read = await call('GET', `/api/v1/matters/${encodeURIComponent(open.id)}`, undefined, clerk);
  const submission = await call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: 'OUTAGE-REFUSED', identitySuffix: '999' }), clerk);
  const decision = await call('POST', `/api/v1/matters/${encodeURIComponent(open.id)}/decisions`, { step: 'competent', decision: 'approve' }, reviewer);
  for (const answer of [read, submission, decision]) {
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBeTruthy();
    expect(answer.body.error).toBe('database_unavailable');
  }
  const ready = await call('GET', '/readyz');
  expect(ready.status).toBe(503);
  expect(ready.body.checks.temporal).toBe('ok');
  expect(ready.body.checks.postgres).not.toBe('ok');
}

/** Rounds of requests for `ms`, paced by the rounds themselves (each waits for its answers). */
async function roundsFor(ms: number, open: MatterState): Promise<number> {
  const until = Date.now() + ms;
  let rounds = 0;
  while (Date.now() < until) {
    const started = Date.now();
    await oneRound(open);
    rounds += 1;
    const left = Math.min(roundEveryMs - (Date.now() - started), until - Date.now());
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
  return rounds;
}

async function historyLength(handle: WorkflowHandle): Promise<number> {
  return (await handle.fetchHistory()).events?.length ?? 0;
}

describe('PostgreSQL away for two minutes', () => {
  it('answers 503 within 5 s throughout, fails no matter, adds few history events, and every matter completes afterwards', { timeout: 15 * 60_000 }, async () => {
    const atCompetent = await submitted();
    const atHall = await decided(await submitted(), 'competent');
    const correcting = await decided(await submitted(), 'competent', 'return');
    // Approved by the hall as PostgreSQL stops: its projection, its departments' parts (local first), all meet the outage.
    const handling = await decided(await submitted(), 'competent');
    const open = [atCompetent, atHall, correcting, handling];
    const handles = open.map((matter) => stack.client.workflow.getHandle(matter.id));
    const eventsBefore = await Promise.all(handles.map(historyLength));

    // Stopped: nothing listens on its port.
    await postgres.stop();
    const hallActor = await awaitedReviewer(handles[3]!, 'hall');
    await handles[3]!.startUpdate(decide, { args: [{ step: 'hall', decision: 'approve', actor: hallActor }], waitForStage: WorkflowUpdateStage.ACCEPTED });
    const stoppedRounds = await roundsFor(outageMs, atCompetent);
    // Started again, then hung: it accepts connections and answers nothing.
    postgres = await startPostgres();
    await hang();
    const hungRounds = await roundsFor(outageMs, atCompetent);
    const eventsDuring = await Promise.all(handles.map(historyLength));
    resume();

    for (const handle of handles) expect((await handle.describe()).status.name).toBe('RUNNING');
    const added = open.map((matter, index) => `${matter.id} (${matter.stage}): +${eventsDuring[index]! - eventsBefore[index]!}`);
    console.log(`[outage] ${stoppedRounds} rounds while stopped, ${hungRounds} while hung; history events added: ${added.join(', ')}`);
    for (const [index, count] of eventsDuring.entries()) expect(count - eventsBefore[index]!).toBeLessThan(50);

    // Back: every matter goes on where it was.
    await vi.waitFor(async () => expect((await call('GET', '/readyz')).status).toBe(200), { timeout: 60_000, interval: 500 });
    await decided(await decided(atCompetent, 'competent'), 'hall');
    await decided(atHall, 'hall');
    const resubmitted = await call('PUT', `/api/v1/matters/${encodeURIComponent(correcting.id)}/form`, hireFormFor({ applicationNo: correcting.applicationNo, identitySuffix: String(950 + 3) }), clerk);
    expect(resubmitted.status).toBe(200);
    await decided(await decided(resubmitted.body, 'competent'), 'hall');

    const finals: MatterState[] = await Promise.all(handles.map((handle) => handle.result()));
    expect(finals.map((matter) => matter.status)).toEqual(Array(4).fill('completed'));
    const failed = await stack.client.workflow.count(`ExecutionStatus = 'Failed' OR ExecutionStatus = 'Terminated' OR ExecutionStatus = 'TimedOut'`);
    expect(failed.count).toBe(0);
  });
});
