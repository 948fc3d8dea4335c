/**
 * What administrators and supervisors see of a run on the `npm start` stack: histories that
 * hold no personal data yet read like the flowchart, the codec server that decodes them for
 * administrators only, logs without identity numbers, and metrics that count what happened.
 */
import { PassThrough } from 'node:stream';
import { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { matterStateQuery } from '../../workflows/messages';
import { deciderToken, tokenFor, unitClerkToken } from '../support/auth';
import { departmentParts } from '../support/history';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
const lines: string[] = [];
const form = hireFormFor({ applicationNo: 'E2E-OBS', identitySuffix: '711' });
let id: string;

beforeAll(async () => {
  const logs = new PassThrough();
  logs.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  running = await startTestStack({ logs });
  const submitted = await running.call('POST', '/api/v1/matters/hire', form, await unitClerkToken(form.unit.code));
  id = submitted.body.id;
});

afterAll(async () => {
  await running?.stop();
});

const rawHistory = async () => {
  const history = await new Client({ connection: running.stack.client.connection }).workflow.getHandle(id).fetchHistory();
  return history;
};

describe('a matter as administrators see it', () => {
  it('names the step it waits for in its current details while running', async () => {
    const details = await vi.waitFor(async () => {
      const described = await running.stack.client.workflow.getHandle(id).describe();
      const current = await running.stack.client.workflow.getHandle(id).query(matterStateQuery);
      if (current.stage !== 'competent') throw new Error('not yet waiting');
      return described;
    }, { timeout: 20_000, interval: 100 });
    expect(details.status.name).toBe('RUNNING');
    const metadata = await running.stack.client.workflow.getHandle(id).query<{ currentDetails: string }>('__temporal_workflow_metadata');
    expect(metadata.currentDetails).toContain('等待主管部门审核');
  });

  it('shows a summary on every department activity and timer of the completed history, and no personal data in clear', async () => {
    let matter: MatterState = await running.stack.client.workflow.getHandle(id).query(matterStateQuery);
    for (const step of ['competent', 'hall']) {
      const decided = await running.call('POST', `/api/v1/matters/${id}/decisions`, { step, decision: 'approve' }, await deciderToken(matter));
      expect(decided.status).toBe(200);
      matter = decided.body;
    }
    await running.stack.client.workflow.getHandle(id).result();

    const history = await rawHistory();
    const events = history.events ?? [];
    const text = (payload: proto.temporal.api.common.v1.IPayload | null | undefined) => (payload?.data ? Buffer.from(payload.data).toString() : '');
    // The departments' parts run local first: each a marker with its summary.
    const departmentSummaries = departmentParts(history).map((part) => part.summary);
    expect(departmentSummaries).toHaveLength(8);
    expect(departmentSummaries.every((summary) => /^.+ · .+$/.test(summary))).toBe(true);
    expect(departmentSummaries).toContain('养老保险 · 参保登记');
    const timers = events.filter((e) => e.timerStartedEventAttributes);
    expect(timers.length).toBeGreaterThan(0);
    // Every timer says what it waits for: a card's due minute, or the decision answered before the departments start.
    expect(timers.every((e) => /^"((黄牌|红牌) · .+ · \d\d-\d\d \d\d:\d\d|并联办理 · .+)"$/.test(text(e.userMetadata?.summary)))).toBe(true);

    const bytes = Buffer.from(proto.temporal.api.history.v1.History.encode(history).finish());
    for (const secret of [form.person.identityNumber, form.person.name, form.person.phone]) expect(bytes.includes(Buffer.from(secret))).toBe(false);
  });

  it('decodes the history through the codec server for an administrator, and refuses anyone else', async () => {
    const started = (await rawHistory()).events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads!;
    const body = { payloads: started.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])), data: Buffer.from(p.data!).toString('base64') })) };
    const post = (authorization?: string) =>
      fetch(`${running.stack.codec.url}/decode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-namespace': 'default', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });

    // The token generated for the local UI, and an administrator's own bearer token.
    for (const token of [running.stack.codec.generatedAdminToken, await tokenFor('admin')]) {
      const decoded = await post(`Bearer ${token}`);
      expect(decoded.status).toBe(200);
      const payloads = ((await decoded.json()) as { payloads: { data: string }[] }).payloads;
      expect(Buffer.from(payloads[0]!.data, 'base64').toString()).toContain(form.person.identityNumber);
    }
    expect((await post()).status).toBe(401);
    expect((await post('Bearer not-an-admin')).status).toBe(403);
    expect((await post(`Bearer ${await tokenFor('wz.supervisor')}`)).status).toBe(403);
  });

  it('wrote no identity number, name or phone number to any log line of the run', () => {
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of [form.person.identityNumber, form.person.name, form.person.phone]) expect(lines.filter((line) => line.includes(secret))).toEqual([]);
  });

  it('counts what the run did in /metrics', async () => {
    const metrics = await fetch(`${running.stack.apiUrl}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/yijianshi_matters_started_total\{kind="hire"\} [1-9]/);
    expect(metrics).toMatch(/yijianshi_matters_closed_total\{kind="hire",status="completed"\} [1-9]/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/matters\/:id\/decisions"[^}]*\} [1-9]/);
  });
});
