/**
 * The matter projection: the workflow writes each state it reaches (with the inbox's tasks, and
 * what changed for the people watching, in the same transaction), and everything that lists, searches or reads a closed matter reads it
 * here. A late or repeated write never overwrites a newer version.
 */
import { and, arrayOverlaps, count, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { matterDefinitions } from '../matters';
import type { Paging } from '../schemas/paging';
import { terminalStatuses, type MatterKind, type MatterState, type MatterStatus } from '../schemas/matter';
import type { Database } from './client';
import { within } from './day-range';
import { pagedQuery, type Paged } from './paging';
import { recordProjectionEvents } from './projection-events';
import { matters, tasks } from './schema';
import { syncMatterTasks } from './tasks';

/** Whose matters a caller sees: those it is party to, and every matter of the regions it serves. */
export interface MatterScope {
  parties: string[];
  regions: string[];
}

export interface MatterFilter extends Paging {
  kind?: MatterKind;
  status?: MatterStatus;
  unitCode?: string;
  region?: string;
  /** Submitted on or after this day (Asia/Shanghai). */
  from?: string;
  /** Submitted on or before this day (Asia/Shanghai). */
  to?: string;
}

/** What a decision on a step needs to know, read at once: the matter as projected and the step's tasks, newest first (who claimed the open ones). */
export interface DecisionContext {
  matter: Pick<MatterState, 'id' | 'parties' | 'region' | 'status' | 'stage' | 'waitingFor'>;
  tasks: { id: string; organisation: string; claimedBy: string | null; open: boolean }[];
}

/** A form as PostgreSQL keeps it: personal fields sealed by the vault, and the person's blind index. */
export interface StoredMatterForm {
  sealed: Record<string, unknown>;
  personIndex: string | null;
}

/**
 * Writes the state (and the form, when a new version of it came) unless a newer version is on
 * record, and brings the matter's tasks in step. Answers whether the row was written.
 */
export async function recordMatterState(db: Database, state: MatterState, form: StoredMatterForm | undefined): Promise<boolean> {
  const row = rowOf(state);
  return db.transaction(async (tx) => {
    // The upsert locks the matter's row even when it writes nothing, so two recordings of one
    // matter (a timed-out attempt still running beside its retry) sync its tasks one after the other.
    const upserted = await tx
      .insert(matters)
      .values({ id: state.id, ...row, form: form?.sealed ?? {}, personIndex: form?.personIndex ?? null })
      .onConflictDoUpdate({
        target: matters.id,
        set: form === undefined ? row : { ...row, form: form.sealed, personIndex: form.personIndex },
        setWhere: sql`${matters.version} < ${state.version}`,
      })
      .returning({ id: matters.id });
    // Nothing written: a retry of this version (its tasks must still be synced) or a late, older one (they must not).
    const [stored] = upserted.length > 0 ? [state] : await tx.select({ version: matters.version }).from(matters).where(eq(matters.id, state.id));
    if (stored?.version === state.version) await recordProjectionEvents(tx, state, upserted.length > 0, await syncMatterTasks(tx, state));
    return upserted.length > 0;
  });
}

export async function findMatter(db: Database, id: string): Promise<MatterState | undefined> {
  const row = await db.query.matters.findFirst({ where: eq(matters.id, id) });
  return row && stateOfRow(row);
}

/** The keys routes that read PostgreSQL only need: what the matter is, and who may see it. */
export async function findMatterKeys(db: Database, id: string): Promise<Pick<MatterState, 'id' | 'kind' | 'region' | 'parties'> | undefined> {
  const [row] = await db.select({ id: matters.id, kind: matters.kind, region: matters.region, parties: matters.parties }).from(matters).where(eq(matters.id, id));
  return row && { ...row, kind: row.kind as MatterKind };
}

/** What the matter waited for when last projected (null when nothing; undefined for no such matter). */
export async function findWaitingFor(db: Database, id: string): Promise<MatterState['waitingFor'] | undefined> {
  const [row] = await db.select({ waitingFor: matters.waitingFor }).from(matters).where(eq(matters.id, id));
  return row && (row.waitingFor ?? null);
}

/** One query before a decision is sent: the projected matter and the step's tasks. */
export async function findDecisionContext(db: Database, id: string, step: string): Promise<DecisionContext | undefined> {
  const [row] = await db
    .select({
      id: matters.id,
      parties: matters.parties,
      region: matters.region,
      status: matters.status,
      stage: matters.stage,
      waitingFor: matters.waitingFor,
      tasks: sql<DecisionContext['tasks']>`coalesce(json_agg(json_build_object('id', ${tasks.id}, 'organisation', ${tasks.organisation}, 'claimedBy', ${tasks.claimedBy}, 'open', ${tasks.closedAt} is null) order by ${tasks.openedAt} desc) filter (where ${tasks.id} is not null), '[]'::json)`,
    })
    .from(matters)
    .leftJoin(tasks, and(eq(tasks.matterId, matters.id), eq(tasks.step, step)))
    .where(eq(matters.id, id))
    .groupBy(matters.id);
  if (!row) return undefined;
  const { tasks: stepTasks, ...matter } = row;
  return { matter: { ...matter, status: matter.status as MatterStatus }, tasks: stepTasks };
}

/** The matters within the scope that pass the filter, newest first. */
export async function listMatters(db: Database, scope: MatterScope, filter: MatterFilter): Promise<Paged<MatterState>> {
  const visible = or(
    ...(scope.regions.length ? [inArray(matters.region, scope.regions)] : []),
    ...(scope.parties.length ? [arrayOverlaps(matters.parties, scope.parties)] : []),
  );
  if (!visible) return { items: [], total: 0 };
  const conditions: SQL[] = [visible, ...within(matters.submittedAt, filter)];
  if (filter.kind) conditions.push(eq(matters.kind, filter.kind));
  if (filter.status) conditions.push(eq(matters.status, filter.status));
  if (filter.unitCode) conditions.push(eq(matters.unitCode, filter.unitCode));
  if (filter.region) conditions.push(eq(matters.region, filter.region));
  const where = and(...conditions);
  const page = await pagedQuery(db, {
    table: matters,
    where,
    paging: filter,
    rows: ({ limit, offset }) => db.query.matters.findMany({ where, orderBy: [desc(matters.submittedAt), desc(matters.id)], limit, offset }),
  });
  return { items: page.items.map(stateOfRow), total: page.total };
}

/** Open matters by kind and stage, for the monitoring gauge. */
export function countOpenMatters(db: Database): Promise<{ kind: string; stage: string; open: number }[]> {
  return db
    .select({ kind: matters.kind, stage: matters.stage, open: count() })
    .from(matters)
    .where(notInArray(matters.status, [...terminalStatuses]))
    .groupBy(matters.kind, matters.stage);
}

function rowOf(state: MatterState) {
  return {
    kind: state.kind,
    unitCode: state.unitCode,
    applicationNo: state.applicationNo,
    region: state.region,
    status: state.status,
    stage: state.stage,
    waitingFor: state.waitingFor,
    specialCase: state.specialCase,
    departments: state.departments,
    decisions: state.decisions,
    problems: state.problems,
    parties: state.parties,
    refusedMessages: state.refusedMessages,
    formBy: state.formBy ?? null,
    withdrawnBy: state.withdrawnBy ?? null,
    sla: state.sla,
    slaState: state.sla.state,
    slaDue: state.sla.matter ? new Date(state.sla.matter.due) : null,
    formVersion: state.formVersion,
    outcome: state.outcome ?? null,
    submittedAt: new Date(state.submittedAt),
    acceptedAt: state.acceptedAt ? new Date(state.acceptedAt) : null,
    updatedAt: new Date(state.updatedAt),
    completedAt: state.completedAt ? new Date(state.completedAt) : null,
    version: state.version,
  };
}

function stateOfRow(row: typeof matters.$inferSelect): MatterState {
  return {
    id: row.id,
    kind: row.kind as MatterKind,
    unitCode: row.unitCode,
    applicationNo: row.applicationNo,
    region: row.region,
    status: row.status as MatterStatus,
    stage: row.stage,
    waitingFor: row.waitingFor ?? null,
    specialCase: row.specialCase ?? null,
    departments: row.departments,
    decisions: row.decisions,
    formVersion: row.formVersion,
    problems: row.problems,
    ...(row.formBy ? { formBy: row.formBy } : {}),
    ...(row.withdrawnBy ? { withdrawnBy: row.withdrawnBy } : {}),
    parties: row.parties,
    refusedMessages: row.refusedMessages,
    // Rows projected before time limits existed carry none; their matter's limit is still its definition's.
    sla: row.sla ?? { state: 'on-time', limitWorkingDays: matterDefinitions[row.kind as MatterKind].sla.limitWorkingDays, matter: null, step: null, cards: [] },
    ...(row.outcome ? { outcome: row.outcome } : {}),
    submittedAt: row.submittedAt.toISOString(),
    ...(row.acceptedAt ? { acceptedAt: row.acceptedAt.toISOString() } : {}),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.completedAt ? { completedAt: row.completedAt.toISOString() } : {}),
    version: row.version,
  };
}
