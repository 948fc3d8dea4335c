/**
 * The projection enqueues one delivery per status change however often it records a status,
 * and a delivery whose retries run out is marked failed with its last error (the receiver here
 * refuses outright, so the time-skipping server need not wait out a day of backoff).
 */
import { ApplicationFailure } from '@temporalio/common';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { webhookDeliveries, webhookSubscriptions } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import { webhookEventKey } from '../../webhooks/enqueue';
import { deliveryWorkflowId } from '../../webhooks/start';
import { workflowSuite } from '../support/harness';
import { approve, settled, startMatter } from '../support/matters';

const suite = workflowSuite({
  // With no workflow cache, the delivery workflow the projection starts evicts the matter while
  // its local activity is in flight, and each status change then waits out the workflow task timeout.
  worker: { maxCachedWorkflows: 20 },
  activities: (real) => ({
    ...real,
    deliverWebhook: async () => {
      throw ApplicationFailure.nonRetryable('HTTP 410', 'WebhookDeliveryFailed');
    },
  }),
});

describe('webhook deliveries', () => {
  it('are enqueued once per status change and marked failed when they cannot be delivered', async () => {
    const { db } = suite.db;
    const [subscription] = await db.insert(webhookSubscriptions).values({ organisation: '*', url: 'http://127.0.0.1:9/hook', secret: 's' }).returning();
    const handle = await startMatter(suite.env.client, 'hire', hireFormFor({ applicationNo: 'T-HOOK-1' }));
    await approve(handle, 'competent');
    await approve(handle, 'hall');
    const final = await settled(handle);
    expect(final.status).toBe('completed');

    const rows = await vi.waitFor(
      async () => {
        const found = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.matterId, handle.workflowId));
        expect(found.map((row) => row.status)).toEqual(['failed', 'failed', 'failed']);
        return found;
      },
      { timeout: 30_000, interval: 100 },
    );
    expect(rows.map((row) => row.event).sort()).toEqual(['completed', 'handling', 'reviewing']);
    expect(rows.every((row) => row.subscriptionId === subscription!.id && row.lastError === 'HTTP 410')).toBe(true);
    expect(rows.find((row) => row.event === 'completed')!.eventKey).toBe(webhookEventKey(final));
    for (const row of rows) {
      // Not result(): on the time-skipping server that unlocks time for the still-running SLA clocks.
      expect((await suite.env.client.workflow.getHandle(deliveryWorkflowId(row.id)).describe()).status.name).toBe('COMPLETED');
    }
  });
});
