/**
 * Production API entry (`npm run api`): the HTTP API against the configured Temporal cluster
 * and PostgreSQL, applying migrations and the calendar seed first. Replicas scale out behind a load balancer.
 */
import { codecServerOptions } from '../config/codec-server';
import { connectClient, dataConverterFor } from '../config/connections';
import { loadEnv } from '../config/env';
import { createLogger } from '../config/logger';
import { connectDatabase } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { buildApi } from './server';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required for a standalone API');

const database = connectDatabase(env.DATABASE_URL, logger);
await prepareDatabase(database);
const dataConverter = dataConverterFor(env);
const client = await connectClient(env, dataConverter);
// In production the codec server exists only for configured administrators, never on a generated token.
const codecServer = env.CODEC_ADMIN_TOKENS?.length ? codecServerOptions(env, dataConverter) : undefined;
if (!codecServer) logger.warn('no CODEC_ADMIN_TOKENS: the codec server (/codec) is off');
const api = await buildApi({ client, database, logger, codecServer });
await api.listen({ host: env.HOST, port: env.PORT });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await api.close();
    await client.connection.close();
    await database.close();
  });
}
