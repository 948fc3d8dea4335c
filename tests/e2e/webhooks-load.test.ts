/**
 * Dead endpoints cannot hurt the matters (issue 20). On the real stack: ten subscriptions hear
 * of every matter of one unit, their endpoints verified and then gone dead — five accept
 * connections and never answer, five refuse them. Hire matters are driven through the HTTP API
 * with no subscription at all (half before, half after), and then, while the endpoints are dead,
 * the heard unit's matters side by side with as many of another unit's that nobody hears — the
 * pair shares the machine's moment, which on a shared machine moves more than any effect measured
 * here. The throughputs are printed beside the process's memory. What is asserted are the
 * bounds, not timings: one queue workflow per subscription and no other webhook
 * workflow, at most one request in flight per endpoint and no more than the worker's slots in
 * all, every circuit opened and every subscription disabled with its owners and the
 * administrators told; then one endpoint comes back, is re-enabled, and receives its backlog in
 * order, once each.
 *
 * `npm test` runs it with 50 matters, `npm run test:webhooks-load` with 500; the failing window
 * (24 h in production) is set to outlast the run on this machine.
 */
import { cpus, loadavg } from 'node:os';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { webhookDeliveries, webhookNotices, webhookSubscriptions } from '../../db/schema';
import { hireFormForPerson, unitCode } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { defaultCircuitPolicy } from '../../schemas/webhook';
import { upsertOrganisation } from '../../directory/store';
import { webhookWorkerLimits } from '../../worker/create-workers';
import { deciderToken, memberToken, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';
import { loopbackOnly, Receiver } from '../support/webhooks';

const matters = Number(process.env.WEBHOOK_LOAD_MATTERS ?? 50);
/** Matters in flight; the paired phase gives each side half. */
const concurrency = 10;
/**
 * The failing window, set once the first phase showed this machine's pace (before any endpoint
 * exists): twice the time the run with dead endpoints should take, so they are failing — circuits
 * open, not yet disabled — while every one of its matters runs.
 */
const circuit = { ...defaultCircuitPolicy };

/** The unit whose matters the dead endpoints hear of (with a competent department of its own), and one nobody subscribes to. */
const heard = { unit: unitCode('12640300MB0008001'), competent: unitCode('11640300MB0008001') };
const unheard = unitCode('12640300MB0008002');

const transport = loopbackOnly();
let running: TestStack;
const hanging = Array.from({ length: 5 }, () => new Receiver());
const refusing = Array.from({ length: 5 }, () => new Receiver());

beforeAll(async () => {
  await Promise.all([...hanging, ...refusing].map((receiver) => receiver.start()));
  running = await startTestStack({ webhooks: { transport, circuit } });
  // A competent department reviews only when the directory knows it.
  await upsertOrganisation(running.db.db, { code: heard.competent, name: '负载测试主管部门', kind: 'competent', region: '640300' });
});

afterAll(async () => {
  await running?.stop();
  await Promise.all([...hanging, ...refusing].map((receiver) => receiver.stop()));
});

const call: TestStack['call'] = (...args) => running.call(...args);

let people = 0;
/** One hire through the API — submitted by the unit's clerk, approved at each step — until its workflow completes. */
async function hire(unit: string, competent?: string): Promise<void> {
  const form = hireFormForPerson(`LOAD-${people}`, people++);
  form.unit.code = unit;
  if (competent) form.unit.competentDepartment.code = competent;
  const clerk = await unitClerkToken(unit);
  const submitted = await retriedWhileUnavailable(() => call('POST', '/api/v1/matters/hire', form, clerk));
  if (submitted.status !== 202) throw new Error(`submit answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
  let matter: MatterState = submitted.body;
  for (const step of ['competent', 'hall']) {
    const token = await deciderToken(matter);
    let decided = await retriedWhileUnavailable(() => call('POST', `/api/v1/matters/${encodeURIComponent(matter.id)}/decisions`, { step, decision: 'approve' }, token));
    // A loaded machine may take longer than the API waits: the decision is taken, its outcome polled for.
    if (decided.status === 202) {
      const poll: string = decided.body.poll;
      decided = await vi.waitFor(
        async () => {
          const outcome = await call('GET', poll, undefined, token);
          if (outcome.status === 202) throw new Error(`${step} still pending`);
          return outcome;
        },
        { timeout: 120_000, interval: 500 },
      );
    }
    if (decided.status !== 200) throw new Error(`${step} answered ${decided.status}`);
    matter = decided.body;
  }
  const final: MatterState = await running.stack.client.workflow.getHandle(matter.id).result();
  if (final.status !== 'completed') throw new Error(`matter ${matter.id} ended ${final.status}`);
}

/** As a client does: a 503 (the machine too loaded for the workflow to answer in time) is asked again after its Retry-After. */
async function retriedWhileUnavailable(send: () => ReturnType<TestStack['call']>): ReturnType<TestStack['call']> {
  for (let attempt = 1; ; attempt++) {
    const answer = await send();
    if (answer.status !== 503 || attempt === 10) return answer;
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000));
  }
}

interface Phase {
  matters: number;
  seconds: number;
  /** Submission to completion, per matter. */
  latenciesMs: number[];
  maxRssMb: number;
}

/** `count` hires with `lanes` in flight, timed, the process's memory sampled throughout. */
async function phase(count: number, unit: string, competent?: string, lanes = concurrency): Promise<Phase> {
  let maxRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 250);
  const started = performance.now();
  const latenciesMs: number[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < count) {
          next += 1;
          const t0 = performance.now();
          await hire(unit, competent);
          latenciesMs.push(performance.now() - t0);
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  return { matters: count, seconds: (performance.now() - started) / 1000, latenciesMs, maxRssMb: Math.round(maxRss / 2 ** 20) };
}

const rate = (p: Pick<Phase, 'matters' | 'seconds'>) => p.matters / p.seconds;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function subscriptions() {
  return running.db.db.select().from(webhookSubscriptions).orderBy(asc(webhookSubscriptions.createdAt));
}

describe('ten dead endpoints', () => {
  it('cost the matters nothing that grows: bounded queues and requests, circuits open, subscriptions disabled, the backlog delivered once re-enabled', { timeout: 60 * 60_000 }, async () => {
    await phase(Math.max(10, Math.ceil(matters / 10)), unheard);
    const before = await phase(Math.ceil(matters / 2), unheard);
    // The paired phase runs twice as many matters as the heard ones.
    circuit.disableAfterMs = Math.round((2 * 2 * matters * before.seconds) / before.matters + 30) * 1000;

    // Five subscriptions for the unit, five for its competent department: every event goes to all ten.
    const clerk = await unitClerkToken(heard.unit);
    const reviewer = await memberToken('competent-reviewer', heard.competent, 'competent');
    const endpoints = [...hanging, ...refusing].map((receiver, index) => ({ receiver, organisation: index % 2 === 0 ? heard.unit : heard.competent }));
    for (const { receiver, organisation } of endpoints) {
      const created = await call('POST', '/api/v1/webhooks/subscriptions', { organisation, url: `${receiver.url}/hook` }, organisation === heard.unit ? clerk : reviewer);
      expect(created.status).toBe(201);
      receiver.secrets.set('/hook', created.body.secret);
    }
    await vi.waitFor(async () => expect((await subscriptions()).map((s) => s.state)).toEqual(Array(10).fill('active')), { timeout: 30_000, interval: 250 });
    // The webhook worker's first workflow tasks (its sandbox, the bundle) were run by the verifications just now.
    const rssVerifiedMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    for (const receiver of hanging) receiver.modes.set('/hook', 'hang');
    await Promise.all(refusing.map((receiver) => receiver.stop()));

    const [during, beside] = await Promise.all([phase(matters, heard.unit, heard.competent, concurrency / 2), phase(matters, unheard, undefined, concurrency / 2)]);
    const atTheEnd = await subscriptions();
    const openDuring = atTheEnd.filter((s) => s.circuit === 'open').length;
    // Still failing, not yet given up on, when the last matter completed: the whole run paid for them.
    expect(atTheEnd.map((s) => s.state)).toEqual(Array(10).fill('active'));

    // Every endpoint failed for the whole window: disabled, owners and administrators told.
    await vi.waitFor(async () => expect((await subscriptions()).map((s) => s.state)).toEqual(Array(10).fill('disabled')), {
      timeout: circuit.disableAfterMs + 5 * 60_000,
      interval: 1000,
    });
    const disabled = await subscriptions();
    expect(disabled.every((s) => s.circuit === 'open' && s.failingSince && s.lastError)).toBe(true);
    const notices = await running.db.db.select().from(webhookNotices);
    expect(notices.filter((n) => n.audience === 'owners').map((n) => n.organisation).sort()).toEqual([...Array(5).fill(heard.unit), ...Array(5).fill(heard.competent)].sort());
    expect(notices.filter((n) => n.audience === 'administrators')).toHaveLength(10);

    const after = await phase(Math.floor(matters / 2), unheard);

    // One long-lived queue per subscription, no workflow per delivery.
    const queues = new Set<string>();
    for await (const execution of running.stack.client.workflow.list({ query: "WorkflowType = 'webhookQueue'" })) queues.add(execution.workflowId);
    let perDelivery = 0;
    for await (const _ of running.stack.client.workflow.list({ query: "WorkflowType = 'webhookDelivery'" })) perDelivery += 1;
    expect(queues.size).toBe(10);
    expect(perDelivery).toBe(0);
    expect(transport.maxInFlightPerEndpoint).toBe(1);
    expect(transport.maxInFlight).toBeLessThanOrEqual(webhookWorkerLimits.maxConcurrentActivityTaskExecutions);

    // One endpoint comes back; re-enabled, it is verified again and gets what it missed, in order, once each.
    const back = hanging[0]!;
    const [revived] = disabled.filter((s) => s.url === `${back.url}/hook`);
    back.modes.set('/hook', 'accept');
    expect((await call('POST', `/api/v1/webhooks/subscriptions/${revived!.id}/enable`, undefined, clerk)).status).toBe(202);
    const backlog = await running.db.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, revived!.id)).orderBy(asc(webhookDeliveries.seq));
    expect(backlog).toHaveLength(matters * 3);
    await vi.waitFor(() => expect(back.received).toHaveLength(backlog.length), { timeout: 10 * 60_000, interval: 1000 });
    expect(back.received.map((r) => r.deliveryId)).toEqual(backlog.map((d) => d.id));
    expect(back.received.every((r) => r.signed)).toBe(true);
    const stillDisabled = (await subscriptions()).filter((s) => s.state === 'disabled');
    expect(stillDisabled).toHaveLength(9);

    const rssEndMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    const without = { matters: before.matters + after.matters, seconds: before.seconds + after.seconds, latenciesMs: [...before.latenciesMs, ...after.latenciesMs] };
    const paired = { matters: during.matters + beside.matters, seconds: Math.max(during.seconds, beside.seconds) };
    const line = (name: string, p: Pick<Phase, 'matters' | 'seconds' | 'latenciesMs'>) =>
      `  ${name.padEnd(44)} ${rate(p).toFixed(2)} matters/s  (${p.matters} in ${p.seconds.toFixed(1)} s, p50 ${(median(p.latenciesMs) / 1000).toFixed(1)} s)`;
    const lines = [
      `webhook load: ${matters} matters heard by 10 dead endpoints (5 hanging, 5 refusing); failing window ${circuit.disableAfterMs / 1000} s`,
      'side by side while the endpoints are dead, 5 + 5 in flight:',
      line('heard by the 10 dead endpoints', during),
      line('heard by none', beside),
      `  ratio heard/unheard ${(rate(during) / rate(beside)).toFixed(3)}, p50 ${(median(during.latenciesMs) / median(beside.latenciesMs)).toFixed(3)}`,
      `no subscription at all, ${concurrency} in flight (before ${rate(before).toFixed(2)}, after ${rate(after).toFixed(2)} matters/s):`,
      line('without subscriptions', without),
      `  both sides of the pair together ${rate(paired).toFixed(2)} matters/s, ratio to without ${(rate(paired) / rate(without)).toFixed(3)}`,
      `  max RSS: without ${Math.max(before.maxRssMb, after.maxRssMb)} MB, with the dead endpoints ${Math.max(during.maxRssMb, beside.maxRssMb)} MB`,
      `  RSS (API, workers, in one process) after the 10 verifications ${rssVerifiedMb} MB, at the end ${rssEndMb} MB`,
      `  circuits open at the end of the run ${openDuring}/10; requests in flight at most ${transport.maxInFlight} in all, ${transport.maxInFlightPerEndpoint} per endpoint; queue workflows ${queues.size}`,
      `  backlog of the re-enabled endpoint: ${backlog.length} deliveries, in order, once each`,
      `  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    ];
    console.log(lines.join('\n'));
  });
});
