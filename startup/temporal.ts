/**
 * How the worker and the API reach Temporal: one place that knows the address, the
 * namespace and the encrypting data converter, so the two can never disagree on keys.
 */
import { resolve } from 'node:path';
import { Client, Connection, type ConnectionLike } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import proto from '@temporalio/proto';
import { NativeConnection } from '@temporalio/worker';
import { encryptedDataConverter, localCodecKeys, parseCodecKeys } from '../codec/keys';
import type { Env } from '../config/env';
import { allSearchAttributes } from '../temporal.config';

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
 * Registers those of the project's search attributes a namespace lacks (the time-skipping test
 * server; a fresh self-hosted namespace; the dev server's file database from before a release
 * added one — its start flags register attributes only when it creates the database).
 */
export async function ensureSearchAttributes(connection: Pick<ConnectionLike, 'operatorService'>, namespace: string): Promise<void> {
  const present = await registeredSearchAttributes(connection, namespace);
  const missing = allSearchAttributes.filter((key) => !present.has(key.name));
  if (missing.length === 0) return;
  const searchAttributes = Object.fromEntries(missing.map((key) => [key.name, proto.temporal.api.enums.v1.IndexedValueType[`INDEXED_VALUE_TYPE_${key.type}`]]));
  await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
}

/** The custom attributes a namespace has; none known on the time-skipping test server, which cannot list them (and takes them again). */
async function registeredSearchAttributes(connection: Pick<ConnectionLike, 'operatorService'>, namespace: string): Promise<Set<string>> {
  try {
    const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
    return new Set(Object.keys(customAttributes ?? {}));
  } catch (error) {
    if ((error as { code?: number }).code === grpcUnimplemented) return new Set();
    throw error;
  }
}

const grpcUnimplemented = 12;
