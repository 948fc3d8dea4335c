/**
 * Enqueueing events for the subscribers of a matter: one delivery row per active subscription
 * under a key fixed by what happened, then a wake-up for each endpoint queue that waits for one
 * (a queue busy sending — or probing a dead endpoint — takes the new rows in its own time).
 *
 * `matter.status`: every status a matter takes, once per form version — key
 * `<matter>/<status>/v<formVersion>`. The workflow never re-enters a status within one form
 * version (review → countersigning → handling move forward; a return or an exception goes
 * through a correction, which raises the version), so a key names exactly one status change, and
 * the many snapshots of one status and the projection's retries map onto the same key.
 * `sla.card`: every yellow or red card, once — key `<matter>/sla.card/<scope>/<step>/<card>/<due>`,
 * the card's own identity.
 */
import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import type { Database } from '../db/client';
import type { MatterKind, MatterState, SlaCard } from '../schemas/matter';
import type { MatterStatusPayload, SlaCardPayload, WebhookEventType, WebhookPayload } from '../schemas/webhook';
import { queuesToWake } from './queue-store';
import { wakeQueue } from './queue';
import { enqueueDeliveries, matterOfCard, subscribersOf } from './store';

export const everyOrganisation = '*';

export const webhookEventKey = (state: Pick<MatterState, 'id' | 'status' | 'formVersion'>) => `${state.id}/${state.status}/v${state.formVersion}`;

export function webhookPayload(state: MatterState): MatterStatusPayload {
  return { type: 'matter.status', id: state.id, kind: state.kind, unitCode: state.unitCode, status: state.status, stage: state.stage, at: state.completedAt ?? state.updatedAt };
}

/** The status of this snapshot, for the matter's subscribers. Without a client (recording histories) nothing is woken. */
export async function enqueueWebhooks(db: Database, client: Client | undefined, state: MatterState): Promise<void> {
  await enqueueEvent(db, client, state.parties, { matterId: state.id, eventKey: webhookEventKey(state), type: 'matter.status', event: state.status, payload: webhookPayload(state) });
}

/** A card shown on a matter, for its subscribers: codes and moments, no person. */
export async function enqueueSlaCardWebhooks(db: Database, client: Client | undefined, request: { matterId: string; kind: MatterKind; card: SlaCard }): Promise<void> {
  const matter = await matterOfCard(db, request.matterId);
  if (!matter) return;
  const { card } = request;
  const payload: SlaCardPayload = { type: 'sla.card', id: request.matterId, kind: request.kind, unitCode: matter.unitCode, card: card.card, scope: card.scope, step: card.step, due: card.due, at: card.at };
  const eventKey = `${request.matterId}/sla.card/${card.scope}/${card.step}/${card.card}/${card.due}`;
  await enqueueEvent(db, client, matter.parties, { matterId: request.matterId, eventKey, type: 'sla.card', event: card.card, payload });
}

async function enqueueEvent(
  db: Database,
  client: Client | undefined,
  parties: readonly string[],
  event: { matterId: string; eventKey: string; type: WebhookEventType; event: string; payload: WebhookPayload },
): Promise<void> {
  // A unit's subscription, its competent department's (which reviews its matters), a transfer's releasing side's, or one to every matter.
  const subscriptions = await subscribersOf(db, [...parties, everyOrganisation]);
  if (subscriptions.length === 0) return;
  const ids = subscriptions.map((subscription) => subscription.id);
  const added = await enqueueDeliveries(db, ids, event);
  if (!client) return;
  // The projection records many snapshots of one status: only a delivery added now needs a wake-up —
  // or any, on a retry, whose first attempt may have added them and failed before waking.
  const wake = mayRepeatAnEarlierAttempt() ? ids : added;
  // Nothing to undo if a wake-up fails: the flag stays set, and this activity's retry wakes it.
  await Promise.all((await queuesToWake(db, wake)).map((subscription) => wakeQueue(client, subscription)));
}

/** An activity's second or later attempt — or a call from outside any activity, which cannot tell. */
function mayRepeatAnEarlierAttempt(): boolean {
  try {
    return Context.current().info.attempt > 1;
  } catch {
    return true;
  }
}
