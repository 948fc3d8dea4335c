/**
 * Noto Sans SC from an npm package: certificates render offline, and the same package version
 * draws the same glyphs everywhere. The files are ~10 MB each, so they are read once per process;
 * pdfkit embeds only the glyphs a certificate uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type FontWeight = 'regular' | 'bold';

const files: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

const loaded = new Map<FontWeight, Buffer>();

export function fontFile(weight: FontWeight): Buffer {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(files[weight]));
    loaded.set(weight, bytes);
  }
  return bytes;
}
