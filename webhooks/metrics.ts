/**
 * What `/metrics` shows of webhooks: every delivery attempt by outcome (counted where it is
 * made, in the process-wide registry), and — read from PostgreSQL at each scrape, so any replica
 * answers for all — live endpoints by state and circuit, and each one's queue depth. The depth is
 * labelled by subscription id: at most five live subscriptions per organisation keep that label's
 * values as few as the organisations that subscribe.
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { Database } from '../db/client';
import { processMetrics } from '../observability/metrics';
import { endpointCounts, queueDepths } from './queue-store';

export type AttemptOutcome = 'delivered' | 'failed' | 'refused';

const attempts = new Counter({
  name: 'yijianshi_webhook_deliveries_total',
  help: 'Webhook delivery attempts by outcome: delivered (2xx), failed (no answer or another status), refused (the endpoint resolved to an address never contacted)',
  labelNames: ['outcome'] as const,
  registers: [processMetrics],
});
for (const outcome of ['delivered', 'failed', 'refused'] as const) attempts.labels(outcome).inc(0);

export const deliveryAttempted = (outcome: AttemptOutcome) => attempts.labels(outcome).inc();

export function webhookMetrics(db: Database, log: { warn(obj: object, msg: string): void }): Registry {
  const registry = new Registry();
  const read = async <T>(what: string, query: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await query();
    } catch (error) {
      log.warn({ err: error }, `${what} could not be read for /metrics`);
      return [];
    }
  };
  new Gauge({
    name: 'yijianshi_webhook_endpoints',
    help: 'Webhook subscriptions not deactivated, by state (pending, active, unverified, disabled) and circuit (closed, open)',
    labelNames: ['state', 'circuit'] as const,
    registers: [registry],
    async collect() {
      const rows = await read('webhook endpoints', () => endpointCounts(db));
      this.reset();
      for (const row of rows) this.labels(row.state, row.circuit).set(row.endpoints);
    },
  });
  new Gauge({
    name: 'yijianshi_webhook_queue_depth',
    help: 'Deliveries waiting in each live subscription’s queue',
    labelNames: ['subscription'] as const,
    registers: [registry],
    async collect() {
      const rows = await read('webhook queue depths', () => queueDepths(db));
      this.reset();
      for (const row of rows) this.labels(row.subscriptionId).set(row.depth);
    },
  });
  return registry;
}
