/**
 * Temporal UI for a cluster: the standalone UI server (the dev server has its own built in),
 * built once from the Go module proxy like the server, configured by a file it reads from
 * `<dataDir>/config/development.yaml`, and reaching the frontend with the clients' certificate
 * when the cluster runs mutual TLS.
 */
import { spawn } from 'node:child_process';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stringify } from 'yaml';
import { cacheRoot } from './cache';
import { goInstall } from './go-install';
import type { ClusterCertificates } from './tls-certificates';

/** The newest release whose dependencies the Go module proxy serves in full (2.58.1's are not). */
export const temporalUiVersion = '2.54.1';

export interface TemporalUiBuild {
  version: string;
  server: string;
}

export async function temporalUiBuild(log: (message: string) => void): Promise<TemporalUiBuild> {
  const dir = await goInstall({
    label: `Temporal UI server ${temporalUiVersion}`,
    expected: 'a few minutes on 2 cores',
    packages: [`github.com/temporalio/ui-server/v2/cmd/server@v${temporalUiVersion}`],
    target: join(cacheRoot(), `temporal-ui-server-${temporalUiVersion}`),
    log,
  });
  return { version: temporalUiVersion, server: join(dir, 'server') };
}

export interface TemporalUiOptions {
  build: TemporalUiBuild;
  dataDir: string;
  port: number;
  temporalAddress: string;
  namespace: string;
  tls?: ClusterCertificates;
  log: (message: string) => void;
}

export interface RunningTemporalUi {
  url: string;
  /** Settles when the UI server exits by itself. */
  failed: Promise<Error>;
  stop(): Promise<void>;
}

const startBoundMs = 60_000;
const stopGraceMs = 10_000;

export async function startTemporalUi(options: TemporalUiOptions): Promise<RunningTemporalUi> {
  const { dataDir, port, tls } = options;
  await mkdir(join(dataDir, 'config'), { recursive: true });
  const config = {
    temporalGrpcAddress: options.temporalAddress,
    host: '127.0.0.1',
    port,
    enableUi: true,
    defaultNamespace: options.namespace,
    // Served over plain HTTP on loopback: a Secure cookie would not come back.
    cors: { cookieInsecure: true },
    ...(tls
      ? { tls: { caFile: tls.caFile, certFile: tls.clientCertFile, keyFile: tls.clientKeyFile, serverName: tls.serverName, enableHostVerification: true } }
      : {}),
  };
  await writeFile(join(dataDir, 'config', 'development.yaml'), stringify(config));

  const logFile = join(dataDir, 'ui.log');
  const output = await open(logFile, 'a');
  const child = spawn(options.build.server, ['--root', dataDir, '--env', 'development', 'start'], { stdio: ['ignore', output.fd, output.fd], detached: true });
  await output.close();
  let expected = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = exited.then(() => new Error(`Temporal UI exited by itself; see ${logFile}`));
  child.once('error', () => {});
  const stop = async () => {
    expected = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
    await exited;
    clearTimeout(timer);
  };
  const onExit = () => child.kill('SIGKILL');
  process.on('exit', onExit);

  const url = `http://127.0.0.1:${port}`;
  // Ready once it answers about the namespace: that proves its own connection to the frontend (with the certificate) works.
  const probe = `${url}/api/v1/namespaces/${encodeURIComponent(options.namespace)}`;
  const deadline = Date.now() + startBoundMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.off('exit', onExit);
      throw new Error(`Temporal UI exited during start-up; see ${logFile}`);
    }
    const status = await fetch(probe).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      process.off('exit', onExit);
      throw new Error(`Temporal UI at ${url} cannot reach the namespace after ${startBoundMs / 1000} s (last status ${status}); see ${logFile}`);
    }
    await sleep(250);
  }
  options.log(`Temporal UI ${options.build.version} on ${url}`);
  return {
    url,
    failed: failed.then((error) => (expected ? new Promise<never>(() => {}) : error)),
    stop: async () => {
      await stop();
      process.off('exit', onExit);
    },
  };
}
