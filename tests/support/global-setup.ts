/**
 * Once per `npm test`: the Temporal binaries (fetched into the cache if missing), one
 * throw-away PostgreSQL, and the workflow bundle, built once and shared by every suite; the
 * console built and a Chromium to drive it; pdftoppm to rasterise certificates.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { TestProject } from 'vitest/node';
import { workflowBundleSources } from '../../worker/create-workers';
import { startEmbeddedPostgres, tempPostgresDataDir } from '../../scripts/lib/postgres';
import { temporalCli, temporalTestServer } from '../../scripts/lib/temporal-binaries';
import { freePort } from '../../scripts/lib/ports';
import { ensureConsoleBuilt } from '../../scripts/lib/console-build';
import { ensureChromium } from './chromium';
import { ensurePdftoppm } from './rasterise';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalCliPath: string;
    temporalTestServerPath: string;
    postgresAdminUrl: string;
    workflowBundlePath: string;
  }
}

export default async function setup(project: TestProject) {
  const log = (message: string) => console.log(`[test setup] ${message}`);
  const [cli, testServer] = await Promise.all([temporalCli(log), temporalTestServer(log)]);
  // The browser suites drive the console as `npm start` serves it: built (when its sources changed) and in Debian's Chromium.
  ensureChromium(log);
  // The certificate suites read the QR code off the rendered page, as a scanner would.
  ensurePdftoppm(log);
  await ensureConsoleBuilt(log);

  const postgres = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: await tempPostgresDataDir(), port: await freePort(), database: 'postgres', log, persistent: false });

  const bundleDir = await mkdtemp(join(tmpdir(), 'yijianshi-bundle-'));
  const bundlePath = join(bundleDir, 'workflows.js');
  const { code } = await bundleWorkflowCode({ ...workflowBundleSources, logger: quietBundlerLogger });
  await writeFile(bundlePath, code);

  project.provide('temporalCliPath', cli);
  project.provide('temporalTestServerPath', testServer);
  project.provide('postgresAdminUrl', postgres.url);
  project.provide('workflowBundlePath', bundlePath);

  return async () => {
    await postgres.stop();
    await rm(bundleDir, { recursive: true, force: true });
  };
}

const ignore = () => {};
const quietBundlerLogger = { log: ignore, trace: ignore, debug: ignore, info: ignore, warn: console.warn, error: console.error };
