/**
 * `npm run bench [-- --matters N --concurrency C]` (or BENCH_MATTERS / BENCH_CONCURRENCY):
 * how many hire matters per second the whole system carries, and how that compares with a
 * bare Temporal workflow of the same shape on the same server — the ratio is the price of
 * everything the project adds (HTTP, authentication, validation, PostgreSQL, encryption on
 * both sides). Each matter is submitted by its unit's clerk and decided by whoever each step
 * waits for, every one with a bearer token signed as `npm run token` signs them.
 *
 * It starts its own throw-away stack on free ports, so it can run next to `npm start`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { NativeConnection, Worker } from '@temporalio/worker';
import { tokenSettingsOf } from '../startup/api';
import { signToken } from '../auth/tokens';
import { generateCodecKeySpec } from '../codec/keys';
import { dataConverterFor } from '../startup/temporal';
import { loadEnv, localAuthSecret } from '../config/env';
import { createLogger } from '../config/logger';
import type { RegionCode } from '../schemas/region';
import type { MatterState, Role } from '../schemas/matter';
import { organisationKindOfRole, type FunctionRole } from '../schemas/principal';
import { bareDecide, bareSteps, type BareActivities } from './bench/bare-workflow';
import { hireFormForPerson } from '../samples/forms';
import { freePort } from './lib/ports';
import { tempPostgresDataDir } from './lib/postgres';
import { startStack, type Stack } from './lib/stack';

const { values: args } = parseArgs({ options: { matters: { type: 'string' }, concurrency: { type: 'string' } } });
const matters = positiveInt('matters', args.matters ?? process.env.BENCH_MATTERS ?? '200');
const concurrency = positiveInt('concurrency', args.concurrency ?? process.env.BENCH_CONCURRENCY ?? '50');
const warmUp = 5;
/** A matter stuck this long is a failure, not a slow sample: the bench must end. */
const matterTimeoutMs = 120_000;
const bareTaskQueue = 'yijianshi-bench-bare';

const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-bench-'));
const env = loadEnv({
  ...process.env,
  PORT: '0',
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  TEMPORAL_PORT: String(await freePort()),
  TEMPORAL_UI_PORT: String(await freePort()),
  PG_PORT: String(await freePort()),
  CODEC_KEYS: generateCodecKeySpec('bench'),
  // The bench measures its own servers, never ones the caller's environment points at, and signs its own tokens.
  TEMPORAL_ADDRESS: undefined,
  DATABASE_URL: undefined,
  AUTH_SECRET: localAuthSecret,
  AUTH_JWKS_URL: undefined,
});
const runTag = Date.now().toString(36);
const tokenSettings = tokenSettingsOf(env);
/** Signed tokens by `role@organisation`. */
const tokens = new Map<string, Promise<string>>();

let stack: Stack | undefined;
let bareConnection: NativeConnection | undefined;
let bareWorker: Worker | undefined;
let bareRunning: Promise<void> | undefined;
let exitCode = 0;

process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

try {
  console.log(`bench: ${matters} matters per phase, at most ${concurrency} in flight; starting a throw-away stack …`);
  stack = await startStack({
    env,
    logger: createLogger(env.LOG_LEVEL),
    // A file database like `npm start`'s, not memory, so Temporal pays the same persistence cost.
    temporalDbFile: join(dataDir, 'temporal.db'),
    embeddedPostgres: { dataDir: await tempPostgresDataDir(), persistent: false },
  });
  const running = stack;
  // The stack installed the SDK runtime with its warn-level logging; this worker shares it.
  // Bundled now (webpack is CPU-heavy) but polled only in phase B, so phase A runs alone.
  bareConnection = await NativeConnection.connect({ address: running.temporalAddress });
  const noop: BareActivities = { departmentNoop: async () => {} };
  bareWorker = await Worker.create({
    connection: bareConnection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: bareTaskQueue,
    workflowsPath: fileURLToPath(new URL('./bench/bare-workflow.ts', import.meta.url)),
    activities: noop,
    // Same codec as the stack, so both phases pay for encryption alike.
    dataConverter: dataConverterFor(env),
  });

  console.log(`warm-up: ${warmUp} matters per phase before measuring, so the workflow bundles and the JIT are warm`);
  const api = await phase(running, 'api', (i, tag) => apiMatter(running, i, tag));
  bareRunning = bareWorker.run();
  const bare = await phase(running, 'bare', (i, tag) => bareMatter(running, i, tag));
  report(api, bare);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);

// --- phases -----------------------------------------------------------------------------------

interface PhaseResult {
  name: string;
  matters: number;
  wallMs: number;
  latenciesMs: number[];
}

/** Warm-up, then N matters with at most C in flight; throws if any matter fails. */
async function phase(stack: Stack, name: string, runOne: (index: number, tag: string) => Promise<void>): Promise<PhaseResult> {
  await pool(warmUp, concurrency, (i) => runOne(i, `W${runTag}`), stack);
  const latenciesMs: number[] = [];
  const started = performance.now();
  await pool(matters, concurrency, async (i) => {
    const t0 = performance.now();
    await runOne(warmUp + i, `M${runTag}`);
    latenciesMs.push(performance.now() - t0);
  }, stack);
  return { name, matters, wallMs: performance.now() - started, latenciesMs };
}

