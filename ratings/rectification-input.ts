/**
 * What a 差评's rectification starts from: the matter's codes, the rating, the supervision office
 * that answers for it — the one over the matter's region, a county's being its prefecture's, as
 * a prefecture's supervisors watch its counties — the hall that may appeal (if the matter reached
 * one), the rater to reply to, and the time it has.
 */
import type { MatterState } from '../schemas/matter';
import { hallOf, supervisionOf } from '../schemas/organisation-codes';
import { rectificationYellowAt, type RectificationInput } from '../schemas/rating';
import { prefectureOf } from '../schemas/region';
import type { StoredRating } from './store';

export function rectificationInputOf(matter: Pick<MatterState, 'id' | 'kind' | 'region' | 'unitCode' | 'decisions'>, rating: StoredRating, limitWorkingDays: number): RectificationInput {
  return {
    matterId: matter.id,
    kind: matter.kind,
    region: matter.region,
    unitCode: matter.unitCode,
    ratingId: rating.id,
    office: supervisionOf(prefectureOf(matter.region)),
    hall: matter.decisions.some((decision) => decision.step === 'hall') ? hallOf(matter.region) : null,
    rater: rating.ratedBy,
    openedAt: rating.ratedAt.toISOString(),
    limitWorkingDays,
    yellowAt: rectificationYellowAt,
  };
}
