/**
 * Temporal as production runs it: the frontend, history, matching and worker services as four
 * processes of the real server, on PostgreSQL (databases of their own beside the project's),
 * optionally with mutual TLS on every connection. `npm run cluster` and the cluster tests start
 * it here; the handles stop, kill and restart single services, so fault tests can take one away.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import pg from 'pg';
import { stringify } from 'yaml';
import { ensureSearchAttributes, temporalConnectionOptions } from '../../startup/temporal';
import { loadEnv } from '../../config/env';
import { allSearchAttributes } from '../../temporal.config';
import type { TemporalServerBuild } from './temporal-server-build';
import { ensureClusterCertificates, type ClusterCertificates } from './tls-certificates';

const execFileP = promisify(execFile);

export const clusterServices = ['history', 'matching', 'frontend', 'worker'] as const;
export type ClusterService = (typeof clusterServices)[number];

export interface ServicePorts {
  grpc: number;
  membership: number;
  /** Prometheus metrics of the service. */
  metrics: number;
  /** The frontend's HTTP API (the others have none). */
  http?: number;
}
export type ClusterPorts = Record<ClusterService, ServicePorts>;

export interface TemporalClusterOptions {
  build: TemporalServerBuild;
  /** The `temporal` CLI, for the health check operators would run too. */
  cli: string;
  /** A PostgreSQL login that may create databases; the cluster gets `temporal` and `temporal_visibility` on that server. */
  postgresUrl: string;
  namespace: string;
  /** Config, certificates and each service's log file live here; keep it to keep the certificates. */
  dataDir: string;
  /** The frontend's gRPC port; the other ports follow it consecutively. Default: free ports chosen now. */
  basePort?: number;
  /** Mutual TLS on the frontend and between the services, with certificates issued into `<dataDir>/tls`. */
  tls: boolean;
  log: (message: string) => void;
}

export interface RunningTemporalCluster {
  /** The frontend, host:port. */
  address: string;
  namespace: string;
  ports: ClusterPorts;
  tls?: ClusterCertificates;
  /** What a worker, an API replica or the `temporal` CLI needs in its environment to reach this cluster. */
  clientEnv: Record<string, string>;
  logFile(service: ClusterService): string;
  /** Settles when a service exits that was not asked to: the caller should stop too. */
  failed: Promise<Error>;
  /** SIGTERM, SIGKILL after a bound. */
  stopService(service: ClusterService): Promise<void>;
  /** SIGKILL at once: a crash. */
  killService(service: ClusterService): Promise<void>;
  /** Starts a stopped (or killed) service again and waits until it listens. */
  startService(service: ClusterService): Promise<void>;
  restartService(service: ClusterService): Promise<void>;
  /** Every service down, then up again, until the frontend answers SERVING. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a service gets to shut down on SIGTERM before it is killed. */
const stopGraceMs = 20_000;
/** How long the cluster may take from its processes' start until the frontend is SERVING and the namespace usable. */
const startBoundMs = 120_000;
const databases = { persistence: 'temporal', visibility: 'temporal_visibility' } as const;

export async function startTemporalCluster(options: TemporalClusterOptions): Promise<RunningTemporalCluster> {
  const { build, dataDir, log } = options;
  const configDir = join(dataDir, 'config');
  const logDir = join(dataDir, 'logs');
  // The config files hold the database password.
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  await mkdir(logDir, { recursive: true });

  const configFile = (service: ClusterService) => join(configDir, `${service}.yaml`);
  const pidFile = (service: ClusterService) => join(dataDir, `${service}.pid`);
  for (const service of clusterServices) await killLeftover(pidFile(service), configFile(service), log);

  const ports = await choosePorts(options.basePort);
  const tls = options.tls ? await ensureClusterCertificates(join(dataDir, 'tls')) : undefined;
  const address = `127.0.0.1:${ports.frontend.grpc}`;
  const clientEnv: Record<string, string> = {
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: options.namespace,
    ...(tls
      ? {
          TEMPORAL_TLS_CLIENT_CERT_PATH: tls.clientCertFile,
          TEMPORAL_TLS_CLIENT_KEY_PATH: tls.clientKeyFile,
          TEMPORAL_TLS_SERVER_CA_CERT_PATH: tls.caFile,
          TEMPORAL_TLS_SERVER_NAME: tls.serverName,
        }
      : {}),
  };

  const postgres = new URL(options.postgresUrl);
  await prepareDatabases(options.postgresUrl, build, log);

  const dynamicConfig = join(configDir, 'dynamicconfig.yaml');
  await copyFile(build.dynamicConfigTemplate, dynamicConfig);
  for (const service of clusterServices) {
    await writeFile(configFile(service), stringify(serverConfig({ service, ports, postgres, tls, dynamicConfig })), { mode: 0o600 });
  }
  const logFile = (service: ClusterService) => join(logDir, `${service}.log`);

  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => (reportFailure = resolve));
  const processes = new Map<ClusterService, ServiceProcess>();

