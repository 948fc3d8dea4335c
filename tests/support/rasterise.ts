/**
 * Seeing a certificate as a scanner does: its PDF rasterised by Debian's `pdftoppm`
 * (poppler-utils, installed by the test setup when missing and run as root) and the QR code
 * decoded from the pixels by jsQR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';

export const pdftoppmPath = '/usr/bin/pdftoppm';
const packages = ['poppler-utils'];

export function ensurePdftoppm(log: (message: string) => void): void {
  if (existsSync(pdftoppmPath)) return;
  if (process.getuid?.() !== 0) throw new Error(`the certificate tests need ${pdftoppmPath}: run  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  log(`installing ${packages.join(' ')} (apt-get) …`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status}); install ${packages.join(' ')} by hand`);
  }
  if (!existsSync(pdftoppmPath)) throw new Error(`apt-get installed poppler-utils, yet ${pdftoppmPath} is missing`);
}

/** The first page as grey pixels at `dpi`, as a flatbed scan of the printout would be. */
export async function rasterise(pdf: Buffer, dpi = 300): Promise<{ width: number; height: number; grey: Uint8Array }> {
  const dir = await mkdtemp(join(tmpdir(), 'yijianshi-raster-'));
  try {
    await writeFile(join(dir, 'page.pdf'), pdf);
    const result = spawnSync(pdftoppmPath, ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
    return parsePgm(await readFile(join(dir, 'page.pgm')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Binary PGM (P5, 8 bits): a header of four tokens, then one byte per pixel. */
function parsePgm(file: Buffer): { width: number; height: number; grey: Uint8Array } {
  const tokens: string[] = [];
  let offset = 0;
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(file[offset]!))) offset++;
    if (file[offset] === 0x23) {
      while (file[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (!/\s/.test(String.fromCharCode(file[offset]!))) token += String.fromCharCode(file[offset++]!);
    tokens.push(token);
  }
  const [magic, width, height, max] = [tokens[0], Number(tokens[1]), Number(tokens[2]), Number(tokens[3])];
  if (magic !== 'P5' || max !== 255) throw new Error(`not an 8-bit binary PGM (${magic}, max ${max})`);
  return { width, height, grey: file.subarray(offset + 1, offset + 1 + width * height) };
}

/** The text of the QR code on the page; throws when none can be read. */
export function decodeQrCode({ width, height, grey }: { width: number; height: number; grey: Uint8Array }): string {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < grey.length; index++) {
    rgba.fill(grey[index]!, index * 4, index * 4 + 3);
    rgba[index * 4 + 3] = 255;
  }
  const code = jsQR(rgba, width, height);
  if (!code) throw new Error('no QR code found on the page');
  return code.data;
}
