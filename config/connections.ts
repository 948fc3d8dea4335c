/**
 * How the worker and the API reach Temporal: one place that knows the address, the
 * namespace and the encrypting data converter, so the two can never disagree on keys.
 */
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection } from '@temporalio/worker';
import { encryptedDataConverter, localCodecKeys, parseCodecKeys } from '../codec/keys';
import type { Env } from './env';

export function temporalAddress(env: Env): string {
  return env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.TEMPORAL_PORT}`;
}

export function dataConverterFor(env: Env): DataConverter {
  const keys = env.CODEC_KEYS ? parseCodecKeys(env.CODEC_KEYS) : localCodecKeys(resolve(env.DATA_DIR, 'codec-keys'));
  return encryptedDataConverter(keys);
}

export async function connectClient(env: Env, dataConverter: DataConverter): Promise<Client> {
  const connection = await Connection.connect({ address: temporalAddress(env) });
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter });
}

export function connectWorkerConnection(env: Env): Promise<NativeConnection> {
  return NativeConnection.connect({ address: temporalAddress(env) });
}
