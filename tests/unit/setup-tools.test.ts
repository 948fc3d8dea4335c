// Smoke tests for the tooling `npm start` / `npm test` depend on, so a broken
// machine setup fails here with a clear message rather than deep in e2e tests.

import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/ports';
import { startEmbeddedPostgres, tempPostgresDataDir } from '../../scripts/lib/postgres';
import { temporalCli } from '../../scripts/lib/temporal-binaries';

const quiet = () => {};

describe('setup tools', () => {
  it('runs an ephemeral embedded Postgres', async () => {
    const dataDir = await tempPostgresDataDir();
    const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'setup_tools', log: quiet, persistent: false });
    try {
      const client = new pg.Client(db.url);
      await client.connect();
      const { rows } = await client.query('select 1 as one');
      await client.end();
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await db.stop();
    }
    // persistent: false promises to clean up after itself.
    await expect(access(dataDir)).rejects.toThrow();
  }, 60_000);

  it('resolves a working Temporal CLI', async () => {
    // May download the CLI on a fresh machine, hence the generous timeout.
    const cli = await temporalCli(quiet);
    await access(cli, constants.X_OK);
    const { stdout } = await promisify(execFile)(cli, ['--version']);
    expect(stdout).toMatch(/^temporal version \d+\.\d+\.\d+/);
  }, 180_000);
});
