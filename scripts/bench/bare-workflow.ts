/**
 * The bench's workflows. The baseline: a matter's Temporal shape with nothing else — two review
 * steps each decided by an Update, then eight parallel no-op activities. No validation, no
 * PostgreSQL projection, no search attributes, so `npm run bench` can tell the project's cost
 * apart from Temporal's own. And a deadline: one durable timer to a due instant, as a matter's
 * SLA clock holds one per card. Workflow code: deterministic, imports only @temporalio/workflow.
 */
import { condition, defineUpdate, proxyActivities, setHandler, sleep } from '@temporalio/workflow';

export interface BareActivities {
  departmentNoop(part: number): Promise<void>;
}

/** Takes the step it decides; answers the stage that follows, as the real `decide` does. */
export const bareDecide = defineUpdate<string, [string]>('bareDecide');

export const bareSteps = ['competent', 'hall'] as const;
const departmentCount = 8;

const { departmentNoop } = proxyActivities<BareActivities>({ startToCloseTimeout: '30 seconds' });

export async function bareMatter(): Promise<string> {
  let stage: string = bareSteps[0];
  let decided = false;
  setHandler(
    bareDecide,
    async () => {
      // Like the real handler: return only once the workflow has moved past the decided step.
      const from = stage;
      decided = true;
      await condition(() => stage !== from);
      return stage;
    },
    { validator: (step) => { if (step !== stage || decided) throw new Error(`step ${step} is not awaiting a decision`); } },
  );

  for (const [index, step] of bareSteps.entries()) {
    stage = step;
    await condition(() => decided);
    decided = false;
    stage = bareSteps[index + 1] ?? 'departments';
  }
  await Promise.all(Array.from({ length: departmentCount }, (_, part) => departmentNoop(part)));
  stage = 'completed';
  return stage;
}

/**
 * Sleeps until `dueAt` (epoch ms) and answers the workflow's clock as it woke: the start of the
 * workflow task that followed the timer, the moment an SLA clock would act on its card.
 */
export async function bareDeadline(dueAt: number): Promise<number> {
  await sleep(Math.max(1, dueAt - Date.now()));
  return Date.now();
}
