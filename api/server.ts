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
import { installErrorHandler } from './errors';
import { MatterService } from './matter-service';
import { certificateRoutes } from './routes/certificates';
import { healthRoutes, type ReadinessProbes } from './routes/health';
import { matterRoutes } from './routes/matters';

export interface ApiDependencies {
  client: Client;
  database: DatabaseHandle;
  logger: Logger;
}

export async function buildApi({ client, database, logger }: ApiDependencies): Promise<FastifyInstance> {
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
  installErrorHandler(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yijianshi 一件事 API',
        description: '事业单位人事管理“一件事”: one form, parallel handling by every department, progress at every moment.',
        version: '1.0.0',
      },
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
  await app.register(matterRoutes, { matters: new MatterService(client, database.db) });
  await app.register(certificateRoutes, { db: database.db });
  return app;
}
