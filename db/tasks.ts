/**
 * 待办 (the inbox): the projection keeps one open task per organisation a review step waits
 * for (syncMatterTasks); reviewers list the tasks of their organisations and roles, and claim
 * one so colleagues see who is on it. Claiming is advisory for reading and binding for
 * deciding: the API lets only the claimer (or anyone, while nobody has claimed) decide.
 */
import { and, asc, eq, getTableColumns, inArray, isNotNull, isNull, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { MatterKind, MatterState, MatterStatus, Role, SlaState } from '../schemas/matter';
import type { Paging } from '../schemas/paging';
import { rectificationStep } from '../schemas/rating';
import type { Database } from './client';
import { appendEvents, taskEvent } from './events';
import { pagedQuery, type Paged } from './paging';
import { tasks } from './schema';

export interface Task {
  id: string;
  matterId: string;
  kind: MatterKind;
  unitCode: string;
  region: string;
  step: string;
  title: string;
  role: Role;
  organisation: string;
  /** The step's deadline, if it has one. */
  due: string | null;
  slaState: SlaState;
  openedAt: string;
  closedAt: string | null;
  claimedBy: string | null;
  claimedAt: string | null;
}

export interface TaskScope {
  organisation: string;
  role: Role;
}

export interface TaskFilter extends Paging {
  kind?: MatterKind;
  step?: string;
  slaState?: SlaState;
  region?: string;
  /** Relative to `login`: claimed by the caller, by nobody, or by someone else. */
  claimed?: 'mine' | 'unclaimed' | 'others';
  login: string;
}

export type ClaimOutcome =
  | { outcome: 'claimed'; task: Task }
  | { outcome: 'taken-by-other'; claimedBy: string; claimedAt: string }
  | { outcome: 'closed' }
  | { outcome: 'missing' };

export type ReleaseOutcome = { outcome: 'released'; task: Task } | { outcome: 'not-claimer'; claimedBy: string | null } | { outcome: 'closed' } | { outcome: 'missing' };

/** The statuses in which a person must act: a reviewer, or the unit correcting its form (not the departments, which work unattended). */
export const inboxStatuses: readonly MatterStatus[] = ['reviewing', 'countersigning', 'exception', 'correcting'];

type Executor = Pick<Database, 'insert' | 'update'>;

/** The tasks a sync opened and closed, for the event stream and the notifications they set off. */
export interface TaskChanges {
  opened: Task[];
  closed: Task[];
}

/**
 * Brings the matter's tasks in step with what it waits for, in two statements: closes every
 * open task no longer awaited (another step, an organisation that has decided, nothing awaited),
 * then opens the missing ones and refreshes the deadline of those still open. Idempotent; the
 * caller must make sure `state` is the matter's latest version. Answers the tasks it opened and closed.
 */
export async function syncMatterTasks(db: Executor, state: MatterState): Promise<TaskChanges> {
  const waiting = state.waitingFor && inboxStatuses.includes(state.status) ? state.waitingFor : null;
  const organisations = waiting ? [...new Set(waiting.organisations)] : [];
  const stillAwaited = waiting ? and(eq(tasks.step, waiting.step), inArray(tasks.organisation, organisations)) : undefined;
  const closed = await db
    .update(tasks)
    .set({ closedAt: new Date(state.updatedAt), closedByVersion: state.version })
    // A 差评's rectification task is its own workflow's, opened after the matter closed.
    .where(and(eq(tasks.matterId, state.id), isNull(tasks.closedAt), ne(tasks.step, rectificationStep), stillAwaited && not(stillAwaited)))
    .returning();
  if (!waiting) return { opened: [], closed: closed.map(taskOf) };
  const due = state.sla.step?.step === waiting.step ? new Date(state.sla.step.due) : null;
  const opened = await openOrRefreshTasks(
    db,
    organisations.map((organisation) => ({
        id: `${state.id}:${waiting.step}:${organisation}:${state.version}`,
        matterId: state.id,
        kind: state.kind,
        unitCode: state.unitCode,
        region: state.region,
        step: waiting.step,
        title: waiting.title,
        role: waiting.role,
        organisation,
        due,
        slaState: state.sla.state,
        openedAt: new Date(state.updatedAt),
      })),
  );
  return { opened: opened.map(taskOf), closed: closed.map(taskOf) };
}

/**
 * Opens each task not open yet (one open task per matter, step and organisation) and refreshes
 * the deadline and card state of one already open; answers the rows it opened.
 */
export async function openOrRefreshTasks(db: Executor, rows: (typeof tasks.$inferInsert)[]): Promise<(typeof tasks.$inferSelect)[]> {
  const written = await db
    .insert(tasks)
    .values(rows)
    .onConflictDoUpdate({
      target: [tasks.matterId, tasks.step, tasks.organisation],
      targetWhere: sql`closed_at is null`,
      set: { due: sql`excluded.due`, slaState: sql`excluded.sla_state` },
      // An unchanged task is not rewritten: most state changes move nothing in the inbox.
      setWhere: sql`(${tasks.due}, ${tasks.slaState}) is distinct from (excluded.due, excluded.sla_state)`,
    })
    // A row the statement inserted has no deleting transaction yet (xmax 0); one it updated has this one.
    .returning({ ...getTableColumns(tasks), inserted: sql<boolean>`(xmax = 0)` });
  return written.filter((row) => row.inserted).map(({ inserted: _inserted, ...row }) => row);
}

/** Open tasks of the given (organisation, role) pairs, soonest deadline first, then oldest. */
export async function listTasks(db: Database, scopes: readonly TaskScope[], filter: TaskFilter): Promise<Paged<Task>> {
  if (scopes.length === 0) return { items: [], total: 0 };
  return openTasks(db, or(...scopes.map((scope) => and(eq(tasks.organisation, scope.organisation), eq(tasks.role, scope.role)))), filter);
}

/** Every open task of matters in the regions (all of them for `all`): what supervisors watch. */
export function listRegionTasks(db: Database, regions: readonly string[] | 'all', filter: TaskFilter & { organisation?: string }): Promise<Paged<Task>> {
  return openTasks(db, and(regions === 'all' ? undefined : inArray(tasks.region, [...regions]), filter.organisation ? eq(tasks.organisation, filter.organisation) : undefined), filter);
}

async function openTasks(db: Database, scope: SQL | undefined, filter: TaskFilter): Promise<Paged<Task>> {
  const conditions: (SQL | undefined)[] = [isNull(tasks.closedAt), scope];
  if (filter.kind) conditions.push(eq(tasks.kind, filter.kind));
  if (filter.step) conditions.push(eq(tasks.step, filter.step));
  if (filter.slaState) conditions.push(eq(tasks.slaState, filter.slaState));
  if (filter.region) conditions.push(eq(tasks.region, filter.region));
  if (filter.claimed === 'mine') conditions.push(eq(tasks.claimedBy, filter.login));
  if (filter.claimed === 'unclaimed') conditions.push(isNull(tasks.claimedBy));
  if (filter.claimed === 'others') conditions.push(and(isNotNull(tasks.claimedBy), ne(tasks.claimedBy, filter.login)));
  const where = and(...conditions);
  // The page and the total in one statement (the window counts before the limit applies): an inbox
  // is opened all day, and a second round trip per opening doubled its cost. A page past the end
  // has no row to carry the total, so only then is it counted apart.
  const rows = await db
    .select({ ...getTableColumns(tasks), total: sql<number>`(count(*) over ())::int` })
    .from(tasks)
    .where(where)
    .orderBy(sql`${tasks.due} asc nulls last`, asc(tasks.openedAt), asc(tasks.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  if (rows.length === 0 && filter.page > 1) return pagedQuery(db, { table: tasks, where, paging: filter, rows: async () => [] });
  return { items: rows.map(taskOf), total: rows[0]?.total ?? 0 };
}

/** Who holds an open task: the organisation and role it waits for, the officer who claimed it, and since when. */
export interface TaskHolder {
  step: string;
  organisation: string;
  role: Role;
  claimedBy: string | null;
  /** When the officer claimed it, or (unclaimed) when it reached the organisation's inbox. */
  since: string;
  due: string | null;
}

/** The holders of each matter's open tasks, by matter: what supervisors read beside a late matter. */
export async function openTaskHolders(db: Database, matterIds: readonly string[]): Promise<Map<string, TaskHolder[]>> {
  const byMatter = new Map<string, TaskHolder[]>();
  if (matterIds.length === 0) return byMatter;
  const rows = await db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.matterId, [...matterIds]), isNull(tasks.closedAt)))
    .orderBy(asc(tasks.matterId), asc(tasks.organisation));
  for (const row of rows) {
    const holder: TaskHolder = {
      step: row.step,
      organisation: row.organisation,
      role: row.role as Role,
      claimedBy: row.claimedBy,
      since: (row.claimedAt ?? row.openedAt).toISOString(),
      due: iso(row.due),
    };
    byMatter.set(row.matterId, [...(byMatter.get(row.matterId) ?? []), holder]);
  }
  return byMatter;
}

