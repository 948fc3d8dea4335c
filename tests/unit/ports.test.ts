import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports';

const ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

function listen(port: number): Promise<() => Promise<void>> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(() => new Promise((done) => server.close(() => done()))));
  });
}

describe('free ports for the stacks tests and the bench start', () => {
  it('draws distinct ports below the kernel’s ephemeral range, each of which can be listened on', async () => {
    const ports = await Promise.all(Array.from({ length: 40 }, () => freePort()));
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) expect(port).toBeLessThan(ephemeralLow);
    const closers = await Promise.all(ports.map(listen));
    await Promise.all(closers.map((close) => close()));
  });

  it('never hands a port drawn by another live process', async () => {
    // The other process draws its ports, says which, and lives on until told to stop.
    const script = `import('./scripts/lib/ports.ts').then(async ({ freePort }) => { const ports = []; for (let i = 0; i < 200; i++) ports.push(await freePort()); console.log(JSON.stringify(ports)); process.stdin.resume(); })`;
    const other = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const [line] = (await once(createInterface({ input: other.stdout! }), 'line')) as [string];
      const others: number[] = JSON.parse(line);
      const mine = await Promise.all(Array.from({ length: 200 }, () => freePort()));
      expect(mine.filter((port) => others.includes(port))).toEqual([]);
    } finally {
      other.stdin!.end();
      await once(other, 'exit');
    }
  });
});
