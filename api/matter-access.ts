/**
 * The one check every matter route makes: the caller may see the matter (party to it, or an
 * office of its region), else the matter does not exist as far as the caller can tell — 404,
 * with the denial logged and audited.
 */
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { canSee } from '../auth/access';
import type { Database } from '../db/client';
import { matters } from '../db/schema';
import type { MatterKind, MatterState } from '../schemas/matter';
import { callerOf, deny } from './auth';
import { notFound, type MatterService } from './matter-service';

export type MatterRecord = Pick<MatterState, 'id' | 'kind' | 'region' | 'parties'>;

export class MatterAccess {
  constructor(
    private readonly db: Database,
    private readonly matters: MatterService,
  ) {}

  /** The matter as it is now (live from its workflow while open). */
  async live(request: FastifyRequest, id: string): Promise<MatterState> {
    return this.visible(request, id, await this.matters.find(id));
  }

  /**
   * The matter as a decision on `step` needs it: from the projection, which the workflow writes
   * before it answers the previous message, so it already waits for the step a reviewer acts on;
   * live from the workflow when the projection disagrees (or is not written yet), so a lag
   * never turns into a wrong 409. The workflow checks the decision again in any case.
   */
  async awaiting(request: FastifyRequest, id: string, step: string): Promise<Pick<MatterState, 'id' | 'parties' | 'region' | 'status' | 'stage' | 'waitingFor'>> {
    const [row] = await this.db
      .select({ id: matters.id, parties: matters.parties, region: matters.region, status: matters.status, stage: matters.stage, waitingFor: matters.waitingFor })
      .from(matters)
      .where(eq(matters.id, id));
    if (row?.waitingFor?.step === step) return this.visible(request, id, { ...row, status: row.status as MatterState['status'], waitingFor: row.waitingFor });
    return this.live(request, id);
  }

  /** The projection's keys of the matter: enough for routes that read PostgreSQL only. */
  async recorded(request: FastifyRequest, id: string): Promise<MatterRecord> {
    const [row] = await this.db
      .select({ id: matters.id, kind: matters.kind, region: matters.region, parties: matters.parties })
      .from(matters)
      .where(eq(matters.id, id));
    return this.visible(request, id, row && { ...row, kind: row.kind as MatterKind });
  }

  private async visible<M extends Pick<MatterState, 'parties' | 'region'>>(request: FastifyRequest, id: string, matter: M | undefined): Promise<M> {
    if (!matter) throw notFound(id);
    if (canSee(callerOf(request), matter)) return matter;
    throw await deny(this.db, request, { status: 404, matterId: id, reason: '事项不属于本机构 / the matter is not the caller’s organisation’s', notFoundMessage: notFound(id).message });
  }
}
