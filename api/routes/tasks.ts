/**
 * 待办 — the inbox: the review steps waiting for the caller's organisations and roles (for a
 * unit, the corrections asked of it; for a supervision office, the 差评 it rectifies), and
 * claiming one so that colleagues see who is on it (while claimed, only the claimer decides).
 * Completing a task is the decision itself (`POST /api/v1/matters/:id/decisions`), the corrected
 * form (`PUT /api/v1/matters/:id/form`), or the rectification's reply
 * (`POST /api/v1/matters/:id/rating/rectification`).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { taskScopes } from '../../auth/access';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { claimTask, findTask, listRegionTasks, listTasks, releaseTask, type Task } from '../../db/tasks';
import { regionCode } from '../../schemas/region';
import { matterKind, reviewStep, role, slaState } from '../../schemas/matter';
import { rectificationStep } from '../../schemas/rating';
import { callerOf, deny, requireSupervision } from '../auth';
import { errorBody, HttpError } from '../errors';
import { pageOf, paging } from '../../schemas/paging';
import type { KeptReads } from '../../events/kept-reads';
import type { Paged } from '../../db/paging';

const task = z.object({
  id: z.string().describe('任务编号 / task id'),
  matterId: z.string(),
  kind: matterKind,
  unitCode: z.string(),
  region: z.string(),
  step: z.string().describe('待决定的环节 / the step to decide'),
  title: z.string(),
  role: role,
  organisation: z.string().describe('代表的机构 / the organisation the task is for'),
  due: z.iso.datetime().nullable().describe('本环节时限 / the step’s deadline'),
  slaState: slaState,
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  claimedBy: z.string().nullable().describe('认领人 / who has claimed it'),
  claimedAt: z.iso.datetime().nullable(),
});

const taskQuery = z
  .object({
    kind: matterKind.optional(),
    step: z.union([reviewStep, z.literal('correction'), z.literal(rectificationStep)]).optional().describe('审核环节，单位的 correction (补正)，或督查机构的 rectification (差评整改)'),
    slaState: slaState.optional(),
    region: regionCode.optional(),
    claimed: z.enum(['mine', 'unclaimed', 'others']).optional().describe('mine 我认领的 · unclaimed 未认领 · others 他人认领'),
  })
  .extend(paging.shape);

const taskParams = z.object({ id: z.string().min(1).max(200).describe('任务编号 / task id') });

const missing = (id: string) => new HttpError(404, 'not_found', `没有该任务 / no task ${id}`);
const closed = (id: string) => new HttpError(409, 'task_closed', `该任务已办结 / task ${id} has been decided already`);

export const taskRoutes: FastifyPluginAsyncZod<{ db: Database; inboxes: Pick<KeptReads<Paged<Task>>, 'find' | 'forgetAll'> }> = async (app, { db, inboxes }) => {
  /** The task when it is one of the caller's organisations and roles; anyone else's is as good as missing. */
  async function ownTask(request: FastifyRequest, id: string): Promise<Task> {
    const found = await findTask(db, id);
    if (!found) throw missing(id);
    const mine = taskScopes(callerOf(request)).some((scope) => scope.organisation === found.organisation && scope.role === found.role);
    if (mine) return found;
    throw await deny(db, request, { status: 404, matterId: found.matterId, reason: 'task of another organisation or role', notFoundMessage: missing(id).message });
  }

  const audited = (request: FastifyRequest, found: Task, action: 'task-claimed' | 'task-released') =>
    appendAuditEvents(db, [
      {
        eventKey: `${found.matterId}/${action}/${randomUUID()}`,
        matterId: found.matterId,
        at: new Date(),
        actor: callerOf(request).sub,
        organisation: found.organisation,
        role: found.role,
        action,
        step: found.step,
        details: { taskId: found.id, requestId: request.id },
      },
    ]);

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['tasks'],
        summary: '我的待办 / the steps waiting for the caller’s organisations and roles, soonest deadline first',
        querystring: taskQuery,
        response: { 200: pageOf(task), 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { page, pageSize, ...filter } = request.query;
      const scopes = taskScopes(caller);
      const query = { ...filter, login: caller.sub, page, pageSize };
      // Colleagues holding the same organisations and roles read the same inbox, unless it is filtered by who claimed what.
      const key = JSON.stringify([scopes, { ...query, login: filter.claimed ? caller.sub : undefined }]);
      const { items, total } = await inboxes.find(key, () => listTasks(db, scopes, query));
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/supervision/tasks',
    {
      schema: {
        tags: ['supervision', 'tasks'],
        summary: '待办督查 / every open task of the supervisor’s regions: who holds what, what runs late',
        description: "A supervisor's own regions; every region for an administrator. `claimed=others` lists the tasks an officer holds.",
        querystring: taskQuery.extend({ organisation: z.string().min(1).max(64).optional().describe('待办的机构 / the organisation a task is for') }),
        response: { 200: pageOf(task), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const regions = await requireSupervision(db, request);
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = await listRegionTasks(db, regions, { ...filter, login: callerOf(request).sub, page, pageSize });
      return { items, total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/tasks/:id',
    { schema: { tags: ['tasks'], summary: '待办详情 / one task', params: taskParams, response: { 200: task, 401: errorBody, 404: errorBody } } },
    async (request) => ownTask(request, request.params.id),
  );

  app.post(
    '/api/v1/tasks/:id/claim',
    {
      schema: {
        tags: ['tasks'],
        summary: '认领 / claim a task: one officer at a time; claiming one’s own again is harmless',
        params: taskParams,
        response: { 200: task, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const { id } = request.params;
      const found = await ownTask(request, id);
      const claim = await claimTask(db, id, callerOf(request).sub);
      // Read-your-writes on this replica, before the hub reads the claim's event.
      inboxes.forgetAll();
      if (claim.outcome === 'missing') throw missing(id);
      if (claim.outcome === 'closed') throw closed(id);
      if (claim.outcome === 'taken-by-other') {
        throw new HttpError(409, 'task_claimed', `该任务已由 ${claim.claimedBy} 认领 / the task is claimed by ${claim.claimedBy} since ${claim.claimedAt}`);
      }
      if (found.claimedBy !== claim.task.claimedBy) await audited(request, claim.task, 'task-claimed');
      return claim.task;
    },
  );

  app.post(
    '/api/v1/tasks/:id/release',
    {
      schema: {
        tags: ['tasks'],
        summary: '退回认领 / release a claimed task to the organisation; only its claimer can',
        params: taskParams,
        response: { 200: task, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const { id } = request.params;
      await ownTask(request, id);
      const release = await releaseTask(db, id, callerOf(request).sub);
      inboxes.forgetAll();
      if (release.outcome === 'missing') throw missing(id);
      if (release.outcome === 'closed') throw closed(id);
      if (release.outcome === 'not-claimer') {
        throw new HttpError(409, 'not_claimer', release.claimedBy ? `该任务由 ${release.claimedBy} 认领 / the task is claimed by ${release.claimedBy}` : '该任务未被认领 / the task is not claimed');
      }
      await audited(request, release.task, 'task-released');
      return release.task;
    },
  );
};
