/**
 * One of the project's own production processes (`npm run worker`, `npm run api`) as a child:
 * started with the environment a cluster prints, its output kept in a log file, and stoppable,
 * killable and startable again by name — what `npm run cluster` runs and fault tests take away.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../config/env';

export type AppCommand = 'worker' | 'api';

export interface AppProcessOptions {
  name: string;
  command: AppCommand;
  env: Record<string, string>;
  logFile: string;
  /** Resolves once the process serves (the API answers /readyz, the worker says it runs); rejects on a bound. */
  ready(process: AppProcess): Promise<void>;
  /** Called when the process exits without having been asked to. */
  onUnexpectedExit(error: Error): void;
}

export interface AppProcess {
  name: string;
  logFile: string;
  pid(): number | undefined;
  /** The output so far (the worker says 'workers running' when it polls). */
  output(): string;
  running(): boolean;
  start(): Promise<void>;
  /** SIGTERM, SIGKILL after a bound. */
  stop(): Promise<void>;
  /** SIGKILL at once: a crash. */
  kill(): Promise<void>;
}

const stopGraceMs = 20_000;
const bootstrap = resolve(projectRoot, 'scripts/bootstrap.mjs');

export function appProcess(options: AppProcessOptions): AppProcess {
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let expectedExit = false;
  let output = '';
  const log = createWriteStream(options.logFile, { flags: 'a' });

  const handle: AppProcess = {
    name: options.name,
    logFile: options.logFile,
    pid: () => child?.pid,
    output: () => output,
    running: () => child !== undefined,
    async start() {
      if (child) throw new Error(`${options.name} is already running`);
      expectedExit = false;
      output = '';
      const started = spawn(process.execPath, [bootstrap, options.command], {
        cwd: projectRoot,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        // A process group of its own: Ctrl-C in the terminal reaches the parent only, which stops the APIs before the workers before Temporal.
        detached: true,
      });
      child = started;
      const keep = (chunk: Buffer) => {
        log.write(chunk);
        // The start-up lines are what readiness looks for; a long run's output stays in the file only.
        if (output.length < 200_000) output += chunk.toString();
      };
      started.stdout!.on('data', keep);
      started.stderr!.on('data', keep);
      exited = new Promise((resolveExit) =>
        started.once('exit', (code, signal) => {
          if (child === started) child = undefined;
          if (!expectedExit) options.onUnexpectedExit(new Error(`${options.name} exited by itself (${signal ?? `code ${code}`}); see ${options.logFile}`));
          resolveExit();
        }),
      );
      try {
        await Promise.race([options.ready(handle), exited.then(() => Promise.reject(new Error(`${options.name} exited during start-up; see ${options.logFile}`)))]);
      } catch (error) {
        await handle.kill();
        throw error;
      }
    },
    async stop() {
      if (!child) return;
      expectedExit = true;
      const stopping = child;
      stopping.kill('SIGTERM');
      const bound = setTimeout(() => stopping.kill('SIGKILL'), stopGraceMs);
      await exited;
      clearTimeout(bound);
    },
    async kill() {
      if (!child) return;
      expectedExit = true;
      child.kill('SIGKILL');
      await exited;
    },
  };
  // Should the parent die without stopping it, the child must not outlive it.
  process.on('exit', () => child?.kill('SIGKILL'));
  return handle;
}
