/** Reading a workflow's history the way an administrator reads it in Temporal UI. */
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/** Department activities (`…Handle`) in history order: when each was scheduled and when each completed. */
export function departmentActivityEvents(history: History): { kind: 'scheduled' | 'completed'; activity: string }[] {
  const scheduled = new Map<string, string>();
  const out: { kind: 'scheduled' | 'completed'; activity: string }[] = [];
  for (const event of history.events ?? []) {
    const started = event.activityTaskScheduledEventAttributes;
    if (started?.activityType?.name?.endsWith('Handle')) {
      scheduled.set(String(event.eventId), started.activityType.name);
      out.push({ kind: 'scheduled', activity: started.activityType.name });
    }
    const completed = event.activityTaskCompletedEventAttributes;
    const name = completed && scheduled.get(String(completed.scheduledEventId));
    if (name) out.push({ kind: 'completed', activity: name });
  }
  return out;
}

/** How many Updates the history recorded as accepted. Rejected ones must leave no trace at all. */
export function updateEvents(history: History): { accepted: number; rejected: number } {
  const events = history.events ?? [];
  return {
    accepted: events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length,
    rejected: events.filter((e) => e.workflowExecutionUpdateRejectedEventAttributes).length,
  };
}
