/**
 * Where codec keys come from: CODEC_KEYS in production ("id:base64,id:base64", the first
 * one seals), or a file generated on the first local start so that a developer's matters
 * stay readable across restarts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataConverter } from '@temporalio/common';
import { generateKeySpec, parseKeySpec } from '../config/key-spec';
import { EncryptionCodec, type CodecKeys } from './encryption-codec';

export function parseCodecKeys(spec: string): CodecKeys {
  return parseKeySpec(spec, 'CODEC_KEYS');
}

export function generateCodecKeySpec(id?: string): string {
  return generateKeySpec(id);
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
