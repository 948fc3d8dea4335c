/**
 * The browser the console's tests drive: Debian's Chromium through playwright-core (no browser
 * is downloaded). The test setup installs it, with the CJK fonts Chinese pages need, when it is
 * missing and the tests run as root; otherwise it says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
const packages = ['chromium', 'fonts-noto-cjk'];

export function ensureChromium(log: (message: string) => void): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the browser tests need Debian's Chromium at ${chromiumPath}: run  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  }
  log(`installing ${packages.join(' ')} (apt-get) …`);
  for (const args of [['update'], ['install', '-y', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${packages.join(' ')} by hand`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`apt-get installed chromium, yet ${chromiumPath} is missing`);
}

/** A headless Chromium with a fresh profile, quiet on the network: it talks only to the test's own API. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
