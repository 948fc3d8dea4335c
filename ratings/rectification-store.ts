/**
 * The rectification projection: each state its workflow reaches, written unless a newer one is on
 * record, with — in the same transaction — its inbox task (opened in the supervision office's
 * inbox, its deadline and card state kept, closed when the rectification ends), the notifications
 * it sets off and their stream events; then its audit events. Every notification is keyed by what
 * it is about, so a retried projection tells nobody twice.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { appendEvents, taskEvent, type Transaction } from '../db/events';
import { taskAssignedText } from '../db/notification-texts';
import { recordNotifications, type NotificationInput } from '../db/notifications';
import { rectifications, tasks } from '../db/schema';
import { openOrRefreshTasks } from '../db/tasks';
import { rectificationStep, rectificationTitle, type RectificationState } from '../schemas/rating';
import { rectificationAuditEvents } from './audit';
import { appealDecidedText, appealFiledText, replyText, unfoundedText } from './notices';

type TaskRow = typeof tasks.$inferSelect;

export const rectificationTaskId = (state: Pick<RectificationState, 'matterId' | 'office'>) => `${state.matterId}:${rectificationStep}:${state.office}:1`;

export async function recordRectificationState(db: Database, state: RectificationState): Promise<void> {
  await db.transaction(async (tx) => {
    const row = {
      ratingId: state.ratingId,
      region: state.region,
      office: state.office,
      status: state.status,
      appeal: state.appeal ? (state.appeal.decision ?? 'pending') : null,
      due: state.due ? new Date(state.due) : null,
      slaState: state.slaState,
      state,
      openedAt: new Date(state.openedAt),
      closedAt: state.closedAt ? new Date(state.closedAt) : null,
      version: state.version,
    };
    const written = await tx
      .insert(rectifications)
      .values({ matterId: state.matterId, ...row })
      .onConflictDoUpdate({ target: rectifications.matterId, set: row, setWhere: sql`${rectifications.version} < ${state.version}` })
      .returning({ matterId: rectifications.matterId });
    if (written.length === 0) {
      // A retry of this version still syncs what it may have missed; an older state arriving late does nothing.
      const [stored] = await tx.select({ version: rectifications.version }).from(rectifications).where(eq(rectifications.matterId, state.matterId));
      if (stored?.version !== state.version) return;
    }
    const { opened, closed } = await syncTask(tx, state);
    const announced = await recordNotifications(tx, [...opened.map(taskNotice), ...notices(state)]);
    const asTask = (task: TaskRow) => ({ ...task, role: 'supervisor' as const });
    await appendEvents(tx, [...closed.map((task) => taskEvent(asTask(task), 'closed')), ...opened.map((task) => taskEvent(asTask(task), 'opened')), ...announced]);
  });
  await appendAuditEvents(db, rectificationAuditEvents(state));
}

/** Opens the task (or refreshes its deadline and card state) while the rectification is open; closes it when it ends. */
async function syncTask(tx: Transaction, state: RectificationState): Promise<{ opened: TaskRow[]; closed: TaskRow[] }> {
  const ofRectification = and(eq(tasks.matterId, state.matterId), eq(tasks.step, rectificationStep), isNull(tasks.closedAt));
  if (state.status !== 'open') {
    const closed = await tx
      .update(tasks)
      .set({ closedAt: new Date(state.closedAt!), closedByVersion: state.version })
      .where(ofRectification)
      .returning();
    return { opened: [], closed };
  }
  const opened = await openOrRefreshTasks(tx, [
    {
      id: rectificationTaskId(state),
      matterId: state.matterId,
      kind: state.kind,
      unitCode: state.unitCode,
      region: state.region,
      step: rectificationStep,
      title: rectificationTitle,
      role: 'supervisor',
      organisation: state.office,
      due: state.due ? new Date(state.due) : null,
      slaState: state.slaState,
      openedAt: new Date(state.openedAt),
    },
  ]);
  return { opened, closed: [] };
}

function taskNotice(task: TaskRow): NotificationInput {
  return {
    key: `task/${task.id}`,
    kind: 'task.assigned',
    matterId: task.matterId,
    ...taskAssignedText({ matterId: task.matterId, title: task.title, due: task.due?.toISOString() ?? null }),
    audience: { organisation: task.organisation, role: 'supervisor' },
  };
}

/** What this state has to tell, each under the key of the moment it is about. */
function notices(state: RectificationState): NotificationInput[] {
  const { matterId, appeal } = state;
  const found: NotificationInput[] = [];
  if (state.status === 'replied') found.push({ key: `rating.reply/${matterId}`, kind: 'rating.reply', matterId, ...replyText(matterId), audience: { login: state.rater } });
  if (state.status === 'appeal-upheld') found.push({ key: `rating.reply/${matterId}`, kind: 'rating.reply', matterId, ...unfoundedText(matterId), audience: { login: state.rater } });
  if (appeal) found.push({ key: `rating.appeal/${matterId}/filed`, kind: 'rating.appeal', matterId, ...appealFiledText(matterId), audience: { organisation: state.office, role: 'supervisor' } });
  if (appeal?.decision && state.hall) {
    found.push({ key: `rating.appeal/${matterId}/decided`, kind: 'rating.appeal', matterId, ...appealDecidedText(matterId, appeal.decision === 'upheld'), audience: { organisation: state.hall, role: 'hall-officer' } });
  }
  return found;
}
