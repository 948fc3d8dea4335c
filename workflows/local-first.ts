/**
 * Local first, then handed over: a call to one of our activities runs first as a local activity
 * for a few seconds — one history event and no round trip through a task queue in the usual case —
 * and, when it has not succeeded in that window, runs again as the same ordinary activity with its
 * full retry policy on its own task queue, where Temporal UI shows it pending with its attempts and
 * last failure. The activities are idempotent, so a local attempt that did its work without being
 * heard costs nothing twice. A failure marked non-retryable, and a cancellation, are the caller's.
 */
import { ActivityFailure, ApplicationFailure, isCancellation, log } from '@temporalio/workflow';

export async function localFirst<T>(activity: string, local: () => Promise<T>, ordinary: () => Promise<T>): Promise<T> {
  try {
    return await local();
  } catch (error) {
    // A local activity's failure arrives as the activity raised it (an ordinary one's, wrapped in an ActivityFailure).
    const cause = error instanceof ActivityFailure ? error.cause : error;
    if (isCancellation(error) || (cause instanceof ApplicationFailure && cause.nonRetryable)) throw error;
    log.warn('local activity handed over to an ordinary activity', { activity, reason: cause instanceof Error ? cause.message : String(cause) });
    return ordinary();
  }
}
