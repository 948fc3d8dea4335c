/**
 * A throw-away PostgreSQL and a Temporal cluster on it, for one suite: the real server
 * (`global-setup.ts` built it), four services, mutual TLS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { freePort } from '../../../scripts/lib/ports';
import { startEmbeddedPostgres, tempPostgresDataDir, type RunningPostgres } from '../../../scripts/lib/postgres';
import { startTemporalCluster, type RunningTemporalCluster } from '../../../scripts/lib/temporal-cluster';
import { defaultNamespace } from '../../../temporal.config';

export interface TestCluster {
  cluster: RunningTemporalCluster;
  postgres: RunningPostgres;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTestCluster({ tls }: { tls: boolean }): Promise<TestCluster> {
  const quiet = () => {};
  const postgres = await startEmbeddedPostgres({ dataDir: await tempPostgresDataDir(), port: await freePort(), database: 'postgres', log: quiet, persistent: false });
  const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-cluster-'));
  try {
    const cluster = await startTemporalCluster({
      build: inject('temporalServerBuild'),
      cli: inject('temporalCliPath'),
      postgresUrl: postgres.url,
      namespace: defaultNamespace,
      dataDir,
      tls,
      log: quiet,
    });
    return {
      cluster,
      postgres,
      dataDir,
      async stop() {
        await cluster.stop();
        await postgres.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await postgres.stop();
    throw error;
  }
}
