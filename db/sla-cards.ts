/** 黄牌 / 红牌 as recorded: append-only, identified by matter, scope, step, card and due time. */
import type { MatterKind, SlaCard } from '../schemas/matter';
import type { Database } from './client';
import { slaCards } from './schema';

/** Records a card shown; a retried recording of the same card adds nothing. */
export async function recordSlaCard(db: Database, matterId: string, kind: MatterKind, card: SlaCard): Promise<void> {
  await db
    .insert(slaCards)
    .values({ matterId, kind, card: card.card, scope: card.scope, step: card.step, due: new Date(card.due), at: new Date(card.at), notified: card.notified })
    .onConflictDoNothing();
}
