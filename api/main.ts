/**
 * Production API entry (`npm run api`): the HTTP API against the configured Temporal cluster
 * and PostgreSQL, applying migrations and the calendar seed first (never the demo directory).
 * Replicas scale out behind a load balancer.
 */
import { loadEnv, localAuthSecret } from '../config/env';
import { createLogger } from '../config/logger';
import { tracingFromEnv } from '../observability/tracing';
import { connectDatabase } from '../db/client';
import { assembleApi } from '../startup/api';
import { prepareDatabase } from '../startup/database';
import { connectClient, dataConverterFor } from '../startup/temporal';
import { webhookSettingsFrom } from '../webhooks/settings';
import { personalDataVault } from '../vault/keys';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const tracing = tracingFromEnv(env);
if (!env.DATABASE_URL) throw new Error('DATABASE_URL is required for a standalone API');
if (env.AUTH_SECRET === localAuthSecret) throw new Error('AUTH_SECRET is required for a standalone API: the local default is in the code for anyone to sign tokens with');
if (!env.CERTIFICATE_SIGNING_KEYS && !env.CERTIFICATE_PUBLIC_KEYS) throw new Error('CERTIFICATE_PUBLIC_KEYS (or CERTIFICATE_SIGNING_KEYS) is required for a standalone API: it publishes the keys certificates are verified with');

const vault = personalDataVault(env);
const database = connectDatabase(env.DATABASE_URL, logger);
await prepareDatabase(database, { pilotDirectory: false, vault });
const dataConverter = dataConverterFor(env);
const client = await connectClient(env, dataConverter);
const api = await assembleApi({ env, client, database, logger, dataConverter, vault, webhooks: webhookSettingsFrom(env, false) });
await api.listen({ host: env.HOST, port: env.PORT });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await api.close();
    await client.connection.close();
    await database.close();
    await tracing?.shutdown();
  });
}
