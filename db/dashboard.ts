/**
 * 业务监测看板 in PostgreSQL: what a region's supervisors see at a glance — the open matters by
 * stage now, and over a period the on-time rate by matter kind, by review step and by month, and
 * the yellow and red cards shown. `regions` is a supervisor's own, or `all` for an administrator.
 */
import { and, asc, count, eq, inArray, isNotNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { terminalStatuses, type MatterKind } from '../schemas/matter';
import type { Database } from './client';
import { within } from './day-range';
import type { Regions } from './supervision';
import { matters, slaCards, tasks } from './schema';

export interface DashboardFilter {
  /** Days in Asia/Shanghai, both inclusive. */
  from: string;
  to: string;
  kind?: MatterKind;
}

export interface Rate {
  /** Matters completed, or steps decided, in the period. */
  closed: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
}

export interface Dashboard {
  openByStage: { stage: string; open: number; warned: number; overdue: number }[];
  onTimeByKind: (Rate & { kind: string })[];
  onTimeByStep: (Rate & { step: string })[];
  onTimeByMonth: (Rate & { month: string })[];
  cardsByStep: { step: string; yellow: number; red: number }[];
  cardsByMonth: { month: string; yellow: number; red: number }[];
}

const monthOf = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
const rateOf = (closed: number, late: number): Rate => ({ closed, onTime: closed - late, late, onTimeRate: closed === 0 ? null : (closed - late) / closed });

export async function dashboard(db: Database, regions: Regions, filter: DashboardFilter): Promise<Dashboard> {
  const matterScope = [...(regions === 'all' ? [] : [inArray(matters.region, [...regions])]), ...(filter.kind ? [eq(matters.kind, filter.kind)] : [])];
  // A completed matter is on time unless its matter-level red card was shown (as GET /supervision/sla-statistics counts it).
  const matterLate = countWhere(
    sql`exists (select 1 from ${slaCards} where ${slaCards.matterId} = ${matters.id} and ${slaCards.scope} = 'matter' and ${slaCards.card} = 'red')`,
  );
  const completedInPeriod = and(eq(matters.status, 'completed'), ...matterScope, ...within(matters.completedAt, filter));
  // A review step is on time when its task closed by its deadline; tasks without one (corrections) and those of withdrawn matters say nothing of it.
  const decidedInPeriod = and(isNotNull(tasks.due), isNotNull(tasks.closedAt), ne(matters.status, 'withdrawn'), ...matterScope, ...within(tasks.closedAt, filter));
  const cardsInPeriod = and(...matterScope, ...within(slaCards.at, filter));
  const colour = (card: 'yellow' | 'red') => countWhere(sql`${slaCards.card} = ${card}`);

  const [openByStage, byKind, byStep, byMonth, cardsByStep, cardsByMonth] = await Promise.all([
    db
      .select({
        stage: matters.stage,
        open: count(),
        warned: countWhere(sql`${matters.slaState} = 'warned'`),
        overdue: countWhere(sql`${matters.slaState} = 'overdue'`),
      })
      .from(matters)
      .where(and(notInArray(matters.status, [...terminalStatuses]), ...matterScope))
      .groupBy(matters.stage)
      .orderBy(asc(matters.stage)),
    db.select({ kind: matters.kind, closed: count(), late: matterLate }).from(matters).where(completedInPeriod).groupBy(matters.kind).orderBy(asc(matters.kind)),
    db
      .select({ step: tasks.step, closed: count(), late: countWhere(sql`${tasks.closedAt} > ${tasks.due}`) })
      .from(tasks)
      .innerJoin(matters, eq(matters.id, tasks.matterId))
      .where(decidedInPeriod)
      .groupBy(tasks.step)
      .orderBy(asc(tasks.step)),
    db
      .select({ month: monthOf(matters.completedAt), closed: count(), late: matterLate })
      .from(matters)
      .where(completedInPeriod)
      .groupBy(monthOf(matters.completedAt))
      .orderBy(monthOf(matters.completedAt)),
    db
      .select({ step: slaCards.step, yellow: colour('yellow'), red: colour('red') })
      .from(slaCards)
      .innerJoin(matters, eq(matters.id, slaCards.matterId))
      .where(cardsInPeriod)
      .groupBy(slaCards.step)
      .orderBy(asc(slaCards.step)),
    db
      .select({ month: monthOf(slaCards.at), yellow: colour('yellow'), red: colour('red') })
      .from(slaCards)
      .innerJoin(matters, eq(matters.id, slaCards.matterId))
      .where(cardsInPeriod)
      .groupBy(monthOf(slaCards.at))
      .orderBy(monthOf(slaCards.at)),
  ]);
  return {
    openByStage,
    onTimeByKind: byKind.map(({ kind, closed, late }) => ({ kind, ...rateOf(closed, late) })),
    onTimeByStep: byStep.map(({ step, closed, late }) => ({ step, ...rateOf(closed, late) })),
    onTimeByMonth: byMonth.map(({ month, closed, late }) => ({ month, ...rateOf(closed, late) })),
    cardsByStep,
    cardsByMonth,
  };
}
