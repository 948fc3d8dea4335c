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

/**
 * Bounds on every wait for PostgreSQL, so a database that is down or hung costs a caller seconds
 * (the API answers 503, an activity retries), never a request or a workflow task held open.
 */
export const databaseTimeouts = {
  /** To get a connection, from the pool or a new one. */
  connectMs: 3_000,
  /** For an answer to one statement, measured by the client (a hung server sends none). */
  queryMs: 4_000,
  /** The server's own bound on a statement and on a transaction left idle. */
  statementMs: 10_000,
  /**
   * For the connections still out when closing: one cut off by an outage (a connect the server
   * never answered) may never report back, and a process must still stop.
   */
  closeMs: 5_000,
} as const;

export function connectDatabase(url: string, logger: Pick<Logger, 'warn'>, max = 10): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: databaseTimeouts.connectMs,
    query_timeout: databaseTimeouts.queryMs,
    statement_timeout: databaseTimeouts.statementMs,
    idle_in_transaction_session_timeout: databaseTimeouts.statementMs,
  });
  let closing = false;
  // An idle client losing its server (PostgreSQL restarting) must not crash the process; once
  // we are closing, the server going away first (Ctrl-C reaches it too) is expected.
  pool.on('error', (error) => {
    if (!closing) logger.warn(`idle PostgreSQL connection lost: ${error.message}`);
  });
  // A connection lost while checked out between two statements (inside a transaction) reports it on
  // the client itself, where pg's pool listens only while the client is idle: without a listener of
  // our own, a database restart would crash the process. The statement after it fails and the pool
  // drops the client.
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      if (!closing) logger.warn(`PostgreSQL connection lost while in use: ${error.message}`);
    });
  });
  return {
    db: drizzle(pool, { schema }),
    pool,
    close: async () => {
      closing = true;
      let timer: NodeJS.Timeout | undefined;
      const given = new Promise<void>((resolve) => (timer = setTimeout(resolve, databaseTimeouts.closeMs)));
      await Promise.race([pool.end(), given]);
      clearTimeout(timer);
    },
  };
}

export const migrationsFolder = resolve(import.meta.dirname, 'migrations');

/** Applies the committed SQL migrations; safe to run on every start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  await migrate(handle.db, { migrationsFolder });
}

/**
 * Whether an error says PostgreSQL could not be reached or did not answer in time (as opposed to
 * a statement it refused): the caller may retry later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  // Connection failures (node and PostgreSQL's class 08), a server shutting down or starting (57P01–57P03).
  if (typeof code === 'string' && (/^(ECONN|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND)/.test(code) || /^(08|57P0[123])/.test(code))) return true;
  return /Query read timeout|timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message) || isDatabaseUnavailable((error as { cause?: unknown }).cause);
}
