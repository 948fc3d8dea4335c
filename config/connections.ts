/**
 * How the worker and the API reach Temporal: one place that knows the address, the
 * namespace and the encrypting data converter, so the two can never disagree on keys.
 */
import { resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import { NativeConnection } from '@temporalio/worker';
import { encryptedDataConverter, localCodecKeys, parseCodecKeys } from '../codec/keys';
import { allSearchAttributes } from '../temporal.config';
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

/**
 * Registers the project's search attributes on a cluster that lacks them (the time-skipping
 * test server; a fresh self-hosted namespace). The dev server gets them as start flags.
 */
export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const searchAttributes = Object.fromEntries(allSearchAttributes.map((key) => [key.name, proto.temporal.api.enums.v1.IndexedValueType[`INDEXED_VALUE_TYPE_${key.type}`]]));
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
}
