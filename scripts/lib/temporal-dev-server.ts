/**
 * The local Temporal: `temporal server start-dev` as a child process, with the project's
 * search attributes registered and SQLite tuned for throughput (WAL, synchronous=normal —
 * a crash may lose the last transactions, never corrupt the file; fine for a dev server).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { devServerSearchAttributeArgs } from '../../temporal.config';

export interface DevServerOptions {
  cli: string;
  port: number;
  uiPort: number;
  namespace: string;
  /** SQLite file that keeps every matter across restarts; undefined keeps it in memory. */
  dbFile?: string;
  /** Where the server's own output goes. */
  logFile: string;
  /** The codec server the UI decodes payloads with (`${endpoint}/decode`). */
  uiCodecEndpoint?: string;
  /** Extra flags. */
  extraArgs?: string[];
}

export interface RunningDevServer {
  address: string;
  uiUrl: string;
  /** Resolves when the server exits by itself (a crash): the caller should stop too. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function startDevServer(opts: DevServerOptions): Promise<RunningDevServer> {
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const args = [
    'server', 'start-dev',
    '--ip', '127.0.0.1',
    '--port', String(opts.port),
    '--ui-port', String(opts.uiPort),
    '--namespace', opts.namespace,
    '--log-level', 'warn',
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=normal',
    ...(opts.dbFile ? ['--db-filename', opts.dbFile] : []),
    ...devServerSearchAttributeArgs(),
    ...(opts.uiCodecEndpoint ? ['--ui-codec-endpoint', opts.uiCodecEndpoint] : []),
    ...(opts.extraArgs ?? []),
  ];
  if (opts.dbFile) mkdirSync(dirname(opts.dbFile), { recursive: true });
  const output = createWriteStream(opts.logFile, { flags: 'a' });
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = `127.0.0.1:${opts.port}`;

  await waitUntilServing(address, opts.namespace, exited, opts.logFile);
  return {
    address,
    uiUrl: `http://localhost:${opts.uiPort}`,
    exited,
    stop: () => stopChild(child, exited),
  };
}

async function waitUntilServing(address: string, namespace: string, exited: Promise<number | null>, logFile: string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`temporal dev server exited during start-up; see ${logFile}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } finally {
        await connection.close();
      }
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`temporal dev server did not answer on ${address} within 60 s; see ${logFile}`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}
