#!/usr/bin/env node
// The two commands of a fresh clone start here, before any dependency exists: install what
// is missing (npm packages now; Temporal and PostgreSQL later, from the TypeScript side),
// then hand over to the TypeScript entry for the command.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const commands = {
  start: 'start.ts',
  test: 'test.ts',
  'test-cluster': 'test-cluster.ts',
  cluster: 'cluster.ts',
  build: 'build.ts',
  bench: 'bench.ts',
  'record-histories': 'record-histories.ts',
  token: 'token.ts',
  'rotate-data-keys': 'rotate-data-keys.ts',
  worker: '../worker/main.ts',
  api: '../api/main.ts',
};
const [command, ...rest] = process.argv.slice(2);
if (!commands[command]) {
  console.error(`usage: bootstrap.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer.`);
  process.exit(1);
}

function dependenciesStale() {
  const installed = resolve(root, 'node_modules/.package-lock.json');
  if (!existsSync(installed)) return true;
  return statSync(resolve(root, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs;
}

if (dependenciesStale()) {
  // On stderr, so a command's own output (a token) can be captured even on a fresh clone.
  console.error('[setup] installing npm dependencies (npm ci) …');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: [0, 2, 2] });
  if (npm.status !== 0) {
    console.error('[setup] npm ci failed; see above');
    process.exit(npm.status ?? 1);
  }
}

// The production entries run what `npm run build` compiled, unless a source changed since: a
// developer who edits and runs `npm run worker` must never get yesterday's build.
const compiled = { worker: 'dist/worker/main.js', api: 'dist/api/main.js' }[command];
if (compiled && existsSync(resolve(root, compiled))) {
  if (newestSourceChange() <= statSync(resolve(root, compiled)).mtimeMs) {
    process.argv = [process.argv[0], resolve(root, compiled), ...rest];
    await import(resolve(root, compiled));
  } else {
    console.error(`[setup] ${compiled} is older than the sources: running the sources (npm run build compiles them again)`);
    await runSource();
  }
} else {
  await runSource();
}

async function runSource() {
  const { register } = await import('tsx/esm/api');
  register();
  process.argv = [process.argv[0], resolve(root, 'scripts', commands[command]), ...rest];
  await import(resolve(root, 'scripts', commands[command]));
}

/** The latest modification among the files the build compiles (tsconfig.build.json's include). */
function newestSourceChange() {
  const { include } = JSON.parse(readFileSync(resolve(root, 'tsconfig.build.json'), 'utf8'));
  const newest = (path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(resolve(path, name))));
  };
  return Math.max(...include.map((entry) => newest(resolve(root, entry))));
}
