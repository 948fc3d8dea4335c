/**
 * Builds the web console (console/ → console/dist) when its sources changed: the content hash
 * of the console's files, the schemas it imports and the lock file is kept beside the build,
 * so `npm start` and the test setup build only when something they would ship is different.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { consoleDist } from '../../api/routes/console';
import { projectRoot } from '../../config/env';

const consoleRoot = resolve(projectRoot, 'console');
const hashFile = resolve(consoleDist, '.source-hash');

/** Test page objects sit beside the pages they drive but are no part of what is shipped. */
const shipped = (path: string) => !/\.page\.ts$/.test(path);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : filesUnder(path);
      return shipped(path) ? [path] : [];
    }),
  );
  return nested.flat();
}

/** One hash over every file that goes into the build, by path and content. */
export async function consoleSourceHash(): Promise<string> {
  const files = [...(await filesUnder(consoleRoot)), ...(await filesUnder(resolve(projectRoot, 'schemas'))), resolve(projectRoot, 'package-lock.json')].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(projectRoot, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Builds console/dist unless the build there is of the same sources; answers whether it built. */
export async function ensureConsoleBuilt(log: (message: string) => void): Promise<{ built: boolean }> {
  const hash = await consoleSourceHash();
  if (existsSync(hashFile) && (await readFile(hashFile, 'utf8')).trim() === hash && existsSync(resolve(consoleDist, 'index.html'))) return { built: false };
  log('building the console (vite) …');
  // Vite is a build tool (a dev dependency): loaded only when a build is due.
  const { build } = await import('vite');
  // Vite follows NODE_ENV when it is set, and the test runner sets it to `test`: React and antd would ship their development builds.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: resolve(consoleRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(hashFile, `${hash}\n`);
  log('console built');
  return { built: true };
}

/** The JavaScript a first visit loads before anything else (entry and preloaded chunks), gzipped, in bytes. */
export async function initialJavaScriptSize(): Promise<{ files: string[]; gzipBytes: number }> {
  const html = await readFile(resolve(consoleDist, 'index.html'), 'utf8');
  const references = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]!);
  let gzipBytes = 0;
  for (const file of references) gzipBytes += gzipSync(await readFile(resolve(consoleDist, file)), { level: 9 }).length;
  return { files: references, gzipBytes };
}
