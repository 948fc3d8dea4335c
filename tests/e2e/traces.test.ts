/**
 * One trace from a hall's decision to the departments' work it caused, over real HTTP on the
 * stack `npm start` runs, with OpenTelemetry's in-memory exporter in place of OTLP: the HTTP
 * request's span → the Temporal client's Update → the workflow's handling of it → each
 * department's `…Handle` activity, scheduled by the workflow and run by the worker.
 */
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Client } from '@temporalio/client';
import { WORKFLOW_ID_ATTR_KEY } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hire } from '../../matters/hire';
import { installTracing, type Tracing } from '../../observability/tracing';
import { hireFormFor } from '../../samples/forms';
import { tokenFor } from '../support/auth';
import { startMatter } from '../support/matters';
import { startTestStack, type TestStack } from '../support/stack';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let running: TestStack;

beforeAll(async () => {
  tracing = installTracing({ spanProcessor: new SimpleSpanProcessor(exporter), serviceName: 'yijianshi-test' });
  running = await startTestStack();
}, 180_000);

afterAll(async () => {
  await running?.stop();
  await tracing?.shutdown();
});

const parentOf = (span: ReadableSpan, spans: ReadableSpan[]) => spans.find((candidate) => candidate.spanContext().spanId === span.parentSpanId);

describe('traces', () => {
  it('follow a decision from its HTTP request through the Update and the workflow to the eight department activities it caused, in one trace', { timeout: 240_000 }, async () => {
    const [clerk, reviewer, hall] = await Promise.all([tokenFor('wz.hospital.clerk'), tokenFor('wz.health.reviewer'), tokenFor('wz.hall.officer')]);
    const submitted = await running.call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: 'TRACE-1' }), clerk);
    expect(submitted.status).toBe(202);
    const path = `/api/v1/matters/${encodeURIComponent(submitted.body.id)}`;
    expect((await running.call('POST', `${path}/decisions`, { step: 'competent', decision: 'approve' }, reviewer)).status).toBe(200);
    expect([200, 202]).toContain((await running.call('POST', `${path}/decisions`, { step: 'hall', decision: 'approve' }, hall)).status);

    const departments = hire.departments.map((part) => `${part.department}Handle`);
    expect(departments).toHaveLength(8);
    await vi.waitFor(
      async () => {
        const matter = await running.call('GET', path, undefined, clerk);
        expect(matter.body.status).toBe('completed');
        const ran = exporter.getFinishedSpans().map((span) => span.name);
        for (const activity of departments) expect(ran).toContain(`RunActivity:${activity}`);
      },
      { timeout: 180_000, interval: 1_000 },
    );

    const spans = exporter.getFinishedSpans();
    const decisionRequests = spans
      .filter((span) => span.name === 'POST /api/v1/matters/:id/decisions')
      .sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
    expect(decisionRequests).toHaveLength(2);
    const hallRequest = decisionRequests[1]!;
    const traceId = hallRequest.spanContext().traceId;
    const inTrace = spans.filter((span) => span.spanContext().traceId === traceId);

    const update = inTrace.find((span) => span.name === 'StartWorkflowUpdate:decide');
    expect(update && parentOf(update, inTrace)).toBe(hallRequest);
    const handled = inTrace.find((span) => span.name === 'HandleUpdate:decide');
    expect(handled && parentOf(handled, inTrace)).toBe(update);

    for (const activity of departments) {
      const run = inTrace.filter((span) => span.name === `RunActivity:${activity}`);
      expect(run, activity).toHaveLength(1);
      const scheduled = parentOf(run[0]!, inTrace);
      expect(scheduled?.name).toBe(`StartActivity:${activity}`);
      expect(parentOf(scheduled!, inTrace)).toBe(handled);
    }
    // The competent department's decision is a trace of its own; the departments are not in it.
    const competentTrace = decisionRequests[0]!.spanContext().traceId;
    expect(competentTrace).not.toBe(traceId);
    expect(spans.filter((span) => span.spanContext().traceId === competentTrace && span.name.endsWith('Handle'))).toEqual([]);
    expect(hallRequest.attributes['http.response.status_code']).toBeOneOf([200, 202]);

    // The run itself continues the submission's trace.
    const started = spans.find((span) => span.name === 'StartWorkflow:hire' && span.attributes[WORKFLOW_ID_ATTR_KEY] === submitted.body.id);
    const run = spans.find((span) => span.name === 'RunWorkflow:hire' && span.parentSpanId === started?.spanContext().spanId);
    expect(run && parentOf(started!, spans)?.name).toBe('POST /api/v1/matters/hire');
    expect(hallRequest.resource.attributes['service.name']).toBe('yijianshi-test');
  });

  it('are not recorded for a matter started outside any trace (a client without tracing, as from the CLI), while one submitted through the API has its spans', { timeout: 120_000 }, async () => {
    const clerk = await tokenFor('wz.hospital.clerk');
    const spansOf = (workflowId: string) => exporter.getFinishedSpans().filter((span) => span.attributes[WORKFLOW_ID_ATTR_KEY] === workflowId);
    const reviewing = (id: string) =>
      vi.waitFor(async () => expect((await running.call('GET', `/api/v1/matters/${encodeURIComponent(id)}`, undefined, clerk)).body.status).toBe('reviewing'), { timeout: 60_000, interval: 200 });

    const { client } = running.stack;
    const withoutTracing = new Client({ connection: client.connection, namespace: client.options.namespace, dataConverter: client.options.dataConverter });
    const untraced = await startMatter(withoutTracing, 'hire', hireFormFor({ applicationNo: 'TRACE-UNTRACED' }));
    await reviewing(untraced.workflowId);

    // Submitted once the untraced matter is recorded: by the time its recording shows as a span, the other's would have too.
    const traced = await running.call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: 'TRACE-TRACED' }), clerk);
    expect(traced.status).toBe(202);
    await reviewing(traced.body.id);
    await vi.waitFor(() => expect(spansOf(traced.body.id).map((span) => span.name)).toContain('RunActivity:recordMatter'), { timeout: 10_000, interval: 100 });
    expect(spansOf(untraced.workflowId)).toEqual([]);
  });
});
