/**
 * schemathesis (PyPI), the property-based tester that reads the OpenAPI document and sends what it
 * says is valid and what it says is not, checking every answer against the document. Installed
 * into the project's cache like the other Python tools; run against a live API.
 */
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { pypiTool } from './pypi-tool';

export const schemathesisTool = { name: 'schemathesis', version: '4.32.5', module: 'schemathesis', size: '~40 MB with Hypothesis' };

export interface SchemathesisRun {
  /** Where the document is served, e.g. http://127.0.0.1:PORT/openapi.json. */
  schemaUrl: string;
  baseUrl: string;
  /** The bearer token the run speaks with. */
  token: string;
  seed: number;
  /** Test cases per operation and phase. */
  maxExamples: number;
  phases: ('examples' | 'coverage' | 'fuzzing' | 'stateful')[];
  /** The run's settings file (operations excluded, per-operation expectations). */
  config: string;
  /** A Python module schemathesis loads first (SCHEMATHESIS_HOOKS), and the directory it is in. */
  hooks?: { module: string; path: string };
  /** Where its reports go (JUnit XML and the NDJSON event log). */
  reportDir: string;
  workers?: number;
}

export interface SchemathesisResult {
  ok: boolean;
  /** Requests schemathesis generated and sent (its "test cases generated"). */
  requests: number;
  failures: number;
  errors: number;
  /** What it printed, for the test's failure message. */
  output: string;
}

export async function runSchemathesis(run: SchemathesisRun, log: (message: string) => void): Promise<SchemathesisResult> {
  const packageDir = await pypiTool(schemathesisTool, log);
  await mkdir(run.reportDir, { recursive: true });
  const args = [
    '-m', 'schemathesis.cli', '--config-file', run.config,
    'run', run.schemaUrl,
    '--url', run.baseUrl,
    '--header', `Authorization: Bearer ${run.token}`,
    '--checks', 'all',
    '--phases', run.phases.join(','),
    '--seed', String(run.seed),
    '--max-examples', String(run.maxExamples),
    '--workers', String(run.workers ?? 2),
    '--request-timeout', '30',
    '--report', 'junit,ndjson',
    '--report-dir', run.reportDir,
    '--no-color',
  ];
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    const env = {
      ...process.env,
      PYTHONPATH: [packageDir, ...(run.hooks ? [run.hooks.path] : [])].join(delimiter),
      ...(run.hooks ? { SCHEMATHESIS_HOOKS: run.hooks.module } : {}),
      SCHEMATHESIS_TELEMETRY: 'false',
      NO_COLOR: '1',
    };
    execFile('python3', args, { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
  const count = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  return {
    ok: code === 0,
    requests: count(/(\d+) generated/),
    failures: count(/(\d+) failures?\b/),
    errors: count(/(\d+) errors?\b/),
    output,
  };
}
