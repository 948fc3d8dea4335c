/**
 * The workflow interceptors bundled with the workflows (not a workflow): OpenTelemetry's spans
 * for the run, each Update, Signal and Query and each activity scheduled, plus one thing they
 * lack. A matter's main loop schedules the departments' activities after an Update or Signal
 * (a hall's decision) only put the decision in its queue; left alone, those activities would
 * belong to the trace of the run — the submission's. Here work the main loop schedules belongs
 * to the message that came last, so a decision's trace reaches the activities it caused.
 *
 * Only contexts move: no command is added, removed or reordered (activities' headers are not
 * part of what replay compares), so recorded histories replay as before.
 */
import * as otel from '@opentelemetry/api';
import { OpenTelemetryInboundInterceptor, OpenTelemetryInternalsInterceptor, OpenTelemetryOutboundInterceptor } from '@temporalio/interceptors-opentelemetry/lib/workflow';
import type { ActivityInput, LocalActivityInput, Next, SignalInput, UpdateInput, WorkflowExecuteInput, WorkflowInboundCallsInterceptor, WorkflowInterceptors, WorkflowOutboundCallsInterceptor } from '@temporalio/workflow';

/** Called once per workflow run, so `run` and `cause` are the run's own. */
export const interceptors = (): WorkflowInterceptors => {
  let runSpan: otel.Span | undefined;
  let cause: otel.Context | undefined;

  /** Inside OpenTelemetry's inbound interceptor, so the active context holds its span for the run or the message. */
  const causes: WorkflowInboundCallsInterceptor = {
    execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>) {
      runSpan = otel.trace.getActiveSpan();
      return next(input);
    },
    handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>) {
      cause = otel.context.active();
      return next(input);
    },
    handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>) {
      cause = otel.context.active();
      return next(input);
    },
  };

  /** Outside OpenTelemetry's outbound interceptor, so the span it starts for the activity has the cause as its parent. */
  const inCause = <T>(schedule: () => T): T =>
    cause && runSpan && otel.trace.getActiveSpan() === runSpan ? otel.context.with(cause, schedule) : schedule();
  const scheduling: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) => inCause(() => next(input)),
    scheduleLocalActivity: (input: LocalActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>) => inCause(() => next(input)),
  };

  return {
    inbound: [new OpenTelemetryInboundInterceptor(), causes],
    outbound: [scheduling, new OpenTelemetryOutboundInterceptor()],
    internals: [new OpenTelemetryInternalsInterceptor()],
  };
};
