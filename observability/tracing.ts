/**
 * OpenTelemetry traces across one path: the API's HTTP request → the Temporal client's call →
 * the workflow's handling of it → each activity it schedules. On only when an OTLP endpoint is
 * configured: without one no provider is registered, no interceptor is installed on the client
 * or the activities, and the HTTP hooks are not added, so tracing costs nothing when off.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { ClientInterceptors } from '@temporalio/client';
import { makeWorkflowExporter, OpenTelemetryActivityInboundInterceptor, OpenTelemetryActivityOutboundInterceptor, OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export const defaultServiceName = 'yijianshi';

export interface Tracing {
  tracer: Tracer;
  resource: Resource;
  spanProcessor: SpanProcessor;
  /** Exports what is still buffered and stops; call it before the process exits. */
  shutdown(): Promise<void>;
}

let installed: Tracing | undefined;

/** The tracing this process installed, if any. */
export function currentTracing(): Tracing | undefined {
  return installed;
}

/**
 * Registers a tracer provider for the whole process (context across awaits, W3C `traceparent`
 * propagation) sending spans through `spanProcessor`. Once per process: OpenTelemetry's global
 * provider cannot be replaced.
 */
export function installTracing({ spanProcessor, serviceName = defaultServiceName }: { spanProcessor: SpanProcessor; serviceName?: string }): Tracing {
  if (installed) throw new Error('tracing is installed already in this process');
  const resource = new Resource({ 'service.name': serviceName });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  const tracing: Tracing = {
    tracer: provider.getTracer('yijianshi'),
    resource,
    spanProcessor,
    shutdown: async () => {
      await provider.shutdown();
      installed = undefined;
    },
  };
  installed = tracing;
  return tracing;
}

/**
 * Tracing by OTLP over HTTP (protobuf) when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the exporter
 * reads it, and `OTEL_EXPORTER_OTLP_HEADERS` and the like, itself); nothing otherwise.
 */
export function tracingFromEnv(env: { OTEL_EXPORTER_OTLP_ENDPOINT?: string; OTEL_SERVICE_NAME?: string }): Tracing | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return installTracing({ spanProcessor: new BatchSpanProcessor(new OTLPTraceExporter()), serviceName: env.OTEL_SERVICE_NAME });
}

/** The Temporal client's interceptors: its calls carry the caller's trace to the workflow. */
export function tracingClientInterceptors(tracing = installed): ClientInterceptors {
  return tracing ? { workflow: [new OpenTelemetryWorkflowClientInterceptor({ tracer: tracing.tracer })] } : {};
}

/**
 * What a worker adds: spans around each activity, and the sink the bundled workflow
 * interceptors (worker/workflow-tracing.ts) export their spans through. The bundle is the same
 * with tracing on or off — every replica runs one build — so when off the sink drops the spans.
 */
export function tracingWorkerOptions(tracing = installed): { interceptors: WorkerInterceptors; sinks: InjectedSinks<{ exporter: { export(spans: unknown[]): void } }> } {
  if (!tracing) return { interceptors: {}, sinks: { exporter: { export: { fn: () => {} } } } };
  const options = { tracer: tracing.tracer };
  return {
    interceptors: {
      activity: [(ctx) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx, options), outbound: new OpenTelemetryActivityOutboundInterceptor(ctx) })],
    },
    sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) as never },
  };
}

const requestSpans = new WeakMap<FastifyRequest, { span: Span; context: Context }>();

/**
 * A server span for each HTTP request, continuing a caller's `traceparent`, named by the route
 * pattern (never the URL, which carries ids). It is made the active context before the handler
 * runs, after the body is read: the body's stream events would not carry it.
 */
export function installRequestTracing(app: FastifyInstance, tracing = installed): void {
  if (!tracing) return;
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(context.active(), request.headers);
    const span = tracing.tracer.startSpan(`${request.method} ${request.routeOptions.url ?? 'unmatched'}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'http.route': request.routeOptions.url ?? 'unmatched' },
    }, parent);
    const active = trace.setSpan(parent, span);
    requestSpans.set(request, { span, context: active });
    context.with(active, done);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const started = requestSpans.get(request);
    if (started) context.with(started.context, done);
    else done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const started = requestSpans.get(request);
    if (started) {
      started.span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) started.span.setStatus({ code: SpanStatusCode.ERROR });
      started.span.end();
      requestSpans.delete(request);
    }
    done();
  });
}
