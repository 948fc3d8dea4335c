/**
 * The one check every matter route makes: the caller may see the matter (party to it, or an
 * office of its region), else the matter does not exist as far as the caller can tell — 404,
 * with the denial logged and audited. For a decision, also: the step is the one awaited, the
 * caller holds the role it waits for, and nobody else has claimed the task.
 */
import type { FastifyRequest } from 'fastify';
import { canSee, decidingActor } from '../auth/access';
import type { Database } from '../db/client';
import { findDecisionContext, findMatterKeys } from '../db/matters';
import type { Actor, MatterState } from '../schemas/matter';
import { stepRefusal } from '../workflows/message-checks';
import { callerOf, deny } from './auth';
import { HttpError } from './errors';
import { notFound, type MatterService } from './matter-service';

export class MatterAccess {
  constructor(
    private readonly db: Database,
    private readonly matters: MatterService,
  ) {}

  /** The matter as it is now (live from its workflow while open). */
  async live(request: FastifyRequest, id: string): Promise<MatterState> {
    return this.visible(request, id, await this.matters.find(id));
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
   */
  async decider(request: FastifyRequest, id: string, step: string, organisation?: string): Promise<Actor> {
    const context = await findDecisionContext(this.db, id, step);
    const matter = await this.visible(request, id, context?.matter.waitingFor?.step === step ? context.matter : await this.matters.find(id));
    const notAwaited = stepRefusal(matter, step);
    if (notAwaited) throw new HttpError(409, 'not_now', notAwaited.message);
    const deciding = decidingActor(callerOf(request), matter.waitingFor!, organisation);
    if ('refusal' in deciding) throw await deny(this.db, request, { status: 403, matterId: id, reason: deciding.refusal });
    const claim = context?.claims.find((task) => task.organisation === deciding.actor.organisation);
    if (claim?.claimedBy && claim.claimedBy !== deciding.actor.id) {
      throw new HttpError(409, 'task_claimed', `该任务已由 ${claim.claimedBy} 认领 / the task is claimed by ${claim.claimedBy}`);
    }
    return deciding.actor;
  }

  private async visible<M extends Pick<MatterState, 'parties' | 'region'>>(request: FastifyRequest, id: string, matter: M | undefined): Promise<M> {
    if (!matter) throw notFound(id);
    if (canSee(callerOf(request), matter)) return matter;
    throw await deny(this.db, request, { status: 404, matterId: id, reason: '事项不属于本机构 / the matter is not the caller’s organisation’s', notFoundMessage: notFound(id).message });
  }
}
