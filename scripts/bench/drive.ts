/**
 * How the bench drives matters: signed tokens for whoever a step waits for, a hire through the
 * HTTP API or the bare shape straight on the Temporal client, and a pool that keeps a number of
 * them in flight and stops at the first failure.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { signToken, type TokenSettings } from '../../auth/tokens';
import type { HireForm } from '../../schemas/forms/hire';
import type { MatterState, Role } from '../../schemas/matter';
import { organisationKindOfRole, type FunctionRole } from '../../schemas/principal';
import type { RegionCode } from '../../schemas/region';
import type { Stack } from '../lib/stack';
import { bareDecide, bareSteps } from './bare-workflow';

export const bareTaskQueue = 'yijianshi-bench-bare';
/** P4's deadline workflows, served by a worker process of their own (`./deadline-worker`). */
export const deadlineTaskQueue = 'yijianshi-bench-deadlines';

/** A matter stuck this long is a failure, not a slow sample: the bench must end. */
const matterTimeoutMs = 120_000;

/** Signed tokens by `role@organisation`, signed once and reused so signing stays out of the figures. */
export class Tokens {
  private readonly signed = new Map<string, Promise<string>>();

  constructor(
    private readonly settings: TokenSettings,
    private readonly ttlSeconds: number,
  ) {}

  /** A member in one role of one organisation. */
  as(role: Role, organisation: string, region: RegionCode): Promise<string> {
    const key = `${role}@${organisation}`;
    let token = this.signed.get(key);
    if (!token) {
      // Steps wait for a role that names its office's function, never for a chief.
      const membership = { organisation, kind: organisationKindOfRole[role as FunctionRole], region, roles: [role] };
      token = signToken({ sub: `bench-${key}`, name: `bench ${key}`, kind: 'person', memberships: [membership] }, this.settings, this.ttlSeconds);
      this.signed.set(key, token);
    }
    return token;
  }

  /** The token of whoever the matter waits for now (the first organisation still awaited). */
  decider(matter: MatterState, region: RegionCode): Promise<string> {
    const waiting = matter.waitingFor;
    if (!waiting) throw new Error(`matter ${matter.id} waits for no decision (it is ${matter.status} at ${matter.stage})`);
    return this.as(waiting.role, waiting.organisations[0]!, region);
  }
}

/** The unit's clerk submits the form through the API; answers the matter as the API does (200 for a retry the first attempt had started). */
export async function submitHire(apiUrl: string, tokens: Tokens, form: HireForm): Promise<MatterState> {
  const clerk = await tokens.as('unit-clerk', form.unit.code, form.unit.region);
  return (await request<MatterState>('POST', `${apiUrl}/api/v1/matters/hire`, clerk, form)).body;
}

/** Submit → competent approves → hall approves (whoever each waits for) → workflow result, all through the HTTP API. */
export async function apiMatter(stack: Stack, tokens: Tokens, form: HireForm): Promise<string> {
  let matter = await submitHire(stack.apiUrl, tokens, form);
  for (const step of ['competent', 'hall'] as const) {
    const decider = await tokens.decider(matter, form.unit.region);
    matter = await decide(stack.apiUrl, matter.id, step, decider);
  }
  // The result, not GET polling: queries would add server work the figure should not contain.
  const final: MatterState = await stack.client.workflow.getHandle(matter.id).result();
  if (final.status !== 'completed') throw new Error(`matter ${matter.id} ended ${final.status}: ${final.outcome ?? ''}`);
  return matter.id;
}

/** The same shape straight on the Temporal client: start → two Updates → result. */
export async function bareMatter(stack: Stack, workflowId: string): Promise<string> {
  const handle = await stack.client.workflow.start('bareMatter', { taskQueue: bareTaskQueue, workflowId });
  for (const step of bareSteps) await handle.executeUpdate(bareDecide, { args: [step] });
  const outcome: string = await handle.result();
  if (outcome !== 'completed') throw new Error(`bare workflow ${handle.workflowId} ended ${outcome}`);
  return workflowId;
}

/**
 * An approval as a client sends it: 200 with the matter, or — the matter slower than the API's
 * wait on a loaded machine — 202, after which the client reads the matter until it has moved past the step.
 */
async function decide(apiUrl: string, id: string, step: string, token: string): Promise<MatterState> {
  const url = `${apiUrl}/api/v1/matters/${encodeURIComponent(id)}`;
  // With a key, a request sent again after a 503 answers the first one's outcome, even once the matter has moved on.
  const answer = await request<MatterState>('POST', `${url}/decisions`, token, { step, decision: 'approve' }, { 'idempotency-key': `bench-decision.${step}` });
  if (answer.status === 200) return answer.body;
  for (;;) {
    await sleep(pollIntervalMs);
    const { body: matter } = await request<MatterState>('GET', url, token);
    if (matter.waitingFor?.step !== step) return matter;
  }
}

const pollIntervalMs = 250;

/**
 * Any 2xx with its body. A 503 (Temporal or PostgreSQL busy on a loaded machine) is retried after
 * its Retry-After, as a client does — safe, as a submission and a decision each happen once
 * however often they are sent; anything else fails with what the API said.
 */
async function request<T>(method: 'GET' | 'POST', url: string, token: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...extraHeaders };
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (response.status === 503 && attempt < busyRetries) {
      await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
      continue;
    }
    if (response.status < 200 || response.status > 299) throw new Error(`${method} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 300)}`);
    return { status: response.status, body: JSON.parse(text) as T };
  }
}

const busyRetries = 10;

/**
 * Runs `count` tasks with at most `limit` at once. The first failure stops handing out new
 * tasks and is thrown once the ones in flight settle; a stack part dying fails it at once.
 */
export async function pool(count: number, limit: number, task: (index: number) => Promise<void>, stack: Pick<Stack, 'failed'>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const lane = async () => {
    while (failure === undefined && next < count) {
      const index = next++;
      await withTimeout(task(index), `matter ${index}`).catch((error: unknown) => void (failure ??= error));
    }
  };
  const lanes = Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  await Promise.race([lanes, stack.failed.then((error) => Promise.reject(error))]);
  if (failure !== undefined) throw failure;
}

async function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([
      work,
      sleep(matterTimeoutMs, undefined, { signal: timer.signal }).then(() => Promise.reject(new Error(`${what} did not complete within ${matterTimeoutMs / 1000} s`))),
    ]);
  } finally {
    timer.abort(); // lets the process exit without waiting for the timer
  }
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
