/** Reading a workflow's history the way an administrator reads it in Temporal UI. */
import type { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

/**
 * The departments' parts (`…Handle`) run as local activities, as Temporal UI lists them: one marker
 * each, with its summary and the workflow task whose completion recorded it.
 */
export function departmentParts(history: History): { activity: string; summary: string; task: number }[] {
  let task = 0;
  const parts: { activity: string; summary: string; task: number }[] = [];
  for (const event of history.events ?? []) {
    if (event.workflowTaskCompletedEventAttributes) task = Number(event.eventId);
    const marker = event.markerRecordedEventAttributes;
    const data = marker?.markerName === 'core_local_activity' ? marker.details?.data?.payloads?.[0]?.data : undefined;
    if (!data) continue;
    const activity: string = JSON.parse(Buffer.from(data).toString()).activity_type;
    const summary = event.userMetadata?.summary?.data;
    if (activity.endsWith('Handle')) parts.push({ activity, task, summary: summary ? JSON.parse(Buffer.from(summary).toString()) : '' });
  }
  return parts;
}

/** How many Updates the history recorded as accepted. Rejected ones must leave no trace at all. */
export function updateEvents(history: History): { accepted: number; rejected: number } {
  const events = history.events ?? [];
  return {
    accepted: events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length,
    rejected: events.filter((e) => e.workflowExecutionUpdateRejectedEventAttributes).length,
  };
}
