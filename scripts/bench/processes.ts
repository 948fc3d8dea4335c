/**
 * The bench's child processes: the production API (`npm run api`), the workers (`npm run
 * worker`) and a fastify hello-world, each alone in its process as it would run in production,
 * their output in a file, stopped with SIGTERM (so a CPU profile is written) and killed if they
 * do not end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../config/env';

export interface ChildProcessHandle {
  pid: number;
  /** Where its stdout and stderr went. */
  logFile: string;
  stop(): Promise<void>;
}

export interface ChildServer extends ChildProcessHandle {
  url: string;
}

export interface ChildOptions {
  /** Arguments to node, e.g. the bootstrap and its command. */
  args: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  /** Answers 200 once the server is ready. */
  readyPath: string;
  logFile: string;
}

export async function startChild({ args, env, url, readyPath, logFile }: ChildOptions): Promise<ChildServer> {
  const started = await startProcess(args, env, logFile, (exited) => untilReady(`${url}${readyPath}`, exited, logFile));
  return { url, ...started };
}

/** A process that serves nothing (the workers), ready once `isReady` says so. */
export function startQuietChild({ args, env, logFile, isReady }: Omit<ChildOptions, 'url' | 'readyPath'> & { isReady: () => Promise<boolean> }): Promise<ChildProcessHandle> {
  return startProcess(args, env, logFile, (exited) => until(args.join(' '), isReady, exited, logFile));
}

async function startProcess(args: string[], env: NodeJS.ProcessEnv, logFile: string, ready: (exited: Promise<number | null>) => Promise<void>): Promise<ChildProcessHandle> {
  const output = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', output, output] });
  closeSync(output);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = () => stopChild(child, exited);
  try {
    await ready(exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid!, logFile, stop };
}

/** The node binary's arguments to run a TypeScript file of the project (as the bootstrap runs sources). */
export function tsxArgs(file: string): string[] {
  return ['--import', 'tsx', resolve(projectRoot, file)];
}

/** Resident memory of a process, now and at its peak, in bytes (Linux). */
export async function residentMemory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? Number.NaN) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

function untilReady(url: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  return until(url, () => fetch(url).then((response) => response.ok, () => false), exited, logFile);
}

async function until(what: string, ready: () => Promise<boolean>, exited: Promise<number | null>, logFile: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${what}: exited before it was ready; its output:\n${(await readFile(logFile, 'utf8')).slice(-2000)}`);
    if (await ready()) return;
    await sleep(250);
  }
  throw new Error(`${what}: not ready within 180 s`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const ended = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!ended) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** CPU seconds every core of the machine has been busy so far, from /proc/stat's first line (clock ticks of 1/100 s; idle and iowait are not busy). */
async function machineBusySeconds(): Promise<number> {
  const [user, nice, system, , , irq, softirq, steal] = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/**
 * Once the whole machine (every process of the stack: API, workers, Temporal, PostgreSQL with its
 * autovacuum) has been busy less than `busyShare` of one core over `windowMs`: what a measurement
 * of a system at rest waits for. Resolves with the seconds it waited and the share measured last;
 * throws after `timeoutMs`.
 */
export async function untilMachineAtRest({ windowMs = 2_000, busyShare = 0.15, timeoutMs = 600_000 } = {}): Promise<{ waitedSeconds: number; busyShare: number }> {
  const started = Date.now();
  let share = Number.NaN;
  while (Date.now() - started < timeoutMs) {
    const before = await machineBusySeconds();
    await sleep(windowMs);
    share = ((await machineBusySeconds()) - before) / (windowMs / 1000);
    if (share < busyShare) return { waitedSeconds: (Date.now() - started) / 1000, busyShare: share };
  }
  throw new Error(`the machine was still busy (${(share * 100).toFixed(0)} % of a core) after ${timeoutMs / 1000} s`);
}
