/**
 * `npm start`: the whole system on its embedded defaults — Temporal dev server with UI and a
 * file database, PostgreSQL, the workers and the API — until Ctrl-C or SIGTERM.
 */
import { resolve } from 'node:path';
import { adminTokenFile } from '../codec/server';
import { loadEnv, projectRoot } from '../config/env';
import { createLogger } from '../config/logger';
import { tracingFromEnv } from '../observability/tracing';
import { ensureConsoleBuilt } from './lib/console-build';
import { defaultPostgresDataDir } from './lib/postgres';
import { startStack } from './lib/stack';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const tracing = tracingFromEnv(env);

await ensureConsoleBuilt((message) => logger.info(message)).catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not build the console');
  process.exit(1);
});

const stack = await startStack({
  env,
  logger,
  temporalDbFile: resolve(env.DATA_DIR, 'temporal.db'),
  embeddedPostgres: { dataDir: env.PG_DATA_DIR ?? defaultPostgresDataDir(projectRoot), persistent: true },
}).catch((error: unknown) => {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
});

const lines = [
  '',
  'Yijianshi 一件事 is up:',
  `  Console      ${stack.apiUrl}/console/   (sign in as any seeded person)`,
  `  API          ${stack.apiUrl}   (docs ${stack.apiUrl}/docs)`,
  ...(stack.temporalUiUrl ? [`  Temporal UI  ${stack.temporalUiUrl}   (decodes payloads through the codec server)`] : []),
  `  Codec server ${stack.codec.url}   (administrators only)`,
  ...(stack.codec.generatedAdminToken
    ? [`  Admin token  ${stack.codec.generatedAdminToken}   (in ${adminTokenFile(env)}; e.g. temporal workflow show --codec-endpoint ${stack.codec.url} --codec-auth "Bearer <token>")`]
    : []),
  `  Sign in      every /api call needs a bearer token: TOKEN=$(npm run -s token -- wz.hall.officer)   (seeded logins: npm run token)`,
  `  Metrics      ${stack.apiUrl}/metrics`,
  ...(tracing ? [`  Traces       OTLP to ${env.OTEL_EXPORTER_OTLP_ENDPOINT} as ${env.OTEL_SERVICE_NAME}`] : []),
  `  Temporal     ${stack.temporalAddress}`,
  `  PostgreSQL   ${stack.databaseUrl.replace(/:[^:@/]+@/, ':***@')}`,
  'Ctrl-C stops everything; data stays for the next start.',
  '',
];
console.log(lines.join('\n'));

let stopping = false;
async function shutdown(reason: string, code: number) {
  if (stopping) return;
  stopping = true;
  logger.info(`stopping (${reason})`);
  await stack.stop();
  await tracing?.shutdown();
  logger.info('stopped');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
void stack.failed.then((error) => {
  if (stopping) return;
  logger.fatal({ err: error }, 'a part of the stack failed');
  void shutdown(error.message, 1);
});
