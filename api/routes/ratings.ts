/**
 * 好差评 over HTTP: the unit's clerk rates a finished matter once; whoever may see the matter
 * reads the rating and its rectification; the supervision office records the rectification's
 * steps and decides the hall's appeal; supervisors read the statistics of their regions.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { membershipsWith, unitActor } from '../../schemas/principal';
import type { Database } from '../../db/client';
import { findMatter } from '../../db/matters';
import { findTask } from '../../db/tasks';
import { ratingStatistics } from '../../ratings/statistics';
import { rectificationTaskId } from '../../ratings/rectification-store';
import { findRating } from '../../ratings/store';
import { ratingViewOf, rectificationViewOf } from '../../ratings/view';
import type { Actor } from '../../schemas/matter';
import { appealDecisionRequest, appealRequest, ratingRequest, ratingStatisticsView, ratingView, rectificationRequest, rectificationView, type RectificationState } from '../../schemas/rating';
import { callerOf, deny, requireSupervision } from '../auth';
import { errorBody, HttpError } from '../errors';
import type { MatterAccess } from '../matter-access';
import type { RatingService } from '../rating-service';

const idParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });

const period = z.object({
  from: z.iso.date().describe('评价日期起 (含) / rated on or after, Asia/Shanghai'),
  to: z.iso.date().describe('评价日期止 (含) / rated on or before, Asia/Shanghai'),
});

const notRated = (id: string) => new HttpError(404, 'not_rated', `该事项尚未评价 / matter ${id} has not been rated`);

export const ratingRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess; ratings: RatingService }> = async (app, { db, access, ratings }) => {
  /** The open rectification of a matter the caller may see, or 409 when its rating opened none or it has ended. */
  async function openRectification(request: FastifyRequest, id: string): Promise<RectificationState> {
    await access.recorded(request, id);
    const record = await findRating(db, id);
    if (!record) throw notRated(id);
    if (!record.rectification) throw new HttpError(409, 'no_rectification', '该评价不是差评，没有整改 / the rating is not poor and has no rectification');
    if (record.rectification.status !== 'open') throw new HttpError(409, 'rectification_closed', '整改已结束 / the rectification has ended');
    return record.rectification;
  }

  /** The caller as a supervisor of the office the rectification is for (and, if its task is claimed, its claimer); anyone else is denied. */
  async function supervisorOf(request: FastifyRequest, rectification: RectificationState): Promise<Actor> {
    const caller = callerOf(request);
    if (!membershipsWith(caller, 'supervisor').some((membership) => membership.organisation === rectification.office)) {
      throw await deny(db, request, { status: 403, matterId: rectification.matterId, reason: `整改由 ${rectification.office} 的督查人员办理 / for the supervisors of ${rectification.office}` });
    }
    const task = await findTask(db, rectificationTaskId(rectification));
    if (task?.claimedBy && task.claimedBy !== caller.sub) throw new HttpError(409, 'task_claimed', `该任务已由 ${task.claimedBy} 认领 / the task is claimed by ${task.claimedBy}`);
    return { id: caller.sub, role: 'supervisor', organisation: rectification.office };
  }

  app.post(
    '/api/v1/matters/:id/rating',
    {
      schema: {
        tags: ['ratings'],
        summary: '好差评：评价已办结的事项 / rate a finished matter, once',
        description:
          'The unit’s clerk rates a completed or rejected matter on the five national levels, as a whole and optionally per step (competent department, hall, each department). A rating cannot be changed or repeated (409). 不满意 or 非常不满意 opens a rectification in the supervision office’s inbox.',
        params: idParams,
        body: ratingRequest,
        response: { 201: ratingView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id } = await access.recorded(request, request.params.id);
      const matter = (await findMatter(db, id))!;
      const clerk = unitActor(callerOf(request), matter.unitCode);
      if (!clerk) throw await deny(db, request, { status: 403, matterId: id, reason: `只能由本单位经办人评价 / only a clerk of unit ${matter.unitCode} may rate its matters` });
      if (matter.status !== 'completed' && matter.status !== 'rejected') {
        throw new HttpError(409, 'not_rateable', `事项办结或不予办理后方可评价 / a matter can be rated once completed or rejected; it is ${matter.status}`);
      }
      const recorded = await ratings.rate(matter, request.body, clerk);
      request.log.info({ matterId: id, level: recorded.rating.overall }, 'matter rated');
      return reply.code(201).header('location', `/api/v1/matters/${id}/rating`).send(ratingViewOf(recorded));
    },
  );

  app.get(
    '/api/v1/matters/:id/rating',
    {
      schema: {
        tags: ['ratings'],
        summary: '事项的评价及整改 / a matter’s rating, with its rectification and appeal',
        params: idParams,
        response: { 200: ratingView, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { id } = await access.recorded(request, request.params.id);
      const record = await findRating(db, id);
      if (!record) throw notRated(id);
      return ratingViewOf(record);
    },
  );

  app.post(
    '/api/v1/matters/:id/rating/rectification',
    {
      schema: {
        tags: ['ratings'],
        summary: '差评整改：记录回访、核实、整改、答复 / record a rectification step',
        description: 'In order: revisit (回访核实) → finding (核实情况) → rectify (整改落实) → reply (答复评价人), by a supervisor of the supervision office; the reply ends the rectification and reaches the rater.',
        params: idParams,
        body: rectificationRequest,
        response: { 200: rectificationView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const rectification = await openRectification(request, request.params.id);
      const actor = await supervisorOf(request, rectification);
      return rectificationViewOf(await ratings.step(rectification.matterId, { ...request.body, actor }));
    },
  );

  app.post(
    '/api/v1/matters/:id/rating/appeal',
    {
      schema: {
        tags: ['ratings'],
        summary: '申诉复核：政务大厅对不实差评提出申诉 / the hall appeals a rating as unfounded',
        description: 'Once per rating, while its rectification is open, by an officer of the hall that served the matter; a supervisor decides it.',
        params: idParams,
        body: appealRequest,
        response: { 200: rectificationView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const rectification = await openRectification(request, request.params.id);
      const caller = callerOf(request);
      if (!rectification.hall || !membershipsWith(caller, 'hall-officer').some((membership) => membership.organisation === rectification.hall)) {
        throw await deny(db, request, { status: 403, matterId: rectification.matterId, reason: '申诉复核须由办理该事项的政务大厅提出 / only the hall that served the matter may appeal' });
      }
      const actor: Actor = { id: caller.sub, role: 'hall-officer', organisation: rectification.hall };
      return rectificationViewOf(await ratings.appeal(rectification.matterId, { reason: request.body.reason, actor }));
    },
  );

  app.post(
    '/api/v1/matters/:id/rating/appeal/decision',
    {
      schema: {
        tags: ['ratings'],
        summary: '申诉复核决定 / the supervisor decides the hall’s appeal',
        description: 'upheld: the rating is unfounded — it stays visible with the outcome but leaves the statistics, and the rectification ends; dismissed: the rectification goes on.',
        params: idParams,
        body: appealDecisionRequest,
        response: { 200: rectificationView, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      const rectification = await openRectification(request, request.params.id);
      const actor = await supervisorOf(request, rectification);
      return rectificationViewOf(await ratings.decideAppeal(rectification.matterId, { ...request.body, actor }));
    },
  );

  app.get(
    '/api/v1/supervision/ratings',
    {
      schema: {
        tags: ['supervision', 'ratings'],
        summary: '好差评统计 / satisfaction rates by region, hall, competent department, department and matter kind, per month; rectification on-time rate',
        description: "A supervisor's own regions; every region for an administrator. 好评 = 非常满意 and 满意; ratings found unfounded on appeal are left out.",
        querystring: period,
        response: { 200: ratingStatisticsView, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const regions = await requireSupervision(db, request);
      return { period: request.query, ...(await ratingStatistics(db, regions, request.query)) };
    },
  );
};
