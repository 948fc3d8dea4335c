/**
 * Everything Temporal-facing that workers, the API and operators must agree on:
 * namespace, task queues, search attributes and the activity budgets.
 * Workflow code imports this file too, so it reads no environment (TEMPORAL_NAMESPACE
 * overrides the namespace in config/env.ts).
 */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const defaultNamespace = 'default';

/**
 * One queue per concern, so department work can be scaled apart from the matter workflows, and
 * webhook deliveries — whose receivers may hang or be gone — never hold a slot matters need.
 */
export const taskQueues = {
  matters: 'yijianshi-matters',
  departments: 'yijianshi-departments',
  webhooks: 'yijianshi-webhooks',
} as const;

/**
 * Search attributes make Temporal UI an inbox: "hire matters in 吴忠 waiting for the hall".
 * None of them may ever carry a name or an identity number.
 */
export const searchAttributes = {
  matterKind: defineSearchAttributeKey('MatterKind', SearchAttributeType.KEYWORD),
  matterStatus: defineSearchAttributeKey('MatterStatus', SearchAttributeType.KEYWORD),
  unitCode: defineSearchAttributeKey('UnitCode', SearchAttributeType.KEYWORD),
  region: defineSearchAttributeKey('Region', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('Stage', SearchAttributeType.KEYWORD),
  pendingRole: defineSearchAttributeKey('PendingRole', SearchAttributeType.KEYWORD),
  businessKey: defineSearchAttributeKey('BusinessKey', SearchAttributeType.KEYWORD),
  slaState: defineSearchAttributeKey('SlaState', SearchAttributeType.KEYWORD),
  slaDeadline: defineSearchAttributeKey('SlaDeadline', SearchAttributeType.DATETIME),
} as const;

export const allSearchAttributes = Object.values(searchAttributes);

/** `--search-attribute Name=Type` pairs for `temporal server start-dev`. */
export function devServerSearchAttributeArgs(): string[] {
  return allSearchAttributes.flatMap((key) => ['--search-attribute', `${key.name}=${devServerTypeName(key.type)}`]);
}

function devServerTypeName(type: SearchAttributeType): string {
  const names: Record<SearchAttributeType, string> = {
    [SearchAttributeType.TEXT]: 'Text',
    [SearchAttributeType.KEYWORD]: 'Keyword',
    [SearchAttributeType.INT]: 'Int',
    [SearchAttributeType.DOUBLE]: 'Double',
    [SearchAttributeType.BOOL]: 'Bool',
    [SearchAttributeType.DATETIME]: 'Datetime',
    [SearchAttributeType.KEYWORD_LIST]: 'KeywordList',
  };
  return names[type];
}

/**
 * Activity budgets. Department systems are external and may be slow or down for a while,
 * so their retries back off up to a minute and keep going for as long as the part's budget in
 * the matter's definition allows (workflows/department-handling.ts sets that window); a
 * department's own "no" is a non-retryable failure and never retried.
 */
export const activityOptions = {
  department: {
    taskQueue: taskQueues.departments,
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
  /**
   * A department's part first runs as a local activity on the matter's worker, for a few seconds
   * (workflows/local-first.ts): a department that answers at once costs no round trip and one
   * history event; one that does not is handed over to the ordinary activity above.
   */
  departmentLocal: {
    startToCloseTimeout: '2 seconds',
    scheduleToCloseTimeout: '6 seconds',
    retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumAttempts: 3 },
  },
  /** The personnel register is our own database: a completed matter waits for it rather than closing without its change. */
  register: {
    taskQueue: taskQueues.matters,
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
  certificate: {
    taskQueue: taskQueues.matters,
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
  /**
   * Our own bookkeeping (the projection, deadline planning, cards; for matters with lean histories
   * the register and the certificates too) first runs as a local activity: one history event, no
   * round trip, a few seconds of retries inside the workflow task (workflows/local-first.ts). The
   * attempts are counted, not only timed: a local activity's schedule-to-close is not enforced
   * between attempts, and the answer or the handover must come within the 8 s after which the
   * worker heartbeats a workflow task held open…
   */
  bookkeepingLocal: {
    startToCloseTimeout: '3 seconds',
    scheduleToCloseTimeout: '6 seconds',
    retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumAttempts: 2 },
  },
  /**
   * …and if PostgreSQL has not answered by then, the same call becomes an ordinary activity retried
   * without limit (backoff capped at a minute), so our own database's outage neither holds the
   * workflow task open nor ever fails the matter.
   */
  bookkeeping: {
    taskQueue: taskQueues.matters,
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
  /**
   * One attempt at an endpoint (a delivery or the verification). Its outcome is an answer, not a
   * failure — the queue's circuit breaker decides what follows — so Temporal retries only our own
   * trouble (the database), never the receiver.
   */
  webhookSend: {
    taskQueue: taskQueues.webhooks,
    startToCloseTimeout: '1 minute',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
  /** The queue's bookkeeping in our own database, run as local activities beside the queue. */
  webhookQueueBookkeeping: {
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
  },
  /** The old one-workflow-per-delivery design, kept until its last executions finish: retried with backoff for 24 hours. */
  legacyWebhook: {
    taskQueue: taskQueues.matters,
    startToCloseTimeout: '30 seconds',
    scheduleToCloseTimeout: '24 hours',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '10 minutes' },
  },
  legacyWebhookBookkeeping: {
    taskQueue: taskQueues.matters,
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
} as const;
