/**
 * Builds Go programs from the Go module proxy into the user's cache, once per version.
 *
 * The Go module proxy is one of the package registries every machine we target reaches, so
 * servers that ship no PyPI or npm package (Temporal's cluster services, its UI server) are
 * built from their modules with the machine's Go. Their releases need a newer Go than the
 * machines have; `GOTOOLCHAIN` makes the go command fetch that exact toolchain from the same
 * proxy, so nothing but Go itself has to be installed by hand.
 */
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

type Log = (message: string) => void;

/** The toolchain every build here uses: the newest release the module proxy serves that the modules below accept. */
export const goToolchain = 'go1.27.3';

/** How often a long build says it is still going. */
const progressEveryMs = 30_000;

export interface GoInstall {
  /** `module/path/cmd/x@version`, as `go install` takes it. */
  packages: string[];
  /** A name for progress lines, e.g. "Temporal server 1.32.2". */
  label: string;
  /** What a user should expect, e.g. "about 8 minutes on 2 cores". */
  expected: string;
  /** The cache directory the binaries end up in; it appears only once every binary is built. */
  target: string;
  /** Called with a scratch directory holding the fresh binaries, before it becomes `target`: copy further files in. */
  complete?: (scratch: string) => Promise<void>;
  log: Log;
}

// Two callers in one process (a test file and its setup) must not build the same thing twice.
const builds = new Map<string, Promise<string>>();

/** Builds the packages into `target` unless it is already there; resolves to `target`. */
export function goInstall(spec: GoInstall): Promise<string> {
  let pending = builds.get(spec.target);
  if (!pending) {
    pending = (async () => {
      if (await isDirectory(spec.target)) return spec.target;
      await build(spec);
      return spec.target;
    })().finally(() => builds.delete(spec.target));
    builds.set(spec.target, pending);
  }
  return pending;
}

/** The environment of every go command here: the pinned toolchain, the user's proxy settings otherwise. */
export function goEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GOTOOLCHAIN: goToolchain, ...extra };
}

/** The module cache, where `go install` leaves the sources a build also needs files from (schemas, templates). */
export async function goModCache(): Promise<string> {
  const { stdout } = await execFileP('go', ['env', 'GOMODCACHE'], { env: goEnv() });
  return stdout.trim();
}

async function build(spec: GoInstall): Promise<void> {
  await checkGo();
  await mkdir(join(spec.target, '..'), { recursive: true });
  // Built into a sibling scratch directory and renamed into place, so a build killed halfway
  // (Ctrl-C, a CI timeout) never leaves a cache that looks complete.
  const scratch = await mkdtemp(`${spec.target}.build-`);
  // mkdtemp makes it 0700; the finished cache should be as readable as the rest of ~/.cache/yijianshi.
  await chmod(scratch, 0o755);
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  spec.log(`building ${spec.label} from the Go module proxy with ${goToolchain} (once; ${spec.expected}) → ${spec.target}`);
  const ticker = setInterval(() => spec.log(`still building ${spec.label} (${elapsed()})`), progressEveryMs);
  try {
    for (const pkg of spec.packages) await run(['install', pkg], scratch);
    await spec.complete?.(scratch);
    await rename(scratch, spec.target).catch(async (error: unknown) => {
      // Another process finished the same build first: its result is as good as ours.
      if (!(await isDirectory(spec.target))) throw error;
      await rm(scratch, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  } finally {
    clearInterval(ticker);
  }
  spec.log(`built ${spec.label} in ${elapsed()}`);
}

async function run(args: string[], gobin: string): Promise<void> {
  const child = spawn('go', args, { env: goEnv({ GOBIN: gobin }), stdio: ['ignore', 'pipe', 'pipe'] });
  // go prints nothing while it compiles and a page of module downloads before; it matters only when the build fails.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-64 * 1024));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.once('error', reject);
    child.once('close', resolveExit);
  });
  if (code !== 0) throw new Error(`go ${args.join(' ')} failed (exit code ${code}):\n${output.trim()}`);
}

async function checkGo(): Promise<void> {
  try {
    await execFileP('go', ['version'], { env: { ...process.env, GOTOOLCHAIN: 'local' } });
  } catch {
    throw new Error(`building needs Go on PATH (any Go ≥ 1.21 fetches ${goToolchain} itself): install it (Debian: apt-get install golang; or https://go.dev/dl)`);
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
