/**
 * Where codec keys come from: CODEC_KEYS in production ("id:base64,id:base64", the first
 * one seals), or a file generated on the first local start so that a developer's matters
 * stay readable across restarts.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataConverter } from '@temporalio/common';
import { EncryptionCodec, type CodecKeys } from './encryption-codec';

export function parseCodecKeys(spec: string): CodecKeys {
  const entries = spec.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [id, material] = part.split(':');
    if (!id || !material) throw new Error('CODEC_KEYS entries look like "keyId:base64Key"');
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new Error(`CODEC_KEYS key "${id}" must be 32 bytes (base64 of 256 bits)`);
    return [id, key] as const;
  });
  const first = entries[0];
  if (!first) throw new Error('CODEC_KEYS names no key');
  return { current: first[0], keys: new Map(entries) };
}

export function generateCodecKeySpec(id = `k${Date.now().toString(36)}`): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/** Reads the local key file, creating it (readable by its owner only) on first use. */
export function localCodecKeys(file: string): CodecKeys {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${generateCodecKeySpec()}\n`, { mode: 0o600 });
  }
  return parseCodecKeys(readFileSync(file, 'utf8'));
}

export function encryptedDataConverter(keys: CodecKeys): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keys)] };
}