export async function findTask(db: Database, id: string): Promise<Task | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row && taskOf(row);
}

/**
 * Claims an open task that nobody (or the caller already) holds, in one conditional update, so of
 * two reviewers claiming at once exactly one gets it. Claiming again keeps the first moment, and
 * only a new claim is an event for the organisation's inbox.
 */
export async function claimTask(db: Database, id: string, login: string): Promise<ClaimOutcome> {
  // The second attempt is for a task released between the update and the look at why it failed.
  for (let attempt = 0; attempt < 2; attempt++) {
    const claimed = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(tasks)
        .set({ claimedBy: login, claimedAt: sql`case when ${tasks.claimedBy} = ${login} then ${tasks.claimedAt} else now() end` })
        .where(and(eq(tasks.id, id), isNull(tasks.closedAt), or(isNull(tasks.claimedBy), eq(tasks.claimedBy, login))))
        // now() is this transaction's start: a claim kept from before has an earlier moment.
        .returning({ ...getTableColumns(tasks), fresh: sql<boolean>`(${tasks.claimedAt} = now())` });
      if (row?.fresh) await appendEvents(tx, [taskEvent(taskOf(row), 'claimed')]);
      return row;
    });
    if (claimed) return { outcome: 'claimed', task: taskOf(claimed) };
    const task = await findTask(db, id);
    if (!task) return { outcome: 'missing' };
    if (task.closedAt) return { outcome: 'closed' };
    if (task.claimedBy && task.claimedAt) return { outcome: 'taken-by-other', claimedBy: task.claimedBy, claimedAt: task.claimedAt };
  }
  throw new Error(`task ${id} changed hands while being claimed; try again`);
}

