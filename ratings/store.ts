/**
 * 好差评 in PostgreSQL: a rating recorded once per matter with what it says of each organisation,
 * never changed (the table refuses it), and read back with its rectification.
 */
import { eq } from 'drizzle-orm';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { ratings, ratingScores, rectifications } from '../db/schema';
import type { Actor, MatterKind, MatterState } from '../schemas/matter';
import type { RatingLevel, RatingRequest, RatingSteps, RectificationState } from '../schemas/rating';
import type { RatingScore } from './subjects';

export interface StoredRating {
  id: string;
  matterId: string;
  kind: MatterKind;
  region: string;
  unitCode: string;
  overall: RatingLevel;
  steps: RatingSteps;
  comment: string | null;
  ratedBy: string;
  ratedAt: Date;
}

/** A rating with its rectification, when it is a 差评 that opened one. */
export interface RatingRecord {
  rating: StoredRating;
  rectification: RectificationState | null;
}

/**
 * Records the rating and its scores in one transaction, unless the matter has one: then the one
 * on record is answered and nothing changes (一事一评). The audit trail gets the first one.
 */
export async function recordRating(
  db: Database,
  { matter, rating, by, scores }: { matter: Pick<MatterState, 'id' | 'kind' | 'region' | 'unitCode'>; rating: RatingRequest; by: Actor; scores: RatingScore[] },
): Promise<{ created: boolean; rating: StoredRating }> {
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ratings)
      .values({ matterId: matter.id, kind: matter.kind, region: matter.region, unitCode: matter.unitCode, overall: rating.overall, steps: rating.steps ?? {}, comment: rating.comment ?? null, ratedBy: by.id })
      .onConflictDoNothing({ target: ratings.matterId })
      .returning();
    if (row) await tx.insert(ratingScores).values(scores.map((score) => ({ ratingId: row.id, ...score })));
    return row;
  });
  if (!created) return { created: false, rating: (await findRating(db, matter.id))!.rating };
  await appendAuditEvents(db, [
    {
      eventKey: `${matter.id}/rated`,
      matterId: matter.id,
      at: created.ratedAt,
      actor: by.id,
      organisation: by.organisation ?? null,
      role: by.role ?? null,
      action: 'rated',
      outcome: created.overall,
      details: { ratingId: created.id },
    },
  ]);
  return { created: true, rating: storedOf(created) };
}

export async function findRating(db: Database, matterId: string): Promise<RatingRecord | undefined> {
  const [row] = await db.select({ rating: ratings, rectification: rectifications.state }).from(ratings).leftJoin(rectifications, eq(rectifications.matterId, ratings.matterId)).where(eq(ratings.matterId, matterId));
  return row && { rating: storedOf(row.rating), rectification: row.rectification };
}

function storedOf(row: typeof ratings.$inferSelect): StoredRating {
  return { ...row, kind: row.kind as MatterKind, overall: row.overall as RatingLevel };
}
