/**
 * 业务监测 in PostgreSQL: open matters running late (or that cannot be scheduled because a
 * year's holidays are not loaded), and how often each kind of matter, region and step keeps
 * its time limit. `regions` is a supervisor's own, or `all` for an administrator.
 */
import { and, asc, count, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Paging } from '../schemas/paging';
import { terminalStatuses, type MatterKind, type Sla } from '../schemas/matter';
import type { Database } from './client';
import { within } from './day-range';
import { pagedQuery, type Paged } from './paging';
import { matters, slaCards } from './schema';

export type Regions = readonly string[] | 'all';

export interface LateMatter {
  id: string;
  kind: MatterKind;
  unitCode: string;
  region: string;
  status: string;
  stage: string;
  sla: Sla;
}

export interface OnTimeRate {
  closed: number;
  onTime: number;
  overdue: number;
  onTimeRate: number | null;
}

/** A matter as a search by person lists it: what and where it is, never the person. */
export interface PersonMatter {
  id: string;
  kind: MatterKind;
  unitCode: string;
  region: string;
  status: string;
  stage: string;
  submittedAt: Date;
}

/** Late: overdue, warned, or with a deadline that could not be scheduled. */
const lateStates = ['overdue', 'warned', 'unscheduled'];

const inRegions = (regions: Regions) => (regions === 'all' ? [] : [inArray(matters.region, [...regions])]);

/** Open matters overdue, warned or unscheduled, soonest due first. */
export async function lateMatters(db: Database, regions: Regions, filter: Paging & { kind?: MatterKind; region?: string }): Promise<Paged<LateMatter>> {
  const where = and(
    ...inRegions(regions),
    inArray(matters.slaState, lateStates),
    notInArray(matters.status, [...terminalStatuses]),
    ...(filter.kind ? [eq(matters.kind, filter.kind)] : []),
    ...(filter.region ? [eq(matters.region, filter.region)] : []),
  );
  const page = await pagedQuery(db, {
    table: matters,
    where,
    paging: filter,
    rows: ({ limit, offset }) =>
      db
        .select({ id: matters.id, kind: matters.kind, unitCode: matters.unitCode, region: matters.region, status: matters.status, stage: matters.stage, sla: matters.sla })
        .from(matters)
        .where(where)
        .orderBy(asc(matters.slaDue))
        .limit(limit)
        .offset(offset),
  });
  return { items: page.items.map((row) => ({ ...row, kind: row.kind as MatterKind, sla: row.sla! })), total: page.total };
}

/** A completed matter is on time unless its matter-level red card was shown; steps count the cards shown at them. */
export async function slaStatistics(db: Database, regions: Regions, period: { from: string; to: string }) {
  const submitted: SQL[] = [...inRegions(regions), ...within(matters.submittedAt, period)];
  const overdue = sql<number>`count(*) filter (where exists (select 1 from ${slaCards} where ${slaCards.matterId} = ${matters.id} and ${slaCards.scope} = 'matter' and ${slaCards.card} = 'red'))`.mapWith(Number);
  const closedIn = and(eq(matters.status, 'completed'), ...submitted);
  const rateOf = (closed: number, late: number): OnTimeRate => ({ closed, onTime: closed - late, overdue: late, onTimeRate: closed === 0 ? null : (closed - late) / closed });

  const [byKind, byRegion, byStep] = await Promise.all([
    db.select({ kind: matters.kind, closed: count(), overdue }).from(matters).where(closedIn).groupBy(matters.kind),
    db.select({ region: matters.region, closed: count(), overdue }).from(matters).where(closedIn).groupBy(matters.region),
    db
      .select({
        step: slaCards.step,
        yellow: sql<number>`count(*) filter (where ${slaCards.card} = 'yellow')`.mapWith(Number),
        red: sql<number>`count(*) filter (where ${slaCards.card} = 'red')`.mapWith(Number),
      })
      .from(slaCards)
      .innerJoin(matters, eq(matters.id, slaCards.matterId))
      .where(and(eq(slaCards.scope, 'step'), ...submitted))
      .groupBy(slaCards.step),
  ]);
  return {
    byKind: byKind.map((row) => ({ kind: row.kind, ...rateOf(row.closed, row.overdue) })),
    byRegion: byRegion.map((row) => ({ region: row.region, ...rateOf(row.closed, row.overdue) })),
    byStep,
  };
}

/** Every matter of one person (by the blind index of their identity number) within the regions, newest first. */
export async function mattersOfPerson(db: Database, regions: Regions, personIndex: string, paging: Paging): Promise<Paged<PersonMatter>> {
  const where = and(...inRegions(regions), eq(matters.personIndex, personIndex));
  const page = await pagedQuery(db, {
    table: matters,
    where,
    paging,
    rows: ({ limit, offset }) =>
      db
        .select({ id: matters.id, kind: matters.kind, unitCode: matters.unitCode, region: matters.region, status: matters.status, stage: matters.stage, submittedAt: matters.submittedAt })
        .from(matters)
        .where(where)
        .orderBy(sql`${matters.submittedAt} desc`, asc(matters.id))
        .limit(limit)
        .offset(offset),
  });
  return { items: page.items.map((row) => ({ ...row, kind: row.kind as MatterKind })), total: page.total };
}
