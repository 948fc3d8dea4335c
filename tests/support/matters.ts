/**
 * Driving matters on a test server the way the API does: start by business key; decide,
 * correct and withdraw as the caller the API would have authenticated; wait.
 */
import type { Client, WorkflowHandle } from '@temporalio/client';
import { vi } from 'vitest';
import { matterDefinitions } from '../../matters';
import type { Actor, DecisionInput, MatterKind, MatterState } from '../../schemas/matter';
import { taskQueues } from '../../temporal.config';
import { decide, matterStateQuery, resubmitForm, withdraw } from '../../workflows/messages';

/**
 * A matter started as the API starts it, returned once its first workflow task is done. The API's
 * callers are people, who never answer within that first task; a test can, and on the
 * time-skipping server an Update that met the first task still running its local activities was
 * once recorded in the middle of that task's commands — a history no replay could follow.
 */
export async function startMatter<Form extends { unit: { code: string }; applicationNo: string }>(client: Client, kind: MatterKind, form: Form): Promise<WorkflowHandle> {
  const handle = await client.workflow.start(matterDefinitions[kind].workflowType, {
    workflowId: `${form.unit.code}-${form.applicationNo}`,
    taskQueue: taskQueues.matters,
    args: [{ form }],
  });
  await vi.waitFor(
    async () => {
      const { events } = await handle.fetchHistory();
      if (!events?.some((event) => event.workflowTaskCompletedEventAttributes)) throw new Error('first workflow task not done yet');
    },
    { timeout: 30_000, interval: 50 },
  );
  return handle;
}

/**
 * The matter's state, asked again if the query fails: without a workflow cache a query replays
 * the history, and on the time-skipping server one replay (while an Update was being accepted)
 * once failed with a nondeterminism error that the workflow itself never met — its tasks
 * replayed on unharmed. A real nondeterminism fails every replay, and so still fails here.
 */
function currentState(handle: WorkflowHandle): Promise<MatterState> {
  return vi.waitFor(() => handle.query(matterStateQuery), { timeout: 10_000, interval: 100 });
}

/**
 * The reviewer the matter waits for now, as the API builds it from the caller's token: the
 * awaited role, in `organisation` or else the first organisation still awaited. A decision for
 * another step is sent as this reviewer too, so it meets the step check, not the role check.
 */
export async function awaitedReviewer(handle: WorkflowHandle, step: string, organisation?: string): Promise<Actor> {
  const { waitingFor } = await currentState(handle);
  if (!waitingFor) throw new Error(`matter ${handle.workflowId} waits for no one`);
  return { id: `${step}-officer`, role: waitingFor.role, organisation: organisation ?? waitingFor.organisations[0] };
}

/** A decision by the reviewer the matter waits for (see `awaitedReviewer`). */
export async function decideAs(handle: WorkflowHandle, input: Omit<DecisionInput, 'actor'>, organisation?: string): Promise<MatterState> {
  const actor = await awaitedReviewer(handle, input.step, organisation);
  return handle.executeUpdate(decide, { args: [{ ...input, actor }] });
}

export function approve(handle: WorkflowHandle, step: string, organisation?: string): Promise<MatterState> {
  return decideAs(handle, { step, decision: 'approve' }, organisation);
}

/** The filing unit's clerk, the one sender a correction or withdrawal is taken from. */
export const unitClerkOf = (unitCode: string): Actor => ({ id: 'unit-clerk', role: 'unit-clerk', organisation: unitCode });

/** The corrected form, sent by the clerk of the unit that files it. */
export function resubmitAs(handle: WorkflowHandle, form: { unit: { code: string } }): Promise<MatterState> {
  return handle.executeUpdate(resubmitForm, { args: [form, unitClerkOf(form.unit.code)] });
}

/** The filing unit withdraws its matter; also how a test closes a matter it is done with. */
export async function withdrawAs(handle: WorkflowHandle, reason = 'test over'): Promise<MatterState> {
  const { unitCode } = await currentState(handle);
  return handle.executeUpdate(withdraw, { args: [{ reason, actor: unitClerkOf(unitCode) }] });
}

/**
 * The final state of a matter once its workflow has closed. Not `handle.result()`: on the
 * time-skipping server that unlocks time, which then races years ahead past the SLA timers;
 * here virtual time moves only when a test says `env.sleep`.
 */
export async function settled(handle: WorkflowHandle): Promise<MatterState> {
  await vi.waitFor(
    async () => {
      const { status } = await handle.describe();
      if (status.name === 'RUNNING') throw new Error('matter still open');
    },
    { timeout: 30_000, interval: 50 },
  );
  return currentState(handle);
}

/** Departments answer asynchronously; the matter's own query says when it got there. */
export function waitForStatus(handle: WorkflowHandle, status: MatterState['status']): Promise<MatterState> {
  return waitForState(handle, (state) => state.status === status, `status ${status}`);
}

/** Until the matter waits at `stage` (a Signal is taken when the flow gets to it). */
export function waitForStage(handle: WorkflowHandle, stage: string): Promise<MatterState> {
  return waitForState(handle, (state) => state.stage === stage, `stage ${stage}`);
}

/** Until the matter has refused (and recorded) `count` messages. */
export function waitForRefusals(handle: WorkflowHandle, count: number): Promise<MatterState> {
  return waitForState(handle, (state) => state.refusedMessages.length >= count, `${count} refused messages`);
}

function waitForState(handle: WorkflowHandle, reached: (state: MatterState) => boolean, what: string): Promise<MatterState> {
  return vi.waitFor(
    async () => {
      const state = await handle.query(matterStateQuery);
      if (!reached(state)) throw new Error(`waiting for ${what}`);
      return state;
    },
    { timeout: 30_000, interval: 100 },
  );
}
