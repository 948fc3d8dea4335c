/**
 * The matter projection: what lists, searches and closed matters are read from, and the
 * audit events each snapshot attests (`./audit`).
 * Written only by the workflow (as a local activity, so it costs no extra round trip).
 * Status changes are known here too, so the webhook deliveries are enqueued here (`../webhooks`),
 * a closing withdrawal or rejection revokes the matter's certificates (`../certificates`),
 * and what the matter waits for is known, so the inbox's tasks are kept in step (`../db/matters`).
 */
import type { Client } from '@temporalio/client';
import { revocationOf } from '../certificates/revocation';
import { revokeCertificates } from '../certificates/store';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { recordMatterState } from '../db/matters';
import { matterClosed } from '../observability/metrics';
import { isClosed } from '../schemas/matter';
import type { PersonalDataVault } from '../vault/vault';
import { enqueueWebhooks } from '../webhooks/enqueue';
import { auditEventsOf } from './audit';
import type { RecordActivities } from './types';

/** Without a client (recording histories) webhook deliveries are enqueued but not started. */
export function recordActivities(db: Database, vault: PersonalDataVault, client?: Client): RecordActivities {
  return {
    async recordMatter(state, form) {
      // The form reaches PostgreSQL with its personal fields sealed, never in clear.
      const written = await recordMatterState(db, state, form === undefined ? undefined : vault.sealForm(state.id, state.kind, form));
      // The closing state is written once (a retry of the same version writes nothing), so the closure counts once.
      if (written && isClosed(state.status)) matterClosed(state.kind, state.status);
      // Every event the snapshot attests, in one statement; those already recorded are skipped by key.
      // Written whether or not the projection was (a retry after a failure here must still add them).
      await appendAuditEvents(db, auditEventsOf(state));
      // A withdrawn or rejected matter takes its certificates out of force as it closes; verification says so from then on.
      const revocation = revocationOf(state);
      if (revocation) await revokeCertificates(db, state.id, revocation);
      await enqueueWebhooks(db, client, state);
    },
  };
}
