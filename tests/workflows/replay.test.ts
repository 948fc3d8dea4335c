/**
 * Replay safety: the recorded histories of every kind of matter (`npm run record-histories`),
 * from before and after each patch, and of a 差评's rectification, replay on the committed
 * workflows, and a change made without a patch is caught.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import proto from '@temporalio/proto';
import { bundleWorkflowCode, Worker, type ReplayWorkerOptions } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { encryptedDataConverter, parseCodecKeys } from '../../codec/keys';
import { quietRuntime, workflowBundle } from '../support/harness';

const fixtures = resolve(import.meta.dirname, '../fixtures/histories');
const dataConverter = encryptedDataConverter(parseCodecKeys(readFileSync(join(fixtures, 'codec-keys'), 'utf8').trim()));
const recorded = readdirSync(fixtures)
  .filter((file) => file.endsWith('.binpb'))
  .map((file) => ({ name: file.replace('.binpb', ''), history: proto.temporal.api.history.v1.History.decode(readFileSync(join(fixtures, file))) }));

async function replayAll(options: ReplayWorkerOptions, histories: typeof recorded) {
  const results: { name: string; error?: Error }[] = [];
  for (const { name, history } of histories) {
    const workflowId = name;
    for await (const result of Worker.runReplayHistories(options, [{ workflowId, history }])) results.push({ name, error: result.error });
  }
  return results;
}

const changedBundle = (module: string) =>
  bundleWorkflowCode({ workflowsPath: resolve(import.meta.dirname, '../fixtures/changed-workflows', module), logger: silent });

describe('replay of recorded histories', () => {
  it('has a history for each path: completed, countersigned, corrected, department exception, and refused signals since messages carry their sender, before and since the acceptance at the hall, since durable matters the paths they added, since the personnel register, since lean histories; and a 差评’s rectification', () => {
    const paths = ['hire-completed', 'hire-corrected', 'hire-exception-rejected', 'transfer-countersigned'];
    // Without a suffix: recorded before the `authorised-messages` patch; `-authorised`: before `notice-fidelity`; `-faithful`: before `durable-matters`; all kept to prove them.
    const authorised = [...paths, 'hire-refused-signals'].map((path) => `${path}-authorised`);
    const faithful = [...paths, 'hire-refused-signals'].map((path) => `${path}-faithful`);
    const durablePaths = ['hire-withdrawn-in-handling', 'hire-outage-retried', 'hire-sla-cards', 'transfer-two-competent', 'hire-cancelled'];
    const durable = [...paths, 'hire-refused-signals', ...durablePaths].map((path) => `${path}-durable`);
    // `-register`: completed since the `personnel-register` patch, with their change to the register.
    const register = ['hire-completed', 'transfer-countersigned'].map((path) => `${path}-register`);
    // `-lean`: every path of `-durable` since the `lean-history` patch (departments, register and certificates local first, one SLA alarm).
    const lean = [...paths, 'hire-refused-signals', ...durablePaths].map((path) => `${path}-lean`);
    expect(recorded.map((r) => r.name).sort()).toEqual([...paths, ...authorised, ...faithful, ...durable, ...register, ...lean, 'rectification-replied'].sort());
  });

  it('replays every recorded history on the committed workflows', async () => {
    quietRuntime();
    const results = await replayAll({ workflowBundle: workflowBundle(), dataConverter }, recorded);
    expect(results.map((r) => `${r.name}:${r.error?.message ?? 'ok'}`)).toEqual(recorded.map((r) => `${r.name}:ok`));
  });

  it('fails on a workflow changed without a patch, and passes once the change is patched', async () => {
    quietRuntime();
    const hires = recorded.filter((r) => r.name.startsWith('hire-'));
    const unpatched = await replayAll({ workflowBundle: await changedBundle('unpatched.ts'), dataConverter }, hires);
    expect(unpatched.map((r) => r.error?.name)).toEqual(hires.map(() => 'DeterminismViolationError'));

    const patched = await replayAll({ workflowBundle: await changedBundle('patched.ts'), dataConverter }, hires);
    expect(patched.map((r) => r.error?.message ?? 'ok')).toEqual(hires.map(() => 'ok'));
  }, 120_000);
});

const ignore = () => {};
const silent = { log: ignore, trace: ignore, debug: ignore, info: ignore, warn: ignore, error: ignore };
