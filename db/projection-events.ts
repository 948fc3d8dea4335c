/**
 * What a projected state tells the people watching, written in the projection's transaction:
 * the matter's new state (to those who see the matter), each task opened or closed (to the
 * organisation and role it is for), and a notification for each task opened — a correction asked
 * of the unit's clerks, or a new task for the reviewers. Nothing when nothing changed: a retried
 * projection of a version already written opens and closes no task and writes no state.
 */
import type { MatterState } from '../schemas/matter';
import { appendEvents, matterEvent, taskEvent, type Transaction } from './events';
import { correctionRequestedText, taskAssignedText } from './notification-texts';
import { recordNotifications, type NotificationInput } from './notifications';
import type { Task, TaskChanges } from './tasks';

export async function recordProjectionEvents(tx: Transaction, state: MatterState, written: boolean, changes: TaskChanges): Promise<void> {
  const announced = await recordNotifications(tx, changes.opened.map((task) => taskNotification(task, state)));
  await appendEvents(tx, [
    ...(written ? [matterEvent(state)] : []),
    ...changes.closed.map((task) => taskEvent(task, 'closed')),
    ...changes.opened.map((task) => taskEvent(task, 'opened')),
    ...announced,
  ]);
}

/** A task opened is news for everyone holding its role in its organisation; keyed by the task, which opens once. */
function taskNotification(task: Task, state: MatterState): NotificationInput {
  const correction = task.step === 'correction';
  const text = correction ? correctionRequestedText({ matterId: task.matterId, problems: state.problems.length }) : taskAssignedText(task);
  return {
    key: `task/${task.id}`,
    kind: correction ? 'correction.requested' : 'task.assigned',
    matterId: task.matterId,
    ...text,
    audience: { organisation: task.organisation, role: task.role },
  };
}
