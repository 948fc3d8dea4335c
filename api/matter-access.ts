/**
 * The one check every matter route makes: the caller may see the matter (party to it, or an
 * office of its region), else the matter does not exist as far as the caller can tell — 404,
 * with the denial logged and audited. For a decision, also: the step is the one awaited, the
 * caller holds the role it waits for, nobody else has claimed the task, and the Update id that
 * makes the decision happen once however often the request is retried.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { canSee } from '../auth/access';
import type { Database } from '../db/client';
import { findDecisionContext, findMatterKeys } from '../db/matters';
import type { Actor, MatterState } from '../schemas/matter';
import { decidingActor } from '../schemas/principal';
import { stepRefusal } from '../workflows/message-checks';
import { callerOf, deny } from './auth';
import { HttpError, requestLimits } from './errors';
import { notFound, type MatterService } from './matter-service';

/** A decision the caller may send now, or — the step no longer awaited — the Update id its earlier attempt would have used. */
export type DecisionAccess = { actor: Actor; updateId?: string } | { notAwaited: string; updateId?: string };

export class MatterAccess {
  constructor(
    private readonly db: Database,
    private readonly matters: MatterService,
  ) {}

  /** The matter as it is now (live from its workflow while open). */
  async live(request: FastifyRequest, id: string): Promise<MatterState> {
    return this.visible(request, id, await this.matters.find(id));
  }

  /** The matter as its readers see it: from the projection while it waits for a person or is closed (`MatterService.read`). */
  async current(request: FastifyRequest, id: string): Promise<MatterState> {
    return this.visible(request, id, await this.matters.read(id));
  }

  /** The projection's keys of the matter: enough for routes that read PostgreSQL only. */
  async recorded(request: FastifyRequest, id: string) {
    return this.visible(request, id, await findMatterKeys(this.db, id));
  }

  /**
   * Who a decision on `step` is sent as, after one read of PostgreSQL: the projection, which the
   * workflow writes before it answers the previous message, so it already waits for the step a
   * reviewer acts on; live from the workflow only when the projection disagrees (or is not
   * written yet), so a lag never turns into a wrong 409. The workflow checks the decision again.
   * The Update id is the caller's Idempotency-Key (a retry, even after the decision went through,
   * finds the first one's outcome), or the caller and the decision's place among the matter's.
   */
  async decision(request: FastifyRequest, id: string, step: string, { organisation, idempotencyKey }: { organisation?: string; idempotencyKey?: string }): Promise<DecisionAccess> {
    const context = await findDecisionContext(this.db, id, step);
    const matter = await this.visible(request, id, context?.matter.waitingFor?.step === step ? context.matter : await this.matters.find(id));
    const caller = callerOf(request);
    const updateId = pollable(idempotencyKey ? `decision/${id}/${caller.sub}/${idempotencyKey}` : decisionUpdateId(matter, step, caller.sub));
    const notAwaited = stepRefusal(matter, step);
    if (notAwaited) return { notAwaited: notAwaited.message, updateId };
    const deciding = decidingActor(caller, matter.waitingFor!, organisation);
    if ('refusal' in deciding) throw await deny(this.db, request, { status: 403, matterId: id, reason: deciding.refusal });
    const claim = context?.tasks.find((t) => t.open && t.organisation === deciding.actor.organisation);
    if (claim?.claimedBy && claim.claimedBy !== deciding.actor.id) {
      throw new HttpError(409, 'task_claimed', `该任务已由 ${claim.claimedBy} 认领 / the task is claimed by ${claim.claimedBy}`);
    }
    return { actor: deciding.actor, updateId };
  }

  private async visible<M extends Pick<MatterState, 'parties' | 'region'>>(request: FastifyRequest, id: string, matter: M | undefined): Promise<M> {
    if (!matter) throw notFound(id);
    if (canSee(callerOf(request), matter)) return matter;
    throw await deny(this.db, request, { status: 404, matterId: id, reason: '事项不属于本机构 / the matter is not the caller’s organisation’s', notFoundMessage: notFound(id).message });
  }
}

/**
 * Without an Idempotency-Key, the decision the caller takes now is the matter's next one: requests
 * sent again while it is pending are the same Update. Once the step has moved on, a request
 * without a key is a new one, and the step no longer awaits it (409); only the key finds an
 * earlier outcome then.
 */
function decisionUpdateId(matter: Pick<MatterState, 'id' | 'waitingFor' | 'decisions'>, step: string, caller: string): string | undefined {
  return matter.waitingFor?.step === step ? `decision/${matter.id}/${matter.decisions.length}/${caller}` : undefined;
}

/**
 * The Update id as it is when it fits the poll address's path parameter once encoded; a longer
 * one (a long matter id, login and key together) by its digest, so the `poll` answered is
 * always one the server takes.
 */
function pollable(updateId: string | undefined): string | undefined {
  if (updateId === undefined || encodeURIComponent(updateId).length <= requestLimits.paramLength) return updateId;
  return `decision/${createHash('sha256').update(updateId).digest('hex')}`;
}
