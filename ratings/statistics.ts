/**
 * 好差评 statistics for supervision, per month (Asia/Shanghai): the satisfaction rate — 好评, the
 * top two levels, over the ratings counted — of each region, hall, competent department,
 * department and matter kind; and how many rectifications replied in time. A rating the supervisor
 * found unfounded on the hall's appeal is left out of the rates (and counted apart).
 * `regions` is a supervisor's own, or `all` for an administrator.
 */
import { and, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { within } from '../db/day-range';
import type { Regions } from '../db/supervision';
import { organisations, ratings, ratingScores, rectifications } from '../db/schema';
import { matterDefinitions } from '../matters';
import type { MatterKind } from '../schemas/matter';
import { isGood, ratingDimensions, ratingLevels, type RatingDimension } from '../schemas/rating';
import { regionNames, type RegionCode } from '../schemas/region';

export interface SatisfactionRow {
  subject: string;
  name: string;
  month: string;
  rated: number;
  satisfied: number;
  rate: number | null;
}

export interface RectificationRow {
  region: string;
  month: string;
  opened: number;
  open: number;
  replied: number;
  onTime: number;
  late: number;
  appealUpheld: number;
  onTimeRate: number | null;
}

export interface RatingStatistics {
  satisfaction: Record<RatingDimension, SatisfactionRow[]>;
  /** Ratings left out because an appeal found them unfounded. */
  unfounded: number;
  rectification: RectificationRow[];
}

const shanghaiMonth = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
const goodLevels = ratingLevels.filter(isGood);
const rateOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export async function ratingStatistics(db: Database, regions: Regions, period: { from?: string; to?: string }): Promise<RatingStatistics> {
  const scope = [...(regions === 'all' ? [] : [inArray(ratings.region, [...regions])]), ...within(ratings.ratedAt, period)];
  const unfounded = sql`exists (select 1 from ${rectifications} where ${rectifications.matterId} = ${ratings.matterId} and ${rectifications.appeal} = 'upheld')`;
  const month = shanghaiMonth(ratings.ratedAt);
  const [scores, [excluded], rectified] = await Promise.all([
    db
      .select({
        dimension: ratingScores.dimension,
        subject: ratingScores.subject,
        name: organisations.name,
        month,
        rated: count(),
        satisfied: sql<number>`count(*) filter (where ${inArray(ratingScores.level, goodLevels)})`.mapWith(Number),
      })
      .from(ratingScores)
      .innerJoin(ratings, eq(ratings.id, ratingScores.ratingId))
      .leftJoin(organisations, eq(organisations.code, ratingScores.subject))
      .where(and(...scope, sql`not ${unfounded}`))
      .groupBy(ratingScores.dimension, ratingScores.subject, organisations.name, month)
      .orderBy(ratingScores.dimension, month, ratingScores.subject),
    db.select({ total: count() }).from(ratings).where(and(...scope, unfounded)),
    rectificationRows(db, regions, period),
  ]);
  const satisfaction = Object.fromEntries(ratingDimensions.map((dimension) => [dimension, [] as SatisfactionRow[]])) as Record<RatingDimension, SatisfactionRow[]>;
  for (const row of scores) {
    const dimension = row.dimension as RatingDimension;
    satisfaction[dimension].push({ subject: row.subject, name: nameOf(dimension, row.subject, row.name), month: row.month, rated: row.rated, satisfied: row.satisfied, rate: rateOf(row.satisfied, row.rated) });
  }
  return { satisfaction, unfounded: excluded?.total ?? 0, rectification: rectified };
}

/** On time: replied by its deadline. Late: replied after it, or still open past it. Without a deadline (a year not loaded) neither. */
async function rectificationRows(db: Database, regions: Regions, period: { from?: string; to?: string }): Promise<RectificationRow[]> {
  const month = shanghaiMonth(rectifications.openedAt);
  const filtered = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const replied = eq(rectifications.status, 'replied');
  const rows = await db
    .select({
      region: rectifications.region,
      month,
      opened: count(),
      open: filtered(eq(rectifications.status, 'open')),
      replied: filtered(replied),
      onTime: filtered(sql`${replied} and ${rectifications.closedAt} <= ${rectifications.due}`),
      late: filtered(sql`(${replied} and ${rectifications.closedAt} > ${rectifications.due}) or (${rectifications.status} = 'open' and ${rectifications.due} < now())`),
      appealUpheld: filtered(eq(rectifications.status, 'appeal-upheld')),
    })
    .from(rectifications)
    .where(and(...(regions === 'all' ? [] : [inArray(rectifications.region, [...regions])]), ...within(rectifications.openedAt, period)))
    .groupBy(rectifications.region, month)
    .orderBy(month, rectifications.region);
  return rows.map((row) => ({ ...row, onTimeRate: rateOf(row.onTime, row.onTime + row.late) }));
}

function nameOf(dimension: RatingDimension, subject: string, organisation: string | null): string {
  if (dimension === 'region') return regionNames[subject as RegionCode] ?? subject;
  if (dimension === 'kind') return matterDefinitions[subject as MatterKind]?.title ?? subject;
  return organisation ?? subject;
}