/** Submit (the unit's clerk) → competent approves → hall approves (whoever each waits for) → workflow result, all through the HTTP API. */
async function apiMatter(stack: Stack, index: number, tag: string): Promise<void> {
  const form = hireFormForPerson(`${tag}-${index}`, index);
  const clerk = await tokenAs('unit-clerk', form.unit.code, form.unit.region);
  let matter = await post<MatterState>(`${stack.apiUrl}/api/v1/matters/hire`, form, 202, clerk);
  for (const step of ['competent', 'hall'] as const) {
    const decider = await deciderToken(matter, form.unit.region);
    matter = await post<MatterState>(`${stack.apiUrl}/api/v1/matters/${encodeURIComponent(matter.id)}/decisions`, { step, decision: 'approve' }, 200, decider);
  }
  // The result, not GET polling: queries would add server work the figure should not contain.
  const final: MatterState = await stack.client.workflow.getHandle(matter.id).result();
  if (final.status !== 'completed') throw new Error(`matter ${matter.id} ended ${final.status}: ${final.outcome ?? ''}`);
}

/** The same shape straight on the Temporal client: start → two Updates → result. */
async function bareMatter(stack: Stack, index: number, tag: string): Promise<void> {
  const handle = await stack.client.workflow.start('bareMatter', { taskQueue: bareTaskQueue, workflowId: `bare-${tag}-${index}` });
  for (const step of bareSteps) await handle.executeUpdate(bareDecide, { args: [step] });
  const outcome: string = await handle.result();
  if (outcome !== 'completed') throw new Error(`bare workflow ${handle.workflowId} ended ${outcome}`);
}

async function post<T>(url: string, body: unknown, expected: number, token: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== expected) throw new Error(`POST ${new URL(url).pathname} answered ${response.status} (expected ${expected}): ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

// --- tokens -------------------------------------------------------------------------------------

/** A member in one role of one organisation; signed once and reused, so signing stays out of the figures. */
function tokenAs(role: Role, organisation: string, region: RegionCode): Promise<string> {
  const key = `${role}@${organisation}`;
  let token = tokens.get(key);
  if (!token) {
    // Steps wait for a role that names its office's function, never for a chief.
    const membership = { organisation, kind: organisationKindOfRole[role as FunctionRole], region, roles: [role] };
    token = signToken({ sub: `bench-${key}`, name: `bench ${key}`, kind: 'person', memberships: [membership] }, tokenSettings, env.TOKEN_TTL_SECONDS);
    tokens.set(key, token);
  }
  return token;
}

/** The token of whoever the matter waits for now (the first organisation still awaited). */
function deciderToken(matter: MatterState, region: RegionCode): Promise<string> {
  const waiting = matter.waitingFor;
  if (!waiting) throw new Error(`matter ${matter.id} waits for no decision (it is ${matter.status} at ${matter.stage})`);
  return tokenAs(waiting.role, waiting.organisations[0]!, region);
}

/**
 * Runs `count` tasks with at most `limit` at once. The first failure stops handing out new
 * tasks and is thrown once the ones in flight settle; a stack part dying fails it at once.
 */
async function pool(count: number, limit: number, task: (index: number) => Promise<void>, stack: Stack): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (failure === undefined && next < count) {
      const index = next++;
      await withTimeout(task(index), `matter ${index}`).catch((error: unknown) => void (failure ??= error));
    }
  };
  const lanes = Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  await Promise.race([lanes, stack.failed.then((error) => Promise.reject(error))]);
  if (failure !== undefined) throw failure;
}

async function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      work,
      sleep(matterTimeoutMs, undefined, { signal: timer.signal }).then(() => Promise.reject(new Error(`${what} did not complete within ${matterTimeoutMs / 1000} s`))),
    ]);
  } finally {
    timer.abort(); // lets the process exit without waiting for the timer
  }
}

// --- report -------------------------------------------------------------------------------------

function report(api: PhaseResult, bare: PhaseResult): void {
  const rate = (p: PhaseResult) => p.matters / (p.wallMs / 1000);
  const rows = [
    ['phase', 'matters', 'wall s', 'matters/s', 'p50 ms', 'p99 ms'],
    ...[api, bare].map((p) => [p.name, String(p.matters), (p.wallMs / 1000).toFixed(2), rate(p).toFixed(1), percentile(p.latenciesMs, 50).toFixed(0), percentile(p.latenciesMs, 99).toFixed(0)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  console.log('');
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  console.log(`api/bare matters/s: ${(rate(api) / rate(bare)).toFixed(2)}`);
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, ${process.platform}/${process.arch}, concurrency ${concurrency}`);
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

// --- lifecycle ----------------------------------------------------------------------------------

async function cleanUp(): Promise<void> {
  if (bareWorker?.getState() === 'RUNNING') bareWorker.shutdown();
  await bareRunning?.catch((error: unknown) => console.error('bench worker:', error));
  bareRunning = undefined;
  await bareConnection?.close().catch(() => undefined);
  bareConnection = undefined;
  await stack?.stop();
  stack = undefined;
  await rm(dataDir, { recursive: true, force: true });
}

function positiveInt(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive integer (got ${raw})`);
    process.exit(2);
  }
  return value;
}
