/**
 * Production API entry (`npm run api`): the HTTP API against the configured Temporal cluster
 * and PostgreSQL, applying migrations first. Replicas scale out behind a load balancer.
 */
import { connectClient, dataConverterFor } from '../config/connections';
import { loadEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { connectDatabase, migrateDatabase } from '../db/client';
import { buildApi } from './server';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required for a standalone API');

const database = connectDatabase(env.DATABASE_URL, logger);
await migrateDatabase(database);
const client = await connectClient(env, dataConverterFor(env));
const api = await buildApi({ client, database, logger });
await api.listen({ host: env.HOST, port: env.PORT });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await api.close();
    await client.connection.close();
    await database.close();
  });
}
