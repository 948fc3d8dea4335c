/**
 * Validates Kubernetes objects against the API's published schemas, offline.
 *
 * The usual tool, kubeconform, downloads its schemas when it runs, and these machines reach
 * package registries only; PyPI's `kubernetes-validate` bundles the schemas of every
 * Kubernetes release it supports, so it is installed once (with pip, into the project's cache,
 * not into the system's Python) and then needs no network.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot } from './cache';

const execFileP = promisify(execFile);

const version = '1.37.0';

export interface ValidationResult {
  ok: boolean;
  /** What the validator printed: one line per object, errors included. */
  output: string;
}

let installing: Promise<string> | undefined;

/** The installed package's directory (for PYTHONPATH), installed on first use. */
export function kubernetesValidate(log: (message: string) => void): Promise<string> {
  return (installing ??= install(log).finally(() => (installing = undefined)));
}

async function install(log: (message: string) => void): Promise<string> {
  const target = join(cacheRoot(), `kubernetes-validate-${version}`);
  if (await stat(join(target, 'kubernetes_validate')).then(() => true, () => false)) return target;
  log(`installing kubernetes-validate ${version} from PyPI (once, ~120 MB with its schemas) → ${target}`);
  await mkdir(cacheRoot(), { recursive: true });
  // Installed beside the target and renamed into place, so a killed install never looks complete.
  const scratch = await mkdtemp(`${target}.install-`);
  try {
    await execFileP('python3', ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--quiet', '--target', scratch, `kubernetes-validate==${version}`], {
      env: { ...process.env, PIP_REQUIRE_VIRTUALENV: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`pip install kubernetes-validate==${version} failed (Python 3 with pip is required): ${(error.stderr || error.message).trim()}`);
    });
    await rename(scratch, target).catch(async (error: unknown) => {
      if (!(await stat(target).then(() => true, () => false))) throw error;
      await rm(scratch, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/** `kubernetes-validate --strict` (unknown fields are errors) of YAML files against one Kubernetes release. */
export async function validateManifests(files: string[], kubernetesVersion: string, log: (message: string) => void): Promise<ValidationResult> {
  const packageDir = await kubernetesValidate(log);
  try {
    const { stdout, stderr } = await execFileP('python3', ['-m', 'kubernetes_validate', '--strict', '--kubernetes-version', kubernetesVersion, ...files], {
      env: { ...process.env, PYTHONPATH: packageDir },
    });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}
