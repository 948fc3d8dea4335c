/**
 * Temporal's own server — the frontend, history, matching and worker services a production
 * cluster runs apart — and its SQL schema tool, built from the Go module proxy into the
 * user's cache (no PyPI or npm package ships them). The build takes minutes, so it happens
 * once per version; the schemas and the dynamic-config template of the same version are
 * copied beside the binaries, so a cached build needs nothing else from the module cache.
 */
import { chmod, cp, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheRoot } from './cache';
import { goInstall, goModCache } from './go-install';

export const temporalServerVersion = '1.32.2';

export interface TemporalServerBuild {
  version: string;
  /** `server`: every service, chosen by `start --service`. */
  server: string;
  /** `temporal-sql-tool`: creates databases and applies the versioned schemas. */
  sqlTool: string;
  /** The PostgreSQL schemas: `<schemaDir>/temporal/versioned`, `<schemaDir>/visibility/versioned`. */
  schemaDir: string;
  /** The dynamic config a development cluster on SQL starts from. */
  dynamicConfigTemplate: string;
}

export async function temporalServerBuild(log: (message: string) => void): Promise<TemporalServerBuild> {
  const version = temporalServerVersion;
  const module = `go.temporal.io/server@v${version}`;
  const dir = await goInstall({
    label: `Temporal server ${version}`,
    expected: 'about 8 minutes on 2 cores',
    packages: [`go.temporal.io/server/cmd/server@v${version}`, `go.temporal.io/server/cmd/tools/sql@v${version}`],
    target: join(cacheRoot(), `temporal-server-${version}`),
    complete: async (scratch) => {
      const source = join(await goModCache(), module);
      await cp(join(source, 'schema', 'postgresql', 'v12'), join(scratch, 'schema', 'postgresql', 'v12'), { recursive: true });
      await cp(join(source, 'config', 'dynamicconfig', 'development-sql.yaml'), join(scratch, 'dynamicconfig', 'development-sql.yaml'));
      // The module cache is read-only; the copies need not be, so clearing the cache needs no chmod.
      await makeWritable(scratch);
    },
    log,
  });
  return {
    version,
    server: join(dir, 'server'),
    sqlTool: join(dir, 'sql'),
    schemaDir: join(dir, 'schema', 'postgresql', 'v12'),
    dynamicConfigTemplate: join(dir, 'dynamicconfig', 'development-sql.yaml'),
  };
}

async function makeWritable(dir: string): Promise<void> {
  for (const entry of [dir, ...(await readdir(dir, { recursive: true })).map((name) => join(dir, name))]) {
    await chmod(entry, (await stat(entry)).mode | 0o200);
  }
}
