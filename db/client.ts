import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import * as schema from './schema';

export type Database = NodePgDatabase<typeof schema>;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function connectDatabase(url: string, logger: Pick<Logger, 'warn'>, max = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max });
  let closing = false;
  // An idle client losing its server (PostgreSQL restarting) must not crash the process; once
  // we are closing, the server going away first (Ctrl-C reaches it too) is expected.
  pool.on('error', (error) => {
    if (!closing) logger.warn(`idle PostgreSQL connection lost: ${error.message}`);
  });
  return {
    db: drizzle(pool, { schema }),
    pool,
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

export const migrationsFolder = resolve(import.meta.dirname, 'migrations');

/** Applies the committed SQL migrations; safe to run on every start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await migrate(handle.db, { migrationsFolder });
}
