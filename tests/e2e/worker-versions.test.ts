/**
 * A deploy of new workflow code while matters are open, on a real Temporal dev server with
 * Worker Deployments: v1's matters stay pinned to v1 and finish there, new matters start on
 * v2, and a matter waiting for its correction moves over to v2 at that safe point. The second
 * release changes a rule (every hire is countersigned), so where each matter ran shows in what
 * it did, not only in the build id Temporal records.
 */
import { resolve } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, NativeConnection } from '@temporalio/worker';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hireFormFor } from '../../samples/forms';
import type { MatterState } from '../../schemas/matter';
import { assembleWorkers, promoteVersion } from '../../startup/workers';
import type { DeploymentVersion } from '../../worker/create-workers';
import { runWorkers } from '../../worker/create-workers';
import { everyHireCountersigned } from '../fixtures/versions/v2';
import { testAuth } from '../support/auth';
import { dataConverter, devServerEnvironment, freshDatabase, testCertificateIssuing, testVault, workflowBundle, type TestDatabase } from '../support/harness';
import { approve, decideAs, resubmitAs, settled, startMatter, waitForStage, waitForStatus } from '../support/matters';
import { testWebhookSettings } from '../support/webhooks';

let env: TestWorkflowEnvironment;
let db: TestDatabase;
const running: { stop(): Promise<void> }[] = [];

/** One release's workers (matters, departments, webhooks) on their own connection, as a rollout starts a new process beside the old. */
async function deploy(bundle: Parameters<typeof assembleWorkers>[0]['workflowBundle']): Promise<DeploymentVersion> {
  const connection = await NativeConnection.connect({ address: env.address });
  const { workers, version } = await assembleWorkers({
    connection,
    namespace: env.namespace ?? 'default',
    dataConverter,
    db: db.db,
    vault: testVault,
    certificateIssuing: testCertificateIssuing,
    client: env.client,
    verifyToken: testAuth.verify,
    versioned: true,
    webhooks: testWebhookSettings(),
    workflowBundle: bundle,
  });
  const run = runWorkers(workers);
  running.push({
    stop: async () => {
      for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
      await run;
      await connection.close();
    },
  });
  await promoteVersion(env.client, env.namespace ?? 'default', version!);
  return version!;
}

/** The build id Temporal records for the matter's current run, and that run's id. */
async function runOf(handle: WorkflowHandle): Promise<{ buildId?: string | null; runId?: string | null; behavior?: unknown }> {
  const { raw } = await handle.describe();
  const info = raw.workflowExecutionInfo;
  return { buildId: info?.versioningInfo?.deploymentVersion?.buildId, runId: info?.execution?.runId, behavior: info?.versioningInfo?.behavior };
}

const form = (applicationNo: string, identitySuffix: string) => hireFormFor({ applicationNo, identitySuffix });

beforeAll(async () => {
  [env, db] = await Promise.all([devServerEnvironment(), freshDatabase()]);
}, 120_000);

afterAll(async () => {
  for (const workers of running.reverse()) await workers.stop();
  await env?.teardown();
  await db?.drop();
});

describe('a deploy while matters are open', () => {
  it('keeps v1 matters on v1, starts new ones on v2, moves the one waiting for its correction, and fails none', { timeout: 600_000 }, async () => {
    const v1 = await deploy(workflowBundle());
    const atHall = await startMatter(env.client, 'hire', form('V-AT-HALL', '601'));
    const correcting = await startMatter(env.client, 'hire', form('V-CORRECTING', '602'));
    await approve(atHall, 'competent');
    await decideAs(correcting, { step: 'competent', decision: 'return', problems: [{ field: 'person.phone', message: '联系电话有误 / wrong phone number' }] });
    const correctingOnV1 = await runOf(correcting);
    expect(correctingOnV1.buildId).toBe(v1.buildId);
    expect((await runOf(atHall)).buildId).toBe(v1.buildId);

    const v2Code = (await bundleWorkflowCode({ workflowsPath: resolve(import.meta.dirname, '../fixtures/versions/v2.ts'), logger: silentBundler })).code;
    const v2 = await deploy({ code: v2Code });
    expect(v2.buildId).not.toBe(v1.buildId);

    // The matter in correction continued as new on v2, its state carried over.
    await expectEventually(async () => {
      const now = await runOf(correcting);
      expect(now.buildId).toBe(v2.buildId);
      expect(now.runId).not.toBe(correctingOnV1.runId);
    });
    const carried = await waitForStatus(correcting, 'correcting');
    expect(carried.problems).toEqual([{ field: 'person.phone', message: '联系电话有误 / wrong phone number' }]);
    expect(carried.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual(['competent:return']);

    // Pinned to v1: its rules, not v2's — no countersignature.
    await approve(atHall, 'hall');
    const finishedOnV1: MatterState = await settled(atHall);
    expect(finishedOnV1.status).toBe('completed');
    expect(finishedOnV1.decisions.map((d) => d.step)).toEqual(['competent', 'hall']);
    expect((await runOf(atHall)).buildId).toBe(v1.buildId);

    // Started after the deploy: on v2, with v2's rule.
    const fresh = await startMatter(env.client, 'hire', form('V-FRESH', '603'));
    await approve(fresh, 'competent');
    expect((await runOf(fresh)).buildId).toBe(v2.buildId);
    const countersigning = await approve(fresh, 'hall');
    expect(countersigning).toMatchObject({ status: 'countersigning', specialCase: expect.objectContaining({ reason: everyHireCountersigned }) });
    for (const level of ['countersign-1', 'countersign-2', 'countersign-3']) await approve(fresh, level);
    expect((await settled(fresh)).status).toBe('completed');

    // The moved matter resumes where it was returned, and now follows v2's rule too.
    const resumed = await resubmitAs(correcting, form(carried.applicationNo, '602'));
    expect(resumed).toMatchObject({ status: 'reviewing', stage: 'competent', formVersion: 2 });
    await approve(correcting, 'competent');
    await approve(correcting, 'hall');
    await waitForStage(correcting, 'countersign-1');
    for (const level of ['countersign-1', 'countersign-2', 'countersign-3']) await approve(correcting, level);
    const movedFinal: MatterState = await settled(correcting);
    expect(movedFinal.status).toBe('completed');
    expect(movedFinal.decisions.map((d) => `${d.step}:${d.decision}`)).toEqual([
      'competent:return',
      'competent:approve',
      'hall:approve',
      'countersign-1:approve',
      'countersign-2:approve',
      'countersign-3:approve',
    ]);

    const failed = await env.client.workflow.count(`ExecutionStatus = 'Failed' OR ExecutionStatus = 'Terminated' OR ExecutionStatus = 'TimedOut'`);
    expect(failed.count).toBe(0);
  });
});

function expectEventually(check: () => Promise<void>): Promise<void> {
  return vi.waitFor(check, { timeout: 60_000, interval: 250 });
}

const quiet = () => {};
const silentBundler = { log: quiet, trace: quiet, debug: quiet, info: quiet, warn: quiet, error: console.error };
