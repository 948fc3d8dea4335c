/**
 * The HTTP API: fastify with zod validation, OpenAPI generated from the same schemas,
 * request ids on every log line, and logs that never carry names or identity numbers.
 */
import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Client } from '@temporalio/client';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/client';
import { apiMetrics } from '../observability/metrics';
import { installRequestTracing } from '../observability/tracing';
import { deactivationCheck } from '../directory/deactivated';
import { liveEventsOf } from '../events/live';
import { installAuthentication } from './auth';
import { installErrorHandler } from './errors';
import { MatterAccess } from './matter-access';
import { MatterService } from './matter-service';
import { auditRoutes } from './routes/audit';
import { authRoutes, type AuthOptions } from './routes/auth';
import { calendarRoutes } from './routes/calendar';
import { certificateRoutes } from './routes/certificates';
import { CodecServer, type CodecServerOptions } from '../codec/server';
import { codecRoutes } from './routes/codec';
import { consoleDist, consoleRoutes } from './routes/console';
import { directoryRoutes } from './routes/directory';
import { eventRoutes } from './routes/events';
import { flowRoutes } from './routes/flow';
import { healthRoutes, type ReadinessProbes } from './routes/health';
import { localSignInRoutes } from './routes/local-sign-in';
import { matterFormRoutes } from './routes/matter-form';
import { matterRoutes } from './routes/matters';
import { metricsRoutes } from './routes/metrics';
import { notificationRoutes } from './routes/notifications';
import { supervisionRoutes } from './routes/supervision';
import { taskRoutes } from './routes/tasks';
import { webhookRoutes } from './routes/webhooks';
import { webhookMetrics } from '../webhooks/metrics';
import { productionWebhookSettings, type WebhookSettings } from '../webhooks/settings';
import { Registry } from 'prom-client';

export interface ApiDependencies {
  client: Client;
  database: DatabaseHandle;
  logger: Logger;
  auth: AuthOptions;
  /** The codec server for Temporal UI; without it there are no /codec routes. */
  codecServer?: CodecServerOptions;
  /** Sign-in as a seeded person by name (`npm start` on the local secret only; never production). */
  localSignIn?: boolean;
  /** How subscriptions' endpoints are checked; production's rules unless given. */
  webhooks?: WebhookSettings;
}

export async function buildApi({ client, database, logger, auth, codecServer, localSignIn, webhooks = productionWebhookSettings }: ApiDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installRequestTracing(app);
  installErrorHandler(app);
  const accounts = deactivationCheck(database.db);
  installAuthentication(app, auth.verify, accounts);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const metrics = apiMetrics(database.db, app.log);
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL: one series per route, and no ids or tokens in label values.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest({ method: request.method, route, status: reply.statusCode }, reply.elapsedTime / 1000);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yijianshi 一件事 API',
        description: '事业单位人事管理“一件事”: one form, parallel handling by every department, progress at every moment.',
        version: '1.0.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const probes: ReadinessProbes = {
    temporal: async () => void (await client.workflowService.getSystemInfo({})),
    postgres: async () => void (await database.pool.query('select 1')),
  };
  await app.register(healthRoutes, { probes });
  const matters = new MatterService(client, database.db, app.log);
  const access = new MatterAccess(database.db, matters);
  await app.register(authRoutes, { db: database.db, ...auth });
  if (localSignIn) await app.register(localSignInRoutes, auth);
  await app.register(matterRoutes, { matters, db: database.db, access });
  await app.register(certificateRoutes, { db: database.db, access });
  await app.register(flowRoutes, { access });
  await app.register(matterFormRoutes, { db: database.db, access });
  await app.register(metricsRoutes, { registry: Registry.merge([metrics.registry, webhookMetrics(database.db, app.log)]) });
  if (codecServer) await app.register(codecRoutes, { codec: new CodecServer(codecServer) });
  await app.register(calendarRoutes, { db: database.db });
  await app.register(supervisionRoutes, { db: database.db });
  await app.register(auditRoutes, { db: database.db, access });
  await app.register(webhookRoutes, { db: database.db, client, settings: webhooks });
  await app.register(taskRoutes, { db: database.db });
  await app.register(directoryRoutes, { db: database.db, accounts });
  await app.register(consoleRoutes, { dist: consoleDist });
  const live = liveEventsOf(database, app.log, (login) => accounts.isDeactivated(login));
  // Streams end before the server stops accepting (its close waits for open responses); the hub goes last.
  app.addHook('preClose', async () => live.endStreams());
  app.addHook('onClose', async () => live.close());
  await app.register(eventRoutes, { live });
  await app.register(notificationRoutes, { db: database.db });
  return app;
}