/** Gives a claimed task back to its organisation; only the claimer can. */
export async function releaseTask(db: Database, id: string, login: string): Promise<ReleaseOutcome> {
  const released = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(tasks)
      .set({ claimedBy: null, claimedAt: null })
      .where(and(eq(tasks.id, id), isNull(tasks.closedAt), eq(tasks.claimedBy, login)))
      .returning();
    if (row) await appendEvents(tx, [taskEvent(taskOf(row), 'released')]);
    return row;
  });
  if (released) return { outcome: 'released', task: taskOf(released) };
  const task = await findTask(db, id);
  if (!task) return { outcome: 'missing' };
  if (task.closedAt) return { outcome: 'closed' };
  return { outcome: 'not-claimer', claimedBy: task.claimedBy };
}

const iso = (at: Date | null) => at?.toISOString() ?? null;

function taskOf(row: typeof tasks.$inferSelect): Task {
  return {
    id: row.id,
    matterId: row.matterId,
    kind: row.kind as MatterKind,
    unitCode: row.unitCode,
    region: row.region,
    step: row.step,
    title: row.title,
    role: row.role as Role,
    organisation: row.organisation,
    due: iso(row.due),
    slaState: row.slaState as SlaState,
    openedAt: row.openedAt.toISOString(),
    closedAt: iso(row.closedAt),
    claimedBy: row.claimedBy,
    claimedAt: iso(row.claimedAt),
  };
}
