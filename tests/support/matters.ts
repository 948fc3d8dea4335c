/** Driving matters on a test server the way the API does: start by business key, decide, wait. */
import type { Client, WorkflowHandle } from '@temporalio/client';
import { vi } from 'vitest';
import { matterDefinitions } from '../../matters';
import type { MatterKind, MatterState } from '../../schemas/matter';
import { taskQueues } from '../../temporal.config';
import { decide, matterStateQuery } from '../../workflows/messages';

export function startMatter<Form extends { unit: { code: string }; applicationNo: string }>(client: Client, kind: MatterKind, form: Form): Promise<WorkflowHandle> {
  return client.workflow.start(matterDefinitions[kind].workflowType, {
    workflowId: `${form.unit.code}-${form.applicationNo}`,
    taskQueue: taskQueues.matters,
    args: [{ form }],
  });
}

export function approve(handle: WorkflowHandle, step: string, organisation?: string): Promise<MatterState> {
  return handle.executeUpdate(decide, { args: [{ step, decision: 'approve', actor: { id: `${step}-officer`, ...(organisation ? { organisation } : {}) } }] });
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
  return handle.query(matterStateQuery);
}

/** Departments answer asynchronously; the matter's own query says when it got there. */
export function waitForStatus(handle: WorkflowHandle, status: MatterState['status']): Promise<MatterState> {
  return vi.waitFor(
    async () => {
      const state = await handle.query(matterStateQuery);
      if (state.status !== status) throw new Error(`matter is ${state.status}, waiting for ${status}`);
      return state;
    },
    { timeout: 30_000, interval: 100 },
  );
}
