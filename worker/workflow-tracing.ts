/**
 * The workflow interceptors bundled with the workflows (not a workflow): a span for the run,
 * each Update and Signal, and each activity scheduled, continuing the trace the client's call
 * carried in its headers, exported through the worker's `exporter` sink.
 *
 * Not `@temporalio/interceptors-opentelemetry`'s workflow interceptors as they are: on a history
 * recorded without them they add yields (the SDK flags that turn those off are absent from such
 * a history), and their async wrappers resolve results a few microtasks later — either can
 * reorder commands when matters already running move to a build with tracing. These call the
 * next interceptor synchronously and hand back its own promise, ending spans on a side branch,
 * so the workflow sees what it saw without them; only activities' headers (which replay does
 * not compare) change.
 *
 * A run started outside any trace (its start carries no caller's context: the API runs without
 * tracing, or a person starts it from the CLI) records no spans: the root is not sampled, and
 * nor is anything under it, so a worker without a collector does not build and hand over spans
 * it would drop. Its ids are drawn all the same, so the workflow's random numbers are the ones
 * it always had. A message that carries a sampled trace is recorded under it even then.
 *
 * One thing is added: a matter's main loop schedules the departments' activities after an
 * Update or Signal (a hall's decision) only queued the decision; left alone, those activities
 * would belong to the run's trace — the submission's. Here work the main loop schedules belongs
 * to the message that came last, so a decision's trace reaches the activities it caused.
 */
import '@temporalio/interceptors-opentelemetry/lib/workflow/runtime';
import * as otel from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { AlwaysOffSampler, BasicTracerProvider, ParentBasedSampler, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { extractContextFromHeaders, headersWithContext, UPDATE_ID_ATTR_KEY } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { SpanExporter } from '@temporalio/interceptors-opentelemetry/lib/workflow/span-exporter';
import {
  ContinueAsNew,
  workflowInfo,
  type ActivityInput,
  type LocalActivityInput,
  type Next,
  type SignalInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptors,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';

/** Spans of work replayed were exported when it first ran: replaying, nothing is handed to the sink (which a replayer may not have). */
class LiveSpanExporter extends SpanExporter {
  override export(...[spans, done]: Parameters<SpanExporter['export']>): void {
    if (workflowInfo().unsafe.isReplaying) return done({ code: ExportResultCode.SUCCESS });
    super.export(spans, done);
  }
}

/**
 * The active context lasts for the synchronous extent of `with` only. Not the AsyncLocalStorage
 * the sandbox offers (the SDK's own context manager): with a thousand matters open, its async
 * hooks corrupted the workflow thread's async stack as workflows were evicted and run again,
 * and Node aborted the worker process ("async hook stack has become corrupted", twice in two
 * `npm run bench -- --scale` runs). What crossed an await with it is carried by hand below.
 */
class SynchronousContextManager implements otel.ContextManager {
  private current: otel.Context = otel.ROOT_CONTEXT;

  active(): otel.Context {
    return this.current;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(context: otel.Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    const previous = this.current;
    this.current = context;
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.current = previous;
    }
  }

  bind<T>(context: otel.Context, target: T): T {
    if (typeof target !== 'function') return target;
    const manager = this;
    return function (this: unknown, ...args: unknown[]) {
      return manager.with(context, () => (target as (...a: unknown[]) => unknown).apply(this, args));
    } as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.current = otel.ROOT_CONTEXT;
    return this;
  }
}

let tracer: otel.Tracer | undefined;

function workflowTracer(): otel.Tracer {
  if (!tracer) {
    const provider = new BasicTracerProvider({
      sampler: new ParentBasedSampler({ root: new AlwaysOffSampler() }),
      spanProcessors: [new SimpleSpanProcessor(new LiveSpanExporter())],
    });
    provider.register({ contextManager: new SynchronousContextManager() });
    tracer = provider.getTracer('yijianshi-workflow');
  }
  return tracer;
}

/** Ends `span` when `result` settles, without touching the promise the workflow awaits. */
function endWhenSettled<T>(span: otel.Span, result: Promise<T>, expected: (error: unknown) => boolean = () => false): Promise<T> {
  result.then(
    () => span.end(),
    (error: unknown) => {
      if (!expected(error)) span.setStatus({ code: otel.SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      span.end();
    },
  );
  return result;
}

/** Runs `call` in a new span under `parent`, synchronously, handing back what it returns. */
function inSpan<T>(name: string, parent: otel.Context, call: (active: otel.Context, span: otel.Span) => Promise<T>, expected?: (error: unknown) => boolean): Promise<T> {
  const span = workflowTracer().startSpan(name, {}, parent);
  const active = otel.trace.setSpan(parent, span);
  let result: Promise<T>;
  try {
    result = otel.context.with(active, () => call(active, span));
  } catch (error) {
    span.end();
    throw error;
  }
  return endWhenSettled(span, result, expected);
}

/** Called once per workflow run, so `runSpan` and `cause` are the run's own. */
export const interceptors = (): WorkflowInterceptors => {
  // Registered before any caller's context is read: that takes the propagator the tracer registers (without it, nothing is read, and the run began a trace of its own).
  workflowTracer();
  let runSpan: otel.Span | undefined;
  let cause: otel.Context | undefined;
  const callerOf = (headers: UpdateInput['headers']) => extractContextFromHeaders(headers) ?? otel.context.active();

  const inbound: WorkflowInboundCallsInterceptor = {
    execute: (input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>) =>
      inSpan(
        `RunWorkflow:${workflowInfo().workflowType}`,
        callerOf(input.headers),
        (_active, span) => {
          runSpan = span;
          return next(input);
        },
        (error) => error instanceof ContinueAsNew,
      ),
    handleUpdate: (input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>) =>
      inSpan(`HandleUpdate:${input.name}`, callerOf(input.headers), (active, span) => {
        span.setAttribute(UPDATE_ID_ATTR_KEY, input.updateId);
        cause = active;
        return next(input);
      }),
    handleSignal: (input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>) =>
      inSpan(`HandleSignal:${input.signalName}`, callerOf(input.headers), (active) => {
        cause = active;
        return next(input);
      }),
  };

  /**
   * Work a handler schedules as it runs stays under the handler's span; anything else — the main
   * loop's, or a handler's after an await, where no span is active any more — goes under the
   * latest message, or the run's span before any.
   */
  const parentOfScheduled = () => {
    const active = otel.trace.getActiveSpan();
    if (active && active !== runSpan) return otel.context.active();
    return cause ?? (runSpan ? otel.trace.setSpan(otel.ROOT_CONTEXT, runSpan) : otel.context.active());
  };
  const outbound: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) =>
      inSpan(`StartActivity:${input.activityType}`, parentOfScheduled(), () => next({ ...input, headers: headersWithContext(input.headers) })),
    scheduleLocalActivity: (input: LocalActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>) =>
      inSpan(`StartActivity:${input.activityType}`, parentOfScheduled(), () => next({ ...input, headers: headersWithContext(input.headers) })),
  };

  return { inbound: [inbound], outbound: [outbound] };
};
