/**
 * Validates Kubernetes objects against the API's published schemas, offline.
 *
 * The usual tool, kubeconform, downloads its schemas when it runs, and these machines reach
 * package registries only; PyPI's `kubernetes-validate` bundles the schemas of every
 * Kubernetes release it supports, so it is installed once (with pip, into the project's cache,
 * not into the system's Python) and then needs no network.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pypiTool } from './pypi-tool';

const execFileP = promisify(execFile);

const tool = { name: 'kubernetes-validate', version: '1.37.0', module: 'kubernetes_validate', size: '~120 MB with its schemas' };

export interface ValidationResult {
  ok: boolean;
  /** What the validator printed: one line per object, errors included. */
  output: string;
}

/** The installed package's directory (for PYTHONPATH), installed on first use. */
export function kubernetesValidate(log: (message: string) => void): Promise<string> {
  return pypiTool(tool, log);
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
