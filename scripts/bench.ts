/**
 * `npm run bench [-- --matters N --concurrency C --read-seconds S --connections K --scale [--scale-matters N] --timers [--timers-count N] --profile DIR]`:
 * the project's performance,
 * in one table.
 * - P1: hire matters per second through the whole system, against a bare Temporal workflow of
 *   the same shape on the same server — the ratio is the price of everything the project adds
 *   (HTTP, authentication, validation, PostgreSQL, encryption on both sides);
 * - P1b: the history events each leaves in Temporal;
 * - P2: the read path — requests per second of the production API (`npm run api`) on the routes
 *   people poll, as a share of a fastify hello-world measured in the same run;
 * - P3 (`--scale`, with `--scale-matters N`, 10,000 unless given): N open matters waiting on people
 *   and timers — the memory of the workers' process (`npm run worker`, as in production), the inbox's and a matter read's p95 at N against at a tenth of N;
 * - P4 (`--timers`, with `--timers-count N`, 1,000 unless given): how late a deadline acts — N
 *   durable timers falling due over ten seconds, on a worker in a process of its own (as the SLA
 *   clocks run in `npm run worker`), the p99 of how long after its due instant each woke.
 * Each matter is submitted by its unit's clerk and decided by whoever each step waits for, with
 * bearer tokens signed on the bench's own secret. It starts its own throw-away stack on free
 * ports, so it can run next to `npm start`.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import proto from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { tokenSettingsOf } from '../startup/api';
import { generateCertificateKeySpec } from '../certificates/keys';
import { generateCodecKeySpec } from '../codec/keys';
import { generateKeySpec } from '../config/key-spec';
import { generateBlindIndexKey } from '../vault/keys';
import { loadEnv, projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { hireFormForPerson } from '../samples/forms';
import { apiMatter, bareMatter, bareTaskQueue, deadlineTaskQueue, percentile, pool, submitHire, Tokens } from './bench/drive';
import { createBareWorker } from './bench/bare-worker';
import { historyFigures } from './bench/history';
import { readPath, type ReadFigures } from './bench/read-path';
import { residentMemory, startQuietChild, tsxArgs, type ChildProcessHandle } from './bench/processes';
import { mattersDeployment } from '../worker/create-workers';
import { scale, type ScaleFigures } from './bench/scale';
import { timerLateness } from './bench/timers';
import { ms, printTable, ratio, type Row } from './bench/table';
import { tempPostgresDataDir } from './lib/postgres';
import { freePort } from './lib/ports';
import { startStack, type Stack } from './lib/stack';

const { values: args } = parseArgs({
  options: {
    matters: { type: 'string' },
    concurrency: { type: 'string' },
    'read-seconds': { type: 'string' },
    connections: { type: 'string' },
    scale: { type: 'boolean' },
    'scale-matters': { type: 'string' },
    timers: { type: 'boolean' },
    'timers-count': { type: 'string' },
    profile: { type: 'string' },
  },
});
const matters = count('matters', args.matters ?? process.env.BENCH_MATTERS ?? '200', 0);
const concurrency = count('concurrency', args.concurrency ?? process.env.BENCH_CONCURRENCY ?? '50');
const readSeconds = count('read-seconds', args['read-seconds'] ?? '10');
const connections = count('connections', args.connections ?? '50');
const scaleMatters = count('scale-matters', args['scale-matters'] ?? '10000', 10);
const timerCount = count('timers-count', args['timers-count'] ?? '1000');
const timerSpreadMs = 10_000;
const warmUp = 5;

const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-bench-'));
const authSecret = randomBytes(32).toString('base64url');
const codecKeys = generateCodecKeySpec('bench');
// Keys the production API refuses to start without; the stack gets the same, so both read what the other wrote.
const productionKeys = {
  DATA_KEYS: generateKeySpec('bench'),
  BLIND_INDEX_KEY: generateBlindIndexKey(),
  CERTIFICATE_SIGNING_KEYS: generateCertificateKeySpec('bench'),
};
const env = loadEnv({
  ...process.env,
  PORT: '0',
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  TEMPORAL_PORT: String(await freePort()),
  TEMPORAL_UI_PORT: String(await freePort()),
  PG_PORT: String(await freePort()),
  CODEC_KEYS: codecKeys,
  ...productionKeys,
  // The bench measures its own servers, never ones the caller's environment points at, and signs its own tokens.
  TEMPORAL_ADDRESS: undefined,
  DATABASE_URL: undefined,
  AUTH_SECRET: authSecret,
  AUTH_JWKS_URL: undefined,
  WORKER_METRICS_ADDRESS: 'off',
});
const runTag = Date.now().toString(36);
const execFileAsync = promisify(execFile);
const tokens = new Tokens(tokenSettingsOf(env), env.TOKEN_TTL_SECONDS);

let stack: Stack | undefined;
let bareConnection: NativeConnection | undefined;
let bareWorker: Worker | undefined;
let bareRunning: Promise<void> | undefined;
let workers: ChildProcessHandle | undefined;
let deadlineWorker: ChildProcessHandle | undefined;
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
    // The workers run as production runs them, in a process of their own (`npm run worker`), whose memory P3 reads.
    workers: false,
  });
  const running = stack;
  console.log('bench: npm run build, so the workers and the API run compiled with the prebuilt workflow bundle, as in production …');
  await execFileAsync(process.execPath, ['scripts/bootstrap.mjs', 'build'], { cwd: projectRoot });
  console.log('bench: starting the workers (npm run worker) …');
  workers = await startQuietChild({
    args: ['scripts/bootstrap.mjs', 'worker'],
    env: { ...productionEnv(running), WORKER_METRICS_ADDRESS: 'off', WORKER_APP_METRICS_ADDRESS: 'off' },
    logFile: join(dataDir, 'worker.log'),
    // Its log is buffered in production; it is ready once it has made its workflows' version the current one, as it does once it polls.
    isReady: async () => {
      const deployment = await running.client.workflowService.describeWorkerDeployment({ namespace: env.TEMPORAL_NAMESPACE, deploymentName: mattersDeployment }).catch(() => undefined);
      return Boolean(deployment?.workerDeploymentInfo?.routingConfig?.currentDeploymentVersion?.buildId);
    },
  });
  const rows: Row[] = [];
  if (matters > 0) rows.push(...(await measured('P1', () => throughput(running))));
  rows.push(...(await measured('P2', () => readPathRows(running))));
  if (args.scale) rows.push(...(await measured('P3', () => scaleRows(running))));
  if (args.timers) rows.push(...(await measured('P4', () => timerRows(running))));
  printTable(rows, concurrency);
} catch (error) {
  console.error(`bench failed: ${told(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);

/** A phase's rows, or — the phase failed — one row saying so, so the other phases' figures are still printed (and the bench exits 1). */
async function measured(phase: string, rows: () => Promise<Row[]>): Promise<Row[]> {
  try {
    return await rows();
  } catch (error) {
    console.error(`${phase} failed: ${told(error)}`);
    exitCode = 1;
    return [{ phase, measure: 'failed', figure: '—', detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120), target: '' }];
  }
}