  // Should this process die without stop() (an uncaught error, process.exit), the services must not outlive it.
  const onExit = () => processes.forEach((running) => running.child.kill('SIGKILL'));
  process.on('exit', onExit);

  const startService = async (service: ClusterService) => {
    if (processes.has(service)) throw new Error(`Temporal ${service} is already running`);
    const running = await spawnService(build.server, configFile(service), service, logFile(service), (code, signal) => {
      processes.delete(service);
      reportFailure(new Error(`Temporal ${service} exited by itself (${signal ?? `code ${code}`}); see ${logFile(service)}`));
    });
    processes.set(service, running);
    await writeFile(pidFile(service), String(running.child.pid));
    await waitUntilListening(ports[service].grpc, running, service, logFile(service));
  };
  const stopService = async (service: ClusterService, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    const running = processes.get(service);
    if (!running) return;
    processes.delete(service);
    await running.stop(signal);
  };
  const stopAll = () => Promise.all(clusterServices.map((service) => stopService(service))).then(() => undefined);
  const startAll = async () => {
    // One service first: each applies the cluster metadata at start, and on a fresh database two doing it at once can fail one.
    const [first, ...rest] = clusterServices;
    await startService(first);
    await Promise.all(rest.map(startService));
    await waitUntilServing(options.cli, clientEnv, () => firstExited(clusterServices, processes, logFile));
  };

