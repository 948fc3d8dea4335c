/** `/metrics` for Prometheus. Reach it from the monitoring network only: it names no person, but is not for the public. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';

export const metricsRoutes: FastifyPluginAsyncZod<{ registry: Registry }> = async (app, { registry }) => {
  app.get('/metrics', { schema: { tags: ['health'], security: [], summary: 'Prometheus metrics (text exposition format)' } }, async (_request, reply) =>
    reply.type(registry.contentType).send(await registry.metrics()),
  );
};
