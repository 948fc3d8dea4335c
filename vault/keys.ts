/**
 * Where the vault's keys come from: DATA_KEYS ("id:base64,…", the first wraps new data keys,
 * all unwrap) and BLIND_INDEX_KEY (base64 of 256 bits) in production, where the process refuses
 * to start without them (config/env.ts); locally, files generated into the data directory on the
 * first start, like the codec keys, so a developer's data stays readable across restarts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { generateKeySpec, parseKeySpec, type KeySet } from '../config/key-spec';
import { BlindIndex } from './blind-index';
import { Envelope } from './envelope';
import { PersonalDataVault } from './vault';

export interface VaultKeySettings {
  DATA_KEYS?: string;
  BLIND_INDEX_KEY?: string;
  DATA_DIR: string;
}

export function parseDataKeys(spec: string): KeySet {
  return parseKeySpec(spec, 'DATA_KEYS');
}

export function parseBlindIndexKey(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32) throw new Error('BLIND_INDEX_KEY must be 32 bytes (base64 of 256 bits)');
  return key;
}

export function generateBlindIndexKey(): string {
  return randomBytes(32).toString('base64');
}

export function vaultOf(dataKeys: string, blindIndexKey: string): PersonalDataVault {
  return new PersonalDataVault(new Envelope(parseDataKeys(dataKeys)), new BlindIndex(parseBlindIndexKey(blindIndexKey)));
}

/** The configured vault, or the local one whose keys live in the data directory. */
export function personalDataVault(settings: VaultKeySettings): PersonalDataVault {
  const dataKeys = settings.DATA_KEYS ?? localSecret(resolve(settings.DATA_DIR, 'data-keys'), () => generateKeySpec(`d${Date.now().toString(36)}`));
  const blindIndexKey = settings.BLIND_INDEX_KEY ?? localSecret(resolve(settings.DATA_DIR, 'blind-index-key'), generateBlindIndexKey);
  return vaultOf(dataKeys, blindIndexKey);
}

/** Reads a local key file, creating it (readable by its owner only) on first use. */
function localSecret(file: string, generate: () => string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${generate()}\n`, { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
