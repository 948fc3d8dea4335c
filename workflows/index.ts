/**
 * The workflow functions, one per matter, as the notice draws them: each hands its
 * definition (form, review chain, countersign rules, departments) to the shared core.
 */
import { hire as hireDefinition } from '../matters/hire';
import { postChange as postChangeDefinition } from '../matters/post-change';
import { transfer as transferDefinition } from '../matters/transfer';
import { runMatter } from './matter-flow';
import type { MatterInput } from './messages';

/** 事业单位聘用工作人员“一件事”. */
export async function hire(input: MatterInput) {
  return runMatter(hireDefinition, input);
}

/** 人员调动、聘用及工资“一件事”. */
export async function transfer(input: MatterInput) {
  return runMatter(transferDefinition, input);
}

/** 岗位变动及工资“一件事”. */
export async function postChange(input: MatterInput) {
  return runMatter(postChangeDefinition, input);
}

/** One webhook endpoint's queue: verification, then its deliveries in order, behind a circuit breaker. */
export { webhookQueue } from './webhook-queue';

/** The old one-workflow-per-delivery design, registered until its last executions have finished. */
export { webhookDelivery } from './webhook-delivery';

/** 差评整改: a 差评's rectification by the supervision office, with its deadline, cards and appeal. */
export { rectification } from './rectification';
