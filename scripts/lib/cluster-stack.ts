/**
 * The production shape as a whole: Temporal's server as four services (temporal-cluster.ts),
 * optionally Temporal UI on it, then worker processes (`npm run worker`) and API replicas
 * (`npm run api`, a port each) started with the environment the cluster prints. `npm run
 * cluster` and the cluster tests both assemble it here; everything stops in reverse order.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateCertificateKeySpec } from '../../certificates/keys';
import { localCodecKeys } from '../../codec/keys';
import { appProcess, type AppProcess } from './app-process';
import { startTemporalCluster, type RunningTemporalCluster } from './temporal-cluster';
import type { TemporalServerBuild } from './temporal-server-build';
import { startTemporalUi, type TemporalUiBuild } from './temporal-ui';

export interface ClusterStackOptions {
  build: TemporalServerBuild;
  cli: string;
  /** The PostgreSQL server's login that may create databases (Temporal's two go beside the project's). */
  postgresAdminUrl: string;
  /** The project's own database, which the workers and APIs use. */
  databaseUrl: string;
  namespace: string;
  /** Cluster config, certificates, codec keys and every process's log live here. */
  dataDir: string;
  basePort?: number;
  tls: boolean;
  ui?: { build: TemporalUiBuild; port: number };
  workers: number;
  /** One API replica per port. */
  apiPorts: number[];
  /** Further environment for the workers and APIs (AUTH_SECRET, CODEC_KEYS, LOG_LEVEL …). */
  appEnv: Record<string, string>;
  log: (message: string) => void;
}

export interface ApiReplica extends AppProcess {
  url: string;
}

export interface ClusterStack {
  cluster: RunningTemporalCluster;
  uiUrl?: string;
  workers: AppProcess[];
  apis: ApiReplica[];
  /** The environment each worker and API replica got (without appEnv's secrets). */
  clientEnv: Record<string, string>;
  logDir: string;
  /** Settles when a part fails by itself (a service or a process exits unasked). */
  failed: Promise<Error>;
  stop(): Promise<void>;
}

/** A fresh process bundles the workflows and connects; on 2 busy cores that takes a while. */
const appStartBoundMs = 300_000;

export async function startClusterStack(options: ClusterStackOptions): Promise<ClusterStack> {
  const { log } = options;
  const logDir = join(options.dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const stoppers: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const stopPart of stoppers.reverse()) await stopPart().catch((error: unknown) => log(`stopping failed: ${String(error)}`));
    stoppers.length = 0;
  };
  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));

  try {
    const cluster = await startTemporalCluster({
      build: options.build,
      cli: options.cli,
      postgresUrl: options.postgresAdminUrl,
      namespace: options.namespace,
      dataDir: options.dataDir,
      basePort: options.basePort,
      tls: options.tls,
      log,
    });
    stoppers.push(cluster.stop);
    void cluster.failed.then(reportFailure);

    let uiUrl: string | undefined;
    if (options.ui) {
      const ui = await startTemporalUi({ build: options.ui.build, dataDir: join(options.dataDir, 'ui'), port: options.ui.port, temporalAddress: cluster.address, namespace: options.namespace, tls: cluster.tls, log });
      stoppers.push(ui.stop);
      void ui.failed.then(reportFailure);
      uiUrl = ui.url;
    }

    // Every process must seal and open with the same keys: created once here, before two processes could race to create them.
    if (!options.appEnv.CODEC_KEYS) localCodecKeys(join(options.dataDir, 'codec-keys'));
    const clientEnv: Record<string, string> = {
      ...cluster.clientEnv,
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      // Certificates' QR codes point to the first API.
      PUBLIC_BASE_URL: `http://127.0.0.1:${options.apiPorts[0]}`,
      HOST: '127.0.0.1',
      // Several workers on one machine: their metrics endpoints would collide on the default port.
      WORKER_METRICS_ADDRESS: 'off',
      WORKER_APP_METRICS_ADDRESS: 'off',
    };
    // Standalone workers sign certificates (a secret: not in the environment printed).
    const certificateKeys = keptKeySpec(join(options.dataDir, 'certificate-signing-keys'), () => generateCertificateKeySpec('cluster'));
    const env = { ...clientEnv, CERTIFICATE_SIGNING_KEYS: certificateKeys, ...options.appEnv };

    const workers = Array.from({ length: options.workers }, (_, index) =>
      appProcess({
        name: `worker ${index + 1}`,
        command: 'worker',
        env,
        logFile: join(logDir, `worker-${index + 1}.log`),
        ready: (worker) => until(() => Promise.resolve(worker.output().includes('workers running')), appStartBoundMs, `worker ${index + 1} to poll`),
        onUnexpectedExit: reportFailure,
      }),
    );
    // One at a time: two processes bundling the workflows at once on 2 cores only slow each other.
    for (const worker of workers) {
      stoppers.push(worker.stop);
      await worker.start();
      log(`${worker.name} running (pid ${worker.pid()}, log ${worker.logFile})`);
    }

    const apis: ApiReplica[] = options.apiPorts.map((port, index) => {
      const url = `http://127.0.0.1:${port}`;
      const replica = appProcess({
        name: `API ${index + 1}`,
        command: 'api',
        env: { ...env, PORT: String(port) },
        logFile: join(logDir, `api-${index + 1}.log`),
        ready: () => until(() => answersReady(url), appStartBoundMs, `API ${index + 1} to be ready`),
        onUnexpectedExit: reportFailure,
      });
      return Object.assign(replica, { url });
    });
    for (const api of apis) {
      stoppers.push(api.stop);
      await api.start();
      log(`${api.name} listening on ${api.url} (pid ${api.pid()}, log ${api.logFile})`);
    }

    return { cluster, uiUrl, workers, apis, clientEnv, logDir, failed, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function answersReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Polls `probe` until it holds; rejects once the bound passes. */
export async function until(probe: () => Promise<boolean>, boundMs: number, what: string): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await sleep(500);
  }
  throw new Error(`gave up waiting for ${what} after ${boundMs / 1000} s`);
}

/** A key spec kept in the cluster's data directory, generated on its first start: every replica reads the same one. */
function keptKeySpec(file: string, generate: () => string): string {
  if (!existsSync(file)) writeFileSync(file, generate(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