  const started = Date.now();
  log(`starting Temporal ${build.version} cluster: ${clusterServices.join(', ')} (frontend ${address}${tls ? ', mutual TLS' : ''}; logs in ${logDir})`);
  try {
    await startAll();
    await registerNamespace(clientEnv, options.namespace);
  } catch (error) {
    await stopAll();
    process.off('exit', onExit);
    throw error;
  }
  log(`Temporal cluster serving on ${address} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  return {
    address,
    namespace: options.namespace,
    ports,
    tls,
    clientEnv,
    logFile,
    failed,
    stopService: (service) => stopService(service),
    killService: (service) => stopService(service, 'SIGKILL'),
    startService,
    restartService: async (service) => {
      await stopService(service);
      await startService(service);
    },
    restart: async () => {
      await stopAll();
      await startAll();
    },
    stop: async () => {
      await stopAll();
      process.off('exit', onExit);
    },
  };
}

/** Creates the cluster's two databases if missing and brings their schemas to this server version (both steps idempotent). */
async function prepareDatabases(postgresUrl: string, build: TemporalServerBuild, log: (message: string) => void): Promise<void> {
  const url = new URL(postgresUrl);
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    for (const name of Object.values(databases)) {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (!rowCount) await admin.query(`create database ${admin.escapeIdentifier(name)}`).catch(ignoreDuplicateDatabase);
    }
  } finally {
    await admin.end();
  }
  // The tool's own variables rather than flags, so the password never shows in a process list.
  const connection = {
    SQL_PLUGIN: 'postgres12',
    SQL_HOST: url.hostname,
    SQL_PORT: url.port || '5432',
    SQL_USER: decodeURIComponent(url.username),
    SQL_PASSWORD: decodeURIComponent(url.password),
  };
  for (const [name, schema] of [[databases.persistence, 'temporal'], [databases.visibility, 'visibility']] as const) {
    const sql = (...args: string[]) => execFileP(build.sqlTool, args, { env: { ...process.env, ...connection, SQL_DATABASE: name } }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`temporal-sql-tool ${args[0]} on ${name} failed: ${(error.stderr || error.message).trim()}`);
    });
    // setup-schema -v 0.0 only creates the version tables (if missing); update-schema applies the versions not yet applied.
    await sql('setup-schema', '--version', '0.0');
    await sql('update-schema', '--schema-dir', join(build.schemaDir, schema, 'versioned'));
  }
  log(`Temporal schemas ready in ${databases.persistence} and ${databases.visibility} on ${url.host}`);
}

function ignoreDuplicateDatabase(error: unknown): void {
  // Another process created it between our look and our create.
  if ((error as { code?: string }).code !== '42P04') throw error;
}

interface ServerConfigInput {
  service: ClusterService;
  ports: ClusterPorts;
  postgres: URL;
  tls?: ClusterCertificates;
  dynamicConfig: string;
}

/**
 * One service's config file: every service must know every service's ports (they find each
 * other through membership in the database, then dial those ports), but each process serves
 * its own metrics port, which is why each gets a file of its own.
 */
function serverConfig({ service, ports, postgres, tls, dynamicConfig }: ServerConfigInput) {
  const datastore = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${postgres.hostname}:${postgres.port || '5432'}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(postgres.username),
      password: decodeURIComponent(postgres.password),
      // Four services share the server with the project: stay well under PostgreSQL's default 100 connections.
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const server = tls && { certFile: tls.serverCertFile, keyFile: tls.serverKeyFile, requireClientAuth: true, clientCaFiles: [tls.caFile] };
  const client = tls && { serverName: tls.serverName, rootCaFiles: [tls.caFile] };
  return {
    log: { stdout: true, level: 'info' },
    persistence: {
      defaultStore: 'default',
      visibilityStore: 'visibility',
      // Fixed when the database is first set up; four is plenty for one machine.
      numHistoryShards: 4,
      datastores: { default: datastore(databases.persistence, 10), visibility: datastore(databases.visibility, 2) },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      metrics: { prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${ports[service].metrics}` } },
      ...(tls
        ? {
            tls: {
              internode: { server, client },
              frontend: { server, client },
              // The worker service's own clients (system workflows) call the frontend like any client: with a certificate.
              systemWorker: { certFile: tls.serverCertFile, keyFile: tls.serverKeyFile, client },
            },
          }
        : {}),
    },
    services: Object.fromEntries(
      clusterServices.map((name) => [
        name,
        {
          rpc: {
            grpcPort: ports[name].grpc,
            membershipPort: ports[name].membership,
            bindOnLocalHost: true,
            ...(ports[name].http ? { httpPort: ports[name].http } : {}),
          },
        },
      ]),
    ),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: { active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${ports.frontend.grpc}` } },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    publicClient: { hostPort: `127.0.0.1:${ports.frontend.grpc}` },
    dynamicConfigClient: { filepath: dynamicConfig, pollInterval: '10s' },
  };
}

/** Ports per cluster: gRPC, HTTP and membership of the frontend; gRPC and membership of the other three; metrics of all four. */
const portCount = 13;
/**
 * Membership ports go into a SMALLINT column (cluster_membership.rpc_port), so they must stay
 * below 32768 — under the range the system hands out for "any free port".
 */
const highestPort = 32_767;

export async function choosePorts(basePort: number | undefined): Promise<ClusterPorts> {
  if (basePort !== undefined) {
    if (basePort + portCount - 1 > highestPort) throw new Error(`the cluster's ports ${basePort}–${basePort + portCount - 1} reach beyond ${highestPort}, which Temporal's membership table cannot hold`);
    const busy = await busyPorts(basePort);
    if (busy.length > 0) throw new Error(`ports ${busy.join(', ')} (of ${basePort}–${basePort + portCount - 1}, the cluster's) are in use: choose another base port`);
    return portLayout(basePort);
  }
  // A random free block, so suites and developers running clusters side by side rarely collide.
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * (highestPort - portCount - 20_000));
    if ((await busyPorts(base)).length === 0) return portLayout(base);
  }
  throw new Error(`no free block of ${portCount} ports found between 20000 and ${highestPort}`);
}

async function busyPorts(base: number): Promise<number[]> {
  const ports = Array.from({ length: portCount }, (_, i) => base + i);
  const listening = await Promise.all(ports.map(isListening));
  return ports.filter((_, i) => listening[i]);
}

function portLayout(base: number): ClusterPorts {
  const port = (offset: number) => base + offset;
  return {
    frontend: { grpc: port(0), http: port(1), membership: port(2), metrics: port(9) },
    history: { grpc: port(3), membership: port(4), metrics: port(10) },
    matching: { grpc: port(5), membership: port(6), metrics: port(11) },
    worker: { grpc: port(7), membership: port(8), metrics: port(12) },
  };
}