function told(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// --- P1, P1b --------------------------------------------------------------------------------------

interface PhaseResult {
  name: string;
  matters: number;
  wallMs: number;
  latenciesMs: number[];
  workflowIds: string[];
}

async function throughput(running: Stack): Promise<Row[]> {
  // Bundled now (webpack is CPU-heavy) but polled only in the bare phase, so the API phase runs alone.
  const bare = await bareWorkerOn(running);
  console.log(`P1: warm-up of ${warmUp} matters per phase before measuring, so the workflow bundles and the JIT are warm`);
  const api = await phase(running, 'api', (i, tag) => apiMatter(running, tokens, hireFormForPerson(`${tag}-${i}`, i)));
  bareRunning = bare.run();
  const bareShape = await phase(running, 'bare', (i, tag) => bareMatter(running, `bare-${tag}-${i}`));
  console.log('P1b: reading back the histories of a sample of each phase');
  const [apiHistory, bareHistory] = [await historyFigures(running.client, api.workflowIds), await historyFigures(running.client, bareShape.workflowIds)];
  for (const [name, history] of [['API', apiHistory], ['bare', bareHistory]] as const) {
    console.log(`P1b: one ${name} history by event type: ${history.byType.map(([type, n]) => `${type} ${n}`).join(', ')}`);
  }
  const rate = (p: PhaseResult) => p.matters / (p.wallMs / 1000);
  const detail = (p: PhaseResult) => `${p.name} ${rate(p).toFixed(1)}/s, p50 ${ms(percentile(p.latenciesMs, 50))}, p99 ${ms(percentile(p.latenciesMs, 99))}`;
  const events = (h: typeof apiHistory) => `${h.events.p50}`;
  const eventsDetail = (h: typeof apiHistory) => `${h.sampled} sampled: ${h.events.min}–${h.events.max} events, ${(h.bytesP50 / 1024).toFixed(1)} KB`;
  return [
    { phase: 'P1', measure: 'matters/s API ÷ bare shape', figure: ratio(rate(api) / rate(bareShape)), detail: `${detail(api)}; ${detail(bareShape)}`, target: '≥ 0.6' },
    { phase: 'P1b', measure: 'history events, completed hire (API)', figure: events(apiHistory), detail: eventsDetail(apiHistory), target: '≤ 60' },
    { phase: 'P1b', measure: 'history events, bare shape', figure: events(bareHistory), detail: eventsDetail(bareHistory), target: '' },
  ];
}

/** P1's worker of the bare shape, in the bench's process; the stack installed the SDK runtime with its warn-level logging, and this worker shares it. */
async function bareWorkerOn(running: Stack): Promise<Worker> {
  bareConnection = await NativeConnection.connect({ address: running.temporalAddress });
  bareWorker = await createBareWorker(bareConnection, env, bareTaskQueue);
  return bareWorker;
}

/** Warm-up, then N matters with at most C in flight; throws if any matter fails. */
async function phase(running: Stack, name: string, runOne: (index: number, tag: string) => Promise<string>): Promise<PhaseResult> {
  await pool(warmUp, concurrency, async (i) => void (await runOne(i, `W${name}${runTag}`)), running);
  const latenciesMs: number[] = [];
  const workflowIds: string[] = [];
  const started = performance.now();
  await pool(matters, concurrency, async (i) => {
    const t0 = performance.now();
    workflowIds.push(await runOne(warmUp + i, `M${runTag}`));
    latenciesMs.push(performance.now() - t0);
  }, running);
  return { name, matters, wallMs: performance.now() - started, latenciesMs, workflowIds };
}

// --- P2 -----------------------------------------------------------------------------------------

/** How `npm run api` and `npm run worker` run beside the stack: its database and Temporal, the bench's secret and keys, as in production. */
function productionEnv(running: Stack): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    DATABASE_URL: running.databaseUrl,
    TEMPORAL_ADDRESS: running.temporalAddress,
    AUTH_SECRET: authSecret,
    CODEC_KEYS: codecKeys,
    ...productionKeys,
    PUBLIC_BASE_URL: running.apiUrl,
    DATA_DIR: dataDir,
  };
}

