/**
 * The API's one door to matters: starts workflows, sends them decisions, and reads them —
 * live from the workflow while open, from PostgreSQL once closed or for lists.
 */
import { WorkflowExecutionAlreadyStartedError, WorkflowUpdateFailedError, WorkflowUpdateStage, type Client, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/client';
import { findMatter, listMatters, type MatterFilter, type MatterScope } from '../db/matters';
import { inboxStatuses } from '../db/tasks';
import type { KeptReads } from '../events/kept-reads';
import { openingState } from '../matters/opening-state';
import type { MatterDefinition } from '../matters/types';
import { isClosed, type Actor, type DecisionInput, type MatterKind, type MatterState, type WithdrawalInput } from '../schemas/matter';
import type { Paged } from '../db/paging';
import { searchAttributes, taskQueues } from '../temporal.config';
import { decide, matterStateQuery, messageRejections, resubmitForm, withdraw } from '../workflows/messages';
import { HttpError } from './errors';

/** The workflow id is the business key, so a repeated submission can only ever find the same matter. */
export function matterIdOf(keys: { unitCode: string; applicationNo: string }): string {
  return `${keys.unitCode}-${keys.applicationNo}`;
}

export class MatterService {
  constructor(
    private readonly client: Client,
    private readonly db: Database,
    private readonly log: Pick<FastifyBaseLogger, 'warn'>,
    private readonly kept: { matters: Pick<KeptReads<MatterState | undefined>, 'find' | 'forget'>; inboxes: Pick<KeptReads<unknown>, 'forgetAll'> },
  ) {}

  /** Starts the matter, or finds the one already started under the same business key. */
  async submit<Form>(definition: MatterDefinition<Form>, form: Form, submittedBy: Actor): Promise<{ created: boolean; matter: MatterState }> {
    const keys = definition.keys(form);
    const id = matterIdOf(keys);
    const recorded = await findMatter(this.db, id);
    if (recorded) return { created: false, matter: this.sameKind(recorded, definition.kind) };
    const submittedAt = new Date().toISOString();
    try {
      await this.client.workflow.start(definition.workflowType, {
        workflowId: id,
        taskQueue: taskQueues.matters,
        args: [{ form, submittedAt, submittedBy }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        staticSummary: `${definition.title} · ${keys.unitCode} · ${keys.applicationNo}`,
        typedSearchAttributes: [
          { key: searchAttributes.matterKind, value: definition.kind },
          { key: searchAttributes.unitCode, value: keys.unitCode },
          { key: searchAttributes.region, value: keys.region },
          { key: searchAttributes.businessKey, value: id },
        ],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      const existing = await this.find(id);
      if (!existing) throw error;
      return { created: false, matter: this.sameKind(existing, definition.kind) };
    }
    return { created: true, matter: openingState(definition, form, id, submittedAt, submittedBy) };
  }

  /**
   * The matter as it is now; undefined when no such matter exists. Live from its workflow while
   * open; when the workflow cannot answer (Temporal unreachable, a query failing in replay) the
   * projection, which is at most one change behind, answers instead.
   */
  async find(id: string): Promise<MatterState | undefined> {
    const recorded = await findMatter(this.db, id);
    if (recorded && isClosed(recorded.status)) return recorded;
    return this.live(id, recorded);
  }

  /**
   * The matter for a reader (its unit polling its progress, an office opening it): the projection
   * while the matter is closed or waits for a person — while it waits, the workflow records every
   * change it makes (an SLA card, a refused message, a co-reviewer's approval) before going on
   * waiting, so the row is the matter as it is; live from the workflow while it moves on its own
   * (departments at work, between steps), where department-by-department progress is kept.
   * Decisions still check against `find`, so a projection a moment behind never refuses one.
   */
  async read(id: string): Promise<MatterState | undefined> {
    const recorded = await this.kept.matters.find(id, () => findMatter(this.db, id));
    if (recorded && (isClosed(recorded.status) || (recorded.waitingFor && inboxStatuses.includes(recorded.status)))) return recorded;
    return this.live(id, recorded);
  }

  private async live(id: string, recorded: MatterState | undefined): Promise<MatterState | undefined> {
    try {
      return await this.handle(id).query(matterStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return recorded;
      if (!recorded) throw error;
      this.log.warn({ err: error, matterId: id }, 'matter query failed; answering from the projection');
      return recorded;
    }
  }

  /** The matters within the caller's scope that pass the filter. */
  list(filter: MatterFilter, scope: MatterScope): Promise<Paged<MatterState>> {
    return listMatters(this.db, scope, filter);
  }

  /**
   * Sends a decision as an Update with `updateId`, so a retried request is the same Update and
   * gets its first outcome; waits a bounded time for it, then answers `pending` (the caller polls).
   * Pending is promised only once the matter has accepted the Update (it is in its history): one
   * not accepted within the wait may never be (Temporal or its database away), so the caller is
   * told to send it again — the same Update, by its id — rather than to poll for it.
   */
  decide(id: string, input: DecisionInput, updateId?: string): Promise<MatterState | Pending> {
    return this.update(id, async (handle) => {
      const deadline = Date.now() + decisionWaitMs;
      const accepted = await settledWithin(handle.startUpdate(decide, { args: [input], updateId, waitForStage: WorkflowUpdateStage.ACCEPTED }), decisionWaitMs);
      if ('pending' in accepted) throw notTakenYet();
      return settledWithin(accepted.result(), Math.max(0, deadline - Date.now()));
    });
  }

  /** The outcome of a decision sent earlier with `updateId`: its state, `pending` while it runs, undefined when there was none. */
  async decisionOutcome(id: string, updateId: string): Promise<MatterState | Pending | undefined> {
    try {
      return await this.update(id, (handle) => settledWithin(handle.getUpdateHandle<MatterState>(updateId).result(), decisionWaitMs));
    } catch (error) {
      if (error instanceof HttpError && error.statusCode !== 404) throw error;
      if (error instanceof HttpError || isNotFound(error)) return undefined;
      throw error;
    }
  }

  resubmit(id: string, form: unknown, actor: Actor): Promise<MatterState> {
    return this.update(id, (handle) => handle.executeUpdate(resubmitForm, { args: [form, actor] }));
  }

  withdraw(id: string, input: WithdrawalInput): Promise<MatterState> {
    return this.update(id, (handle) => handle.executeUpdate(withdraw, { args: [input] }));
  }

  /** Sends an Update, turning the workflow's refusal into 409 (wrong moment), 403 (wrong role) or 400 (bad content). */
  private async update<Outcome extends MatterState | Pending>(id: string, send: (handle: WorkflowHandle) => Promise<Outcome>): Promise<Outcome> {
    try {
      return await send(this.handle(id));
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const { type, message } = error.cause;
        if (type === messageRejections.invalidInput) throw new HttpError(400, 'invalid_input', message, problemsOf(error.cause));
        if (type === messageRejections.notAuthorised) throw new HttpError(403, 'forbidden', message);
        throw new HttpError(409, 'not_now', message);
      }
      // A matter that does not exist, or whose workflow has closed, cannot take the message.
      const matter = await findMatter(this.db, id);
      if (!matter && error instanceof WorkflowNotFoundError) throw notFound(id);
      if (matter && isClosed(matter.status)) {
        throw new HttpError(409, 'matter_closed', `事项已${matter.status === 'completed' ? '办结' : '结束'} / the matter is ${matter.status}`);
      }
      throw error;
    } finally {
      // Read-your-writes on this replica: its next read of the matter and of any inbox goes to PostgreSQL, whether or not the hub has read the change yet.
      this.kept.matters.forget(id);
      this.kept.inboxes.forgetAll();
    }
  }

  private handle(id: string): WorkflowHandle {
    return this.client.workflow.getHandle(id);
  }

  private sameKind(matter: MatterState, kind: MatterKind): MatterState {
    if (matter.kind !== kind) {
      throw new HttpError(409, 'business_key_taken', `申请编号已用于${matter.kind}事项 / this applicationNo is already used by a ${matter.kind} matter of the unit`);
    }
    return matter;
  }
}

export const notFound = (id: string) => new HttpError(404, 'not_found', `没有该事项 / no matter ${id}`);

const notTakenYet = () =>
  new HttpError(503, 'temporarily_unavailable', '事项暂未接收该决定，请以同一请求重试 / the matter has not taken the decision yet: send the same request again');

/** A decision taken but not yet answered by the matter within the wait: the caller polls for its outcome. */
export interface Pending {
  pending: true;
}

/** How long a decision request waits for the matter to take it before answering 202. */
const decisionWaitMs = 10_000;

/** The outcome, or `pending` if it is not there within `ms`; a late failure is not left unhandled. */
async function settledWithin<T>(outcome: Promise<T>, ms: number): Promise<T | Pending> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<Pending>((resolve) => {
    timer = setTimeout(() => resolve({ pending: true }), ms);
  });
  outcome.catch(() => undefined);
  try {
    return await Promise.race([outcome, waited]);
  } finally {
    clearTimeout(timer);
  }
}

/** Temporal's "no such update" (gRPC NOT_FOUND, which the client reports as a workflow not found). */
function isNotFound(error: unknown): boolean {
  return error instanceof WorkflowNotFoundError || (error as { code?: number; cause?: { code?: number } }).code === grpcNotFound || (error as { cause?: { code?: number } }).cause?.code === grpcNotFound;
}

const grpcNotFound = 5;

/** The workflow attaches the field problems of invalid input as the failure's first detail. */
function problemsOf(failure: ApplicationFailure): { field: string; message: string }[] {
  const [problems] = failure.details ?? [];
  return Array.isArray(problems) ? problems : [{ field: '', message: failure.message }];
}
