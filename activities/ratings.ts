/**
 * What a 差评's rectification workflow does outside itself: project each state it reaches (the
 * projection, the inbox task, what people are told, the audit trail — `ratings/`), and record a
 * card with the notifications to those it names, as the matters' cards are.
 */
import type { Database } from '../db/client';
import { recordSlaCard } from '../db/sla-cards';
import { notifyCardAddressees } from '../events/card-notices';
import { rectificationTitle } from '../schemas/rating';
import { recordRectificationState } from '../ratings/rectification-store';
import type { RatingActivities } from './types';

export function ratingActivities(db: Database): RatingActivities {
  return {
    recordRectification: (state) => recordRectificationState(db, state),
    async recordRectificationCard({ matterId, kind, card }) {
      // The card's moment and step identify it, so a retried activity records it and tells each addressee once.
      await recordSlaCard(db, matterId, kind, card);
      await notifyCardAddressees(db, { matterId, card, stepTitle: rectificationTitle });
    },
  };
}
