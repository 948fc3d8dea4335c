/**
 * Keys given in configuration as `"id:base64,id:base64"` (CODEC_KEYS for Temporal's payloads,
 * DATA_KEYS for personal data at rest): 256-bit keys by id, the first one the current.
 */
import { randomBytes } from 'node:crypto';

export interface KeySet {
  /** The id of the key that encrypts from now on; every key in `keys` still decrypts. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Key ids travel inside ciphertexts, so they stay short and free of separators. */
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

export function parseKeySpec(spec: string, variable: string): KeySet {
  const entries = spec.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [id, material] = part.split(':');
    if (!id || !material) throw new Error(`${variable} entries look like "keyId:base64Key"`);
    if (!keyIdPattern.test(id)) throw new Error(`${variable} key id "${id}" must be 1–32 letters, digits, "_" or "-"`);
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new Error(`${variable} key "${id}" must be 32 bytes (base64 of 256 bits)`);
    return [id, key] as const;
  });
  const first = entries[0];
  if (!first) throw new Error(`${variable} names no key`);
  if (new Set(entries.map(([id]) => id)).size !== entries.length) throw new Error(`${variable} names a key id twice`);
  return { current: first[0], keys: new Map(entries) };
}

export function generateKeySpec(id = `k${Date.now().toString(36)}`): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
