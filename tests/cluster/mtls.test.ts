/**
 * The cluster profile runs Temporal's frontend with mutual TLS: the project's own connections
 * (the API's client, the workers' native connection), configured only by the environment
 * `npm run cluster` prints, get through; a client without a certificate, or with one from
 * another authority, or without TLS at all, is refused.
 */
import { readFile } from 'node:fs/promises';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectWorkerConnection, temporalConnectionOptions } from '../../startup/temporal';
import { loadEnv, type Env } from '../../config/env';
import { createCertificateAuthority, issueCertificate } from '../../scripts/lib/tls-certificates';
import { searchAttributes } from '../../temporal.config';
import { quietRuntime } from '../support/harness';
import { startTestCluster, type TestCluster } from './support/cluster';
import type { echo } from './support/workflows';

let test: TestCluster;
let env: Env;

beforeAll(async () => {
  quietRuntime();
  test = await startTestCluster({ tls: true });
  env = loadEnv(test.cluster.clientEnv);
});

afterAll(async () => {
  await test?.stop();
});

/** Resolves true once `probe` passes, false if it never does within the bound; never sleeps blindly. */
async function eventually(probe: () => Promise<boolean>, boundMs: number): Promise<boolean> {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    if (await probe()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('a Temporal cluster with mutual TLS', () => {
  it('serves the project’s client and worker, configured by the environment alone', async () => {
    const connection = await Connection.connect(await temporalConnectionOptions(env));
    const workerConnection = await connectWorkerConnection(env);
    const client = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
    const taskQueue = 'mtls-check';
    const worker = await Worker.create({
      connection: workerConnection,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue,
      workflowsPath: new URL('./support/workflows.ts', import.meta.url).pathname,
    });
    try {
      const workflowId = `mtls-${Date.now()}`;
      const result = await worker.runUntil(
        client.workflow.execute<typeof echo>('echo', {
          workflowId,
          taskQueue,
          args: ['over mutual TLS'],
          // One of the project's search attributes, which the cluster registered at start.
          typedSearchAttributes: [{ key: searchAttributes.matterKind, value: 'mtls-check' }],
        }),
      );
      expect(result).toBe('echo: over mutual TLS');

      const listed = await eventually(async () => {
        for await (const execution of client.workflow.list({ query: `MatterKind = 'mtls-check'` })) {
          if (execution.workflowId === workflowId) return execution.status.name === 'COMPLETED';
        }
        return false;
      }, 30_000);
      expect(listed).toBe(true);
    } finally {
      await connection.close();
      await workerConnection.close();
    }
  });

  it('refuses a client without a certificate, with another authority’s, or without TLS', async () => {
    const { cluster } = test;
    const ca = await readFile(cluster.tls!.caFile);
    const serverTrust = { serverRootCACertificate: ca, serverNameOverride: cluster.tls!.serverName };
    const stranger = issueCertificate(createCertificateAuthority('Some other CA'), { commonName: 'intruder', usages: ['clientAuth'] });
    const attempts = {
      'no certificate': { tls: serverTrust },
      "another authority's certificate": { tls: { ...serverTrust, clientCertPair: { crt: Buffer.from(stranger.cert), key: Buffer.from(stranger.key) } } },
      'no TLS': {},
    };
    for (const [label, options] of Object.entries(attempts)) {
      const connect = async () => {
        const connection = await Connection.connect({ address: cluster.address, connectTimeout: 5_000, ...options });
        try {
          await connection.workflowService.getSystemInfo({});
        } finally {
          await connection.close();
        }
      };
      await expect(connect(), label).rejects.toThrow();
      // The workers' connection (Rust core, another TLS stack) is refused the same way.
      await expect(NativeConnection.connect({ address: cluster.address, ...options }), label).rejects.toThrow();
    }

    // The control: the same trust plus the cluster's client certificate gets through at once, so the refusals were the certificate's.
    const [crt, key] = await Promise.all([readFile(cluster.tls!.clientCertFile), readFile(cluster.tls!.clientKeyFile)]);
    const admitted = await Connection.connect({ address: cluster.address, connectTimeout: 5_000, tls: { ...serverTrust, clientCertPair: { crt, key } } });
    try {
      await expect(admitted.workflowService.getSystemInfo({})).resolves.toBeDefined();
    } finally {
      await admitted.close();
    }
  });
});
