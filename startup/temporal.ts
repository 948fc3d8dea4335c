/**
 * How the worker and the API reach Temporal: one place that knows the address, the
 * namespace, TLS and the encrypting data converter, so the two can never disagree on keys.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Client, Connection, type ConnectionLike } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import proto from '@temporalio/proto';
import { NativeConnection } from '@temporalio/worker';
import { encryptedDataConverter, localCodecKeys, parseCodecKeys } from '../codec/keys';
import type { Env } from '../config/env';
import { tracingClientInterceptors } from '../observability/tracing';
import { allSearchAttributes } from '../temporal.config';

export function temporalAddress(env: Env): string {
  return env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.TEMPORAL_PORT}`;
}

export function dataConverterFor(env: Env): DataConverter {
  const keys = env.CODEC_KEYS ? parseCodecKeys(env.CODEC_KEYS) : localCodecKeys(resolve(env.DATA_DIR, 'codec-keys'));
  return encryptedDataConverter(keys);
}

export async function connectClient(env: Env, dataConverter: DataConverter): Promise<Client> {
  const connection = await Connection.connect(await temporalConnectionOptions(env));
  return new Client({ connection, namespace: env.TEMPORAL_NAMESPACE, dataConverter, interceptors: tracingClientInterceptors() });
}

export async function connectWorkerConnection(env: Env): Promise<NativeConnection> {
  return NativeConnection.connect(await temporalConnectionOptions(env));
}

/**
 * Address, TLS and API key, the same for the API's client and the workers' connection. Files
 * are read at every connect, so a process restarted after a certificate rotation presents the
 * new one. An API key turns TLS on by itself (the SDK sends it only over TLS).
 */
export async function temporalConnectionOptions(env: Env): Promise<{ address: string; tls?: TLSConfig; apiKey?: string }> {
  const [cert, key, ca] = await Promise.all([
    pem(env, 'TEMPORAL_TLS_CLIENT_CERT'),
    pem(env, 'TEMPORAL_TLS_CLIENT_KEY'),
    pem(env, 'TEMPORAL_TLS_SERVER_CA_CERT'),
  ]);
  const wantsTls = env.TEMPORAL_TLS ?? Boolean(cert || ca || env.TEMPORAL_TLS_SERVER_NAME || env.TEMPORAL_API_KEY);
  const tls: TLSConfig | undefined = wantsTls
    ? {
        ...(cert && key ? { clientCertPair: { crt: cert, key } } : {}),
        ...(ca ? { serverRootCACertificate: ca } : {}),
        ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
      }
    : undefined;
  return { address: temporalAddress(env), ...(tls ? { tls } : {}), ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}) };
}

type PemSetting = 'TEMPORAL_TLS_CLIENT_CERT' | 'TEMPORAL_TLS_CLIENT_KEY' | 'TEMPORAL_TLS_SERVER_CA_CERT';

async function pem(env: Env, setting: PemSetting): Promise<Buffer | undefined> {
  const data = env[`${setting}_DATA`];
  if (data) return Buffer.from(data);
  const path = env[`${setting}_PATH`];
  if (!path) return undefined;
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(`${setting}_PATH=${path} cannot be read: ${(error as Error).message}`);
  }
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