/** The routes people poll, read by whom reads them: a unit's clerk its matters, a reviewer the inbox. */
async function readPathRows(running: Stack): Promise<Row[]> {
  console.log('P2: a closed matter and twenty open ones to read');
  const form = (i: number) => hireFormForPerson(`R${runTag}-${i}`, 900 + i);
  const closed = await apiMatter(running, tokens, form(0));
  const open: string[] = [];
  await pool(20, 10, async (i) => void open.push((await submitHire(running.apiUrl, tokens, form(i + 1))).id), running);
  const unit = form(0).unit;
  const clerk = await tokens.as('unit-clerk', unit.code, unit.region);
  const reviewer = await tokens.as('competent-reviewer', unit.competentDepartment.code, unit.region);
  const profileDir = args.profile ? resolve(args.profile) : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  console.log(`P2: autocannon, ${connections} connections, ${readSeconds} s per route: fastify hello-world, then npm run api${profileDir ? ` (CPU profile into ${profileDir})` : ''}`);
  const result = await readPath({
    apiEnv: productionEnv(running),
    targets: [
      { name: 'GET /healthz', path: '/healthz' },
      { name: 'GET /api/v1/me', path: '/api/v1/me', token: clerk },
      { name: 'GET /api/v1/matters/{id} (closed)', path: `/api/v1/matters/${encodeURIComponent(closed)}`, token: clerk },
      { name: 'GET /api/v1/matters/{id} (open)', path: `/api/v1/matters/${encodeURIComponent(open[0]!)}`, token: clerk },
      { name: 'GET /api/v1/tasks (20 open)', path: '/api/v1/tasks', token: reviewer },
    ],
    dataDir,
    seconds: readSeconds,
    connections,
    profileDir,
  });
  const hello = result.helloWorld.requestsPerSecond;
  const targets: Record<string, string> = {
    'GET /api/v1/matters/{id} (closed)': '≥ 0.25, p99 ≤ 5 × p50',
    'GET /api/v1/matters/{id} (open)': '≥ 0.25, p99 ≤ 5 × p50',
    'GET /api/v1/tasks (20 open)': '≥ 0.2',
  };
  const figures = (f: ReadFigures) => `${Math.round(f.requestsPerSecond)} req/s, p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}`;
  return [
    { phase: 'P2', measure: 'fastify hello-world (no logger)', figure: `${Math.round(hello)} req/s`, detail: figures(result.helloWorld), target: '' },
    ...result.routes.map((route) => ({ phase: 'P2', measure: `${route.name} ÷ hello-world`, figure: ratio(route.requestsPerSecond / hello), detail: figures(route), target: targets[route.name] ?? '' })),
    { phase: 'P2', measure: 'API log lines per request', figure: result.logLinesPerRequest.toFixed(2), detail: 'npm run api, NODE_ENV=production, LOG_LEVEL=info', target: '1' },
  ];
}

