/**
 * P2, the read path: autocannon (as a library, in the bench's process) against a fastify
 * hello-world and then against the production API (`npm run api`, the API alone in its process,
 * logging at info as in production), one after the other in the same run, so each route's
 * requests per second can be read as a share of what fastify itself serves on this machine.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../lib/ports';
import { startChild, tsxArgs, type ChildServer } from './processes';

export interface ReadTarget {
  name: string;
  path: string;
  token?: string;
}

export interface ReadFigures {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface ReadPathResult {
  helloWorld: ReadFigures;
  routes: ReadFigures[];
  /** The API's log lines per request served (one line per request is the rule). */
  logLinesPerRequest: number;
}

export interface ReadPathOptions {
  /** The environment `npm run api` runs with: the stack's database and Temporal, the bench's secret and keys. */
  apiEnv: NodeJS.ProcessEnv;
  targets: ReadTarget[];
  dataDir: string;
  seconds: number;
  connections: number;
  /** Where the API's CPU profile goes (node --cpu-prof), when one is wanted. */
  profileDir?: string;
}

export async function readPath({ apiEnv, targets, dataDir, seconds, connections, profileDir }: ReadPathOptions): Promise<ReadPathResult> {
  const helloPort = await freePort();
  const hello = await startChild({ args: tsxArgs('scripts/bench/hello-world.ts'), env: { ...process.env, PORT: String(helloPort) }, url: `http://127.0.0.1:${helloPort}`, readyPath: '/', logFile: join(dataDir, 'hello-world.log') });
  let helloWorld: ReadFigures;
  try {
    helloWorld = await measure(hello.url, { name: 'fastify hello-world', path: '/' }, seconds, connections);
  } finally {
    await hello.stop();
  }

  const apiPort = await freePort();
  const api = await startChild({
    args: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'scripts/bootstrap.mjs', 'api'],
    env: { ...apiEnv, HOST: '127.0.0.1', PORT: String(apiPort) },
    url: `http://127.0.0.1:${apiPort}`,
    readyPath: '/readyz',
    logFile: join(dataDir, 'api.log'),
  });
  const routes: ReadFigures[] = [];
  let served = 0;
  let linesBefore = 0;
  try {
    linesBefore = await logLines(api);
    for (const target of targets) {
      const figures = await measure(api.url, target, seconds, connections);
      routes.push(figures);
    }
    served = routes.reduce((sum, route) => sum + route.requestsPerSecond * seconds, 0);
  } finally {
    await api.stop();
  }
  // Warm-ups served requests too; counted from the figures of the measured seconds alone, so slightly above 1.
  const lines = (await logLines(api)) - linesBefore;
  return { helloWorld, routes, logLinesPerRequest: served > 0 ? lines / (served * (1 + warmUpSeconds / seconds)) : Number.NaN };
}

const warmUpSeconds = 2;

/** A short warm-up (JIT, pools, caches), then the measured run; any answer but 2xx fails the bench. */
async function measure(base: string, target: ReadTarget, seconds: number, connections: number): Promise<ReadFigures> {
  const options = { url: `${base}${target.path}`, connections, headers: target.token ? { authorization: `Bearer ${target.token}` } : {} };
  await cannon({ ...options, duration: warmUpSeconds }, target);
  const result = await cannon({ ...options, duration: seconds }, target);
  return { name: target.name, path: target.path, requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 };
}

async function cannon(options: autocannon.Options, target: ReadTarget): Promise<autocannon.Result> {
  const result = await autocannon(options);
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${target.name} (${target.path}): ${result.non2xx} answers other than 2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return result;
}

async function logLines(server: ChildServer): Promise<number> {
  const text = await readFile(server.logFile, 'utf8');
  return text.split('\n').filter((line) => line.includes('"reqId"')).length;
}
