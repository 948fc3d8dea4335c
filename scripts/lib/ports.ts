import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Ports are drawn below the kernel's ephemeral range: a port found free there can be handed by the
 * kernel to any `listen(0)` or outgoing connection (a Temporal dev server's own ports, a test's
 * receiver) in the seconds before our process binds it, which once failed a suite with EADDRINUSE.
 */
const ephemeralLow = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
})();
const lowest = 20000;

/** Claims are files named by port and holding the claimer's pid, so parallel suites on one machine never draw the same port. */
const claims = join(tmpdir(), 'yijianshi-port-claims');
const claimed: string[] = [];
process.once('exit', () => claimed.forEach((file) => rmSync(file, { force: true })));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function claim(port: number): boolean {
  mkdirSync(claims, { recursive: true });
  const file = join(claims, String(port));
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(readFileSync(file, 'utf8'));
    if (owner === process.pid || alive(owner)) return false;
    writeFileSync(file, String(process.pid));
  }
  claimed.push(file);
  return true;
}

function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port nothing listens on and no other process of ours has drawn, so parallel test suites and the bench never collide with each other or with `npm start`. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const port = randomInt(lowest, ephemeralLow);
    if (claim(port) && (await listenable(port))) return port;
  }
  throw new Error(`no free port between ${lowest} and ${ephemeralLow}`);
}