// --- P3 -----------------------------------------------------------------------------------------

async function scaleRows(running: Stack): Promise<Row[]> {
  console.log(`P3: ${scaleMatters} matters submitted, ${concurrency} at a time, each left waiting for its review`);
  const workersPid = workers!.pid;
  const { tenth, full, submitSeconds } = await scale(running, tokens, scaleMatters, concurrency, runTag, {
    memory: async () => (await residentMemory(workersPid)).rss,
  });
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const p95 = (f: ScaleFigures, key: 'inboxP95Ms' | 'matterP95Ms') => `${f.matters}: ${ms(f[key])}`;
  return [
    { phase: 'P3', measure: `RSS of the workers' process, ${full.matters} open`, figure: mib(full.rssBytes), detail: `${mib(tenth.rssBytes)} at ${tenth.matters}; npm run worker, WORKER_CACHED_MATTERS ${env.WORKER_CACHED_MATTERS}; submitted in ${submitSeconds.toFixed(0)} s`, target: '≤ 1 GiB' },
    { phase: 'P3', measure: 'inbox p95 at N ÷ at N/10', figure: ratio(full.inboxP95Ms / tenth.inboxP95Ms), detail: `${p95(tenth, 'inboxP95Ms')}, ${p95(full, 'inboxP95Ms')}`, target: '≤ 1.2' },
    { phase: 'P3', measure: 'matter read p95 at N ÷ at N/10', figure: ratio(full.matterP95Ms / tenth.matterP95Ms), detail: `${p95(tenth, 'matterP95Ms')}, ${p95(full, 'matterP95Ms')}`, target: '≤ 1.2' },
  ];
}

// --- P4 -----------------------------------------------------------------------------------------

async function timerRows(running: Stack): Promise<Row[]> {
  console.log(`P4: ${timerCount} workflows each holding one timer, due over ${timerSpreadMs / 1000} s once all have started`);
  deadlineWorker = await startQuietChild({
    args: tsxArgs('scripts/bench/deadline-worker.ts'),
    env: productionEnv(running),
    logFile: join(dataDir, 'deadline-worker.log'),
    isReady: async () => {
      const queue = await running.client.workflowService.describeTaskQueue({ namespace: env.TEMPORAL_NAMESPACE, taskQueue: { name: deadlineTaskQueue }, taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW });
      return (queue.pollers ?? []).length > 0;
    },
  });
  const figures = await timerLateness(running, timerCount, timerSpreadMs, runTag);
  return [
    {
      phase: 'P4',
      measure: `deadline lateness p99, ${figures.timers} timers`,
      figure: ms(figures.p99Ms),
      detail: `p50 ${ms(figures.p50Ms)}, max ${ms(figures.maxMs)}; due over ${figures.spreadMs / 1000} s; the workflow's clock as it woke less the due instant: the timer fired p50 ${ms(figures.fired.p50Ms)}, p99 ${ms(figures.fired.p99Ms)} after it, and the workflow task that followed was taken p50 ${ms(figures.queued.p50Ms)}, p99 ${ms(figures.queued.p99Ms)} after it was scheduled`,
      target: '≤ 1 s',
    },
  ];
}

// --- lifecycle ----------------------------------------------------------------------------------

async function cleanUp(): Promise<void> {
  if (bareWorker?.getState() === 'RUNNING') bareWorker.shutdown();
  await bareRunning?.catch((error: unknown) => console.error('bench worker:', error));
  bareRunning = undefined;
  await bareConnection?.close().catch(() => undefined);
  bareConnection = undefined;
  await workers?.stop();
  workers = undefined;
  await deadlineWorker?.stop();
  deadlineWorker = undefined;
  await stack?.stop();
  stack = undefined;
  await rm(dataDir, { recursive: true, force: true });
}

function count(name: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer of at least ${min} (got ${raw})`);
    process.exit(2);
  }
  return value;
}
