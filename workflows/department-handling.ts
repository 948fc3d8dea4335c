/**
 * 并联办理 and 撤销: each department's activity for its part of the matter, and revoking what the
 * departments registered when the matter does not complete. How long a department's system may
 * be retried follows the part's own budget (matters/*.ts), so a department of a one-day matter
 * is not retried for as long as one of a two-day matter.
 */
import type { Duration } from '@temporalio/common';
import { ActivityCancellationType, ActivityFailure, ApplicationFailure, CancellationScope, isCancellation, log, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import { departmentRejection, type DepartmentActivities, type DepartmentTask } from '../activities/types';
import { departmentNames } from '../matters/departments';
import { departmentBudgetHours, type DepartmentPart, type SlaPolicy } from '../matters/types';
import { activityOptions } from '../temporal.config';
import { localFirst } from './local-first';
import type { MatterStateKeeper } from './matter-state';

const departments = proxyActivities<DepartmentActivities>(activityOptions.department);
const departmentsLocally = proxyLocalActivities<DepartmentActivities>(activityOptions.departmentLocal);

const hourMs = 3_600_000;

/**
 * Matters made durable turn a part that could not be handled into an exception the hall resolves
 * (for matters of before, an outage failed the whole matter), and when cancelled wait for a part in
 * flight to finish, so what it registers is known and revoked rather than left behind.
 */
export interface HandlingRules {
  durable: boolean;
  /**
   * Matters started since their histories were made lean run each part local first
   * (workflows/local-first.ts): a department that answers at once costs one history event instead
   * of three and a workflow task; one that does not is handed over to its own task queue.
   */
  lean: boolean;
}

/** Runs every part at once; answers the parts a department refused, or could not handle in its time. */
export async function handleParts(keeper: MatterStateKeeper<unknown>, sla: SlaPolicy, parts: readonly DepartmentPart[], rules: HandlingRules): Promise<DepartmentPart[]> {
  const results = await Promise.all(parts.map((part) => handlePart(keeper, sla, part, rules)));
  return parts.filter((_, index) => !results[index]);
}

async function handlePart(keeper: MatterStateKeeper<unknown>, sla: SlaPolicy, part: DepartmentPart, rules: HandlingRules): Promise<boolean> {
  const name = `${part.department}Handle` as const;
  const task = [departmentTask(keeper, part)] as const;
  const summary = `${departmentNames[part.department]} · ${part.task}`;
  const cancellationType = rules.durable ? ActivityCancellationType.WAIT_CANCELLATION_COMPLETED : ActivityCancellationType.TRY_CANCEL;
  const ordinarily = () => departments[name].executeWithOptions({ ...activityOptions.department, scheduleToCloseTimeout: retryWindow(keeper, sla, part), cancellationType, summary }, [...task]);
  try {
    const { receipt } = rules.lean
      ? await localFirst(name, () => departmentsLocally[name].executeWithOptions({ ...activityOptions.departmentLocal, cancellationType, summary }, [...task]), ordinarily)
      : await ordinarily();
    keeper.setDepartment(part.department, { status: 'done', receipt });
    return true;
  } catch (error) {
    const refusal = departmentRefusal(error);
    if (refusal !== undefined) {
      keeper.setDepartment(part.department, { status: 'failed', reason: refusal });
      return false;
    }
    // Not the department's "no": its system did not answer within the part's window, or failed as it never should — an infrastructure cause, never the matter's end.
    if (!rules.durable || !(error instanceof ActivityFailure) || isCancellation(error)) throw error;
    log.warn('department part could not be handled in its time', { department: part.department, reason: error.cause?.message ?? error.message });
    keeper.setDepartment(part.department, { status: 'failed', reason: '部门系统暂不可用，可待恢复后重新办理 / the department’s system is unavailable; retry once it is back', outage: true });
    return false;
  }
}

/** What the departments registered is revoked, so a rejected or withdrawn matter leaves nothing behind. */
export async function revokeRegistered(keeper: MatterStateKeeper<unknown>, parts: readonly DepartmentPart[]): Promise<void> {
  const done = parts.filter((part) => keeper.departmentStatus(part.department) === 'done');
  // A cancelled matter still revokes what was registered, and a department that is down is waited for: nothing it holds may outlive the matter.
  await CancellationScope.nonCancellable(() =>
    Promise.all(
      done.map(async (part) => {
        await departments[`${part.department}Revoke`].executeWithOptions({ ...activityOptions.department, summary: `${departmentNames[part.department]} · 撤销${part.task}` }, [departmentTask(keeper, part)]);
        keeper.setDepartment(part.department, { status: 'revoked' });
      }),
    ),
  );
}

/**
 * How long a department's system is retried: until the departments step falls due, for the part's
 * share of the step's budget, and never less than the part's budget of office hours itself (a step
 * already late, a deadline that could not be scheduled). A revocation is retried until it is done.
 */
function retryWindow(keeper: MatterStateKeeper<unknown>, sla: SlaPolicy, part: DepartmentPart): Duration {
  const budget = departmentBudgetHours(part, sla);
  const step = keeper.state.sla.step;
  const untilDue = step?.step === 'departments' ? ((Date.parse(step.due) - Date.now()) * budget) / sla.stageHours.departments : 0;
  return Math.max(budget * hourMs, untilDue);
}

function departmentTask(keeper: MatterStateKeeper<unknown>, part: DepartmentPart): DepartmentTask {
  const { id, kind, formVersion } = keeper.state;
  return { matterId: id, kind, department: part.department, formVersion, idempotencyKey: `${id}/${part.department}/v${formVersion}` };
}

/** A department's "no", from its ordinary activity (wrapped in an ActivityFailure) or its local one (as raised). */
function departmentRefusal(error: unknown): string | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof ApplicationFailure && cause.type === departmentRejection ? cause.message : undefined;
}
