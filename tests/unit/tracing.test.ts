import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnv } from '../../config/env';
import { currentTracing, tracingClientInterceptors, tracingFromEnv, tracingWorkerOptions } from '../../observability/tracing';

afterEach(async () => {
  await currentTracing()?.shutdown();
});

describe('tracing from the environment', () => {
  it('is off without an OTLP endpoint: no provider, no client or activity interceptors, a sink that drops the workflow’s spans', () => {
    const env = loadEnv({});
    expect(env.OTEL_SERVICE_NAME).toBe('yijianshi');
    expect(tracingFromEnv(env)).toBeUndefined();
    expect(currentTracing()).toBeUndefined();
    expect(tracingClientInterceptors()).toEqual({});
    const worker = tracingWorkerOptions();
    expect(worker.interceptors).toEqual({});
    expect(() => worker.sinks.exporter.export.fn({} as never, [])).not.toThrow();
  });

  it('is on with one: spans batched to OTLP under the configured service name, and the client and activities intercepted', () => {
    const env = loadEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SERVICE_NAME: 'yijianshi-api' });
    const tracing = tracingFromEnv(env);
    expect(tracing).toBe(currentTracing());
    expect(tracing?.spanProcessor).toBeInstanceOf(BatchSpanProcessor);
    expect(tracing?.resource.attributes['service.name']).toBe('yijianshi-api');
    expect(tracingClientInterceptors().workflow).toHaveLength(1);
    expect(tracingWorkerOptions().interceptors.activity).toHaveLength(1);
  });

  it('refuses an endpoint that is not a URL, naming the variable', () => {
    expect(() => loadEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318 please' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
