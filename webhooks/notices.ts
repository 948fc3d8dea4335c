/**
 * Telling people about a subscription: today, that it was disabled after failing for the
 * circuit's window. One audit event (the record, searchable by administrators) and a notice for
 * the owning organisation's members and one for the administrators, which the console's
 * notifications deliver. Written in the transaction that disables it, so it happens exactly once.
 */
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { webhookNotices } from '../db/schema';
import { platformOrganisation } from '../schemas/organisation-codes';

export interface SubscriptionDisabled {
  subscriptionId: string;
  organisation: string;
  /** Host and port only: the path may carry the receiver's own tokens. */
  host: string;
  failingSince: string;
  disabledAt: string;
  lastError: string;
  /** Deliveries kept for when it is re-enabled. */
  undelivered: number;
}

export async function recordSubscriptionDisabled(db: Pick<Database, 'insert'>, disabled: SubscriptionDisabled): Promise<void> {
  const { subscriptionId, organisation, disabledAt, ...details } = disabled;
  const notice = { subscriptionId, kind: 'subscription-disabled' as const, details: { ...details, disabledAt }, at: new Date(disabledAt) };
  await db.insert(webhookNotices).values([
    { ...notice, organisation, audience: 'owners' },
    { ...notice, organisation: platformOrganisation, audience: 'administrators' },
  ]);
  await appendAuditEvents(db, [
    {
      eventKey: `webhook-subscription-disabled/${subscriptionId}/${disabledAt}`,
      at: new Date(disabledAt),
      actor: 'system',
      organisation,
      action: 'webhook-subscription-disabled',
      outcome: 'disabled',
      details: { subscriptionId, ...details },
    },
  ]);
}
