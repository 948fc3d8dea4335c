/**
 * 人员信息库: a completed matter records its change to the personnel register before it closes, so
 * whoever sees it completed reads the register as it left it; a matter cancelled after that
 * takes the change back. Ordinary activities retried without limit: the register is our own
 * database, and a matter never closes without its change, nor ends with a change it took back.
 */
import { CancellationScope, proxyActivities } from '@temporalio/workflow';
import type { RegisterActivities } from '../activities/types';
import { activityOptions } from '../temporal.config';

const { keepRegister } = proxyActivities<RegisterActivities>(activityOptions.register);

export async function applyToRegister(matterId: string): Promise<void> {
  await keepRegister.executeWithOptions({ ...activityOptions.register, summary: '人员信息库 · 登记变更' }, [{ matterId, change: 'apply' }]);
}

export async function undoInRegister(matterId: string): Promise<void> {
  await CancellationScope.nonCancellable(() => keepRegister.executeWithOptions({ ...activityOptions.register, summary: '人员信息库 · 撤销变更' }, [{ matterId, change: 'undo' }]));
}
