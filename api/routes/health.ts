/** Liveness and readiness: ready means Temporal and PostgreSQL both answer; the answer names the one that does not, within a bounded time. */
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

/** A dependency that has not answered in this time is reported down: a probe must never hang with it. */
const probeTimeoutMs = 2_000;

async function outcome(probe: Promise<void>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${probeTimeoutMs / 1000} s`)), probeTimeoutMs);
  });
  try {
    await Promise.race([probe, timeout]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}
