/** Liveness and readiness: ready means Temporal and PostgreSQL both answer. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export interface ReadinessProbes {
  temporal(): Promise<void>;
  postgres(): Promise<void>;
}

const readiness = z.object({
  ready: z.boolean(),
  checks: z.object({ temporal: z.string(), postgres: z.string() }),
});

export const healthRoutes: FastifyPluginAsyncZod<{ probes: ReadinessProbes }> = async (app, { probes }) => {
  app.get('/healthz', { schema: { tags: ['health'], security: [], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', { schema: { tags: ['health'], security: [], response: { 200: readiness, 503: readiness } } }, async (_request, reply) => {
    const [temporal, postgres] = await Promise.all([outcome(probes.temporal()), outcome(probes.postgres())]);
    const ready = temporal === 'ok' && postgres === 'ok';
    return reply.code(ready ? 200 : 503).send({ ready, checks: { temporal, postgres } });
  });
};

async function outcome(probe: Promise<void>): Promise<string> {
  try {
    await probe;
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : 'unreachable';
  }
}
