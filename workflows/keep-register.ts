/**
 * 人员信息库: a completed matter records its change to the personnel register before it closes, so
 * whoever sees it completed reads the register as it left it; a matter cancelled after that
 * takes the change back. Retried without limit (after a few seconds as a local activity, for matters
 * with lean histories): the register is our own database, and a matter never closes without its
 * change, nor ends with a change it took back.
 */
import { CancellationScope, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { RegisterActivities } from '../activities/types';
import { activityOptions } from '../temporal.config';
import { localFirst } from './local-first';

const { keepRegister } = proxyActivities<RegisterActivities>(activityOptions.register);
const { keepRegister: keepRegisterLocally } = proxyLocalActivities<RegisterActivities>(activityOptions.bookkeepingLocal);

/** Matters with lean histories record their change local first (workflows/local-first.ts). */
export async function applyToRegister(matterId: string, { lean }: { lean: boolean }): Promise<void> {
  const summary = '人员信息库 · 登记变更';
  const change = [{ matterId, change: 'apply' as const }] as const;
  const ordinarily = () => keepRegister.executeWithOptions({ ...activityOptions.register, summary }, [...change]);
  await (lean ? localFirst('keepRegister', () => keepRegisterLocally.executeWithOptions({ ...activityOptions.bookkeepingLocal, summary }, [...change]), ordinarily) : ordinarily());
}

export async function undoInRegister(matterId: string): Promise<void> {
  await CancellationScope.nonCancellable(() => keepRegister.executeWithOptions({ ...activityOptions.register, summary: '人员信息库 · 撤销变更' }, [{ matterId, change: 'undo' }]));
}