interface ServiceProcess {
  child: ChildProcess;
  exited: Promise<void>;
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

async function spawnService(server: string, configFile: string, service: ClusterService, logFile: string, onUnexpectedExit: (code: number | null, signal: NodeJS.Signals | null) => void): Promise<ServiceProcess> {
  const output = await open(logFile, 'a');
  const child = spawn(server, ['--config-file', configFile, '--allow-no-auth', 'start', '--service', service], { stdio: ['ignore', output.fd, output.fd], detached: true });
  // The child holds its own copy of the descriptor.
  await output.close();
  let expected = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      if (!expected) onUnexpectedExit(code, signal);
      resolve();
    }),
  );
  child.once('error', () => {});
  return {
    child,
    exited,
    stop: async (signal) => {
      expected = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), stopGraceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * A service an earlier run left behind (it was SIGKILLed, or its terminal closed) still holds
 * the ports and its shard leases; it is recognised by its config file on its command line, so
 * an unrelated process that got the recycled pid is never touched.
 */
async function killLeftover(pidFile: string, configFile: string, log: (message: string) => void): Promise<void> {
  const pid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.split('\0').includes(configFile)) return;
  log(`stopping a Temporal service left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + stopGraceMs;
  while (await readFile(`/proc/${pid}/cmdline`).then(() => true, () => false)) {
    if (Date.now() > deadline) throw new Error(`leftover Temporal service (pid ${pid}) does not stop`);
    await sleep(100);
  }
}

function firstExited(services: readonly ClusterService[], processes: Map<ClusterService, ServiceProcess>, logFile: (service: ClusterService) => string): Error | undefined {
  const gone = services.find((service) => !processes.has(service));
  return gone && new Error(`Temporal ${gone} exited during start-up; see ${logFile(gone)}`);
}

async function waitUntilListening(port: number, running: ServiceProcess, service: ClusterService, logFile: string): Promise<void> {
  const deadline = Date.now() + startBoundMs;
  while (!(await isListening(port))) {
    if (running.child.exitCode !== null || running.child.signalCode !== null) throw new Error(`Temporal ${service} exited during start-up; see ${logFile}:\n${await tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`Temporal ${service} does not listen on ${port} after ${startBoundMs / 1000} s; see ${logFile}`);
    await sleep(200);
  }
}

/** `temporal operator cluster health` until SERVING, through the same TLS settings clients use. */
async function waitUntilServing(cli: string, clientEnv: Record<string, string>, exitedService: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + startBoundMs;
  let last = '';
  for (;;) {
    const gone = exitedService();
    if (gone) throw gone;
    try {
      const { stdout } = await execFileP(cli, ['operator', 'cluster', 'health'], { env: { ...process.env, ...clientEnv }, timeout: 10_000 });
      if (stdout.includes('SERVING') && !stdout.includes('NOT_SERVING')) return;
      last = stdout.trim();
    } catch (error) {
      last = ((error as { stderr?: string }).stderr || (error as Error).message).trim();
    }
    if (Date.now() > deadline) throw new Error(`the Temporal frontend at ${clientEnv.TEMPORAL_ADDRESS} is not SERVING after ${startBoundMs / 1000} s: ${last}`);
    await sleep(500);
  }
}

/** The namespace and the project's search attributes, through the client settings the project itself uses. */
async function registerNamespace(clientEnv: Record<string, string>, namespace: string): Promise<void> {
  const connection = await Connection.connect(await temporalConnectionOptions(loadEnv(clientEnv)));
  try {
    try {
      await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('7 days') });
    } catch (error) {
      if ((error as { code?: number }).code !== grpcAlreadyExists) throw error;
    }
    // Services learn of a new namespace, and of its search attributes, on their next registry
    // refresh (every 2 s by default): until then the operator service lists an attribute that a
    // workflow start (or a query) using it is refused for, "no mapping defined".
    const deadline = Date.now() + startBoundMs;
    const everyAttribute = allSearchAttributes.map((key) => (key.type === 'DATETIME' ? `${key.name} > '2000-01-01T00:00:00Z'` : `${key.name} = 'registered'`)).join(' OR ');
    for (;;) {
      try {
        await ensureSearchAttributes(connection, namespace);
        const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
        if (allSearchAttributes.every((key) => customAttributes?.[key.name] !== undefined)) {
          await connection.workflowService.countWorkflowExecutions({ namespace, query: everyAttribute });
          return;
        }
      } catch (error) {
        const code = (error as { code?: number }).code;
        if ((code !== grpcNotFound && code !== grpcInvalidArgument) || Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`search attributes of ${namespace} not registered after ${startBoundMs / 1000} s`);
      await sleep(500);
    }
  } finally {
    await connection.close();
  }
}

const grpcAlreadyExists = 6;
const grpcNotFound = 5;
const grpcInvalidArgument = 3;

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function tail(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').slice(-20).join('\n');
}
