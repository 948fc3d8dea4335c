/**
 * /api/v1/matters — submit the one form, read and list matters, decide, correct, withdraw.
 * Every body, path and query is a zod schema; the OpenAPI document is generated from them.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issuesToFieldErrors } from '../../schemas/field-errors';
import { regionCode } from '../../schemas/region';
import { unitCodeFilter } from '../../schemas/unit-code';
import { matterDefinitions } from '../../matters';
import type { MatterDefinition } from '../../matters/types';
import { matterScope } from '../../auth/access';
import { unitActor } from '../../schemas/principal';
import type { Database } from '../../db/client';
import { findMatterKeys } from '../../db/matters';
import { directoryProblems } from '../../directory/store';
import { postChangeProblems, transferProblems } from '../../register/cross-check';
import type { PersonnelRegister } from '../../register/store';
import type { PostChangeForm } from '../../schemas/forms/post-change';
import type { TransferForm } from '../../schemas/forms/transfer';
import { decisionRequest, matterKind, matterState, matterStatus, withdrawalRequest, type MatterState } from '../../schemas/matter';
import { matterStarted } from '../../observability/metrics';
import { pageOf, paging } from '../../schemas/paging';
import { callerOf, deny } from '../auth';
import { errorBody, HttpError, invalidInput, requestLimits } from '../errors';
import type { MatterAccess } from '../matter-access';
import { matterIdOf, type MatterService, type Pending } from '../matter-service';
import { claimMaterials, materialProblems } from '../../materials/store';
import type { Material } from '../../schemas/materials';

const idParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });

const listQuery = z.object({
  kind: matterKind.optional(),
  status: matterStatus.optional(),
  unitCode: unitCodeFilter.optional(),
  region: regionCode.optional(),
  from: z.iso.date().optional().describe('提交日期起 (含) / submitted on or after, Asia/Shanghai'),
  to: z.iso.date().optional().describe('提交日期止 (含) / submitted on or before, Asia/Shanghai'),
}).extend(paging.shape);

const matterList = pageOf(matterState);

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

const idempotency = z.object({
  'idempotency-key': z.string().min(8).max(128).regex(/^[\w.:-]+$/).optional().describe('重试同一请求时保持不变，决定只生效一次 / the same on every retry of one request: the decision takes effect once'),
});

const pendingDecision = z.object({
  id: z.string().describe('事项编号 / matter id'),
  updateId: z.string().optional().describe('决定的编号 / the decision’s id'),
  status: z.literal('pending'),
  poll: z.string().optional().describe('查询结果的地址 / where to poll for the outcome'),
});

/** 200 with the matter, or 202 with where to poll while the matter has not taken the decision yet. */
function answered(reply: FastifyReply, id: string, updateId: string | undefined, outcome: MatterState | Pending) {
  if (!('pending' in outcome)) return reply.code(200).send(outcome);
  const poll = updateId ? `/api/v1/matters/${encodeURIComponent(id)}/decisions/${encodeURIComponent(updateId)}` : undefined;
  if (poll) reply.header('location', poll);
  return reply.code(202).send({ id, updateId, status: 'pending' as const, poll });
}

export const matterRoutes: FastifyPluginAsyncZod<{ matters: MatterService; db: Database; access: MatterAccess; register: PersonnelRegister }> = async (app, { matters, db, access, register }) => {
  for (const definition of Object.values(matterDefinitions)) {
    app.post(
      `/api/v1/matters/${definition.kind}`,
      {
        schema: {
          tags: ['matters'],
          summary: `提交${definition.title}申请 / submit a ${definition.kind} matter`,
          description: 'The business key is unit.code + applicationNo: the same key again answers 200 with the same matter. Only a clerk (person or service account) of that unit may submit.',
          body: definition.form,
          response: { 200: matterState, 202: matterState, ...errors },
        },
      },
      async (request, reply) => {
        const { unitCode } = definition.keys(request.body);
        const clerk = unitActor(callerOf(request), unitCode);
        if (!clerk) throw await deny(db, request, { status: 403, reason: `只能由本单位经办人提交 / only a clerk of unit ${unitCode} may submit its matters` });
        await agreesWithDirectory(definition, request.body);
        await agreesWithRegister(definition, request.body);
        await claimUploads(unitCode, matterIdOf(definition.keys(request.body)), request.body);
        const { created, matter } = await matters.submit(definition, request.body, clerk);
        if (created) matterStarted(definition.kind);
        request.log.info({ matterId: matter.id, created }, created ? 'matter submitted' : 'repeated submission');
        return reply.code(created ? 202 : 200).header('location', `/api/v1/matters/${matter.id}`).send(matter);
      },
    );
  }

  app.get(
    '/api/v1/matters/:id',
    { schema: { tags: ['matters'], summary: '事项进度 / a matter and its progress', params: idParams, response: { 200: matterState, 401: errorBody, 404: errorBody } } },
    async (request) => access.current(request, request.params.id),
  );

  app.get(
    '/api/v1/matters',
    {
      schema: {
        tags: ['matters'],
        summary: '事项列表 / list the matters the caller may see',
        description: "A unit's and a competent department's own matters; a hall's, division's, department's or supervisor's whole region.",
        querystring: listQuery,
        response: { 200: matterList, 400: errorBody, 401: errorBody },
      },
    },
    async (request) => {
      const { items, total } = await matters.list(request.query, matterScope(callerOf(request)));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/v1/matters/:id/decisions',
    {
      schema: {
        tags: ['matters'],
        summary: '审核决定 / decide the step the matter waits for',
        description:
          'Decided as the caller, in the role and organisation the step waits for (403 otherwise). 409 when the matter does not wait for that step, it was already decided, or another officer has claimed the task. Exactly once: a retry of the same request (the same `Idempotency-Key`, or without one the same caller on the same task) answers the first one\'s outcome. The answer waits up to 10 s for the matter to take the decision; beyond that it is 202 with where to poll, or — when the matter has not even accepted it by then (Temporal briefly unavailable) — 503 with `Retry-After`: send the same request again.',
        params: idParams,
        headers: idempotency,
        body: decisionRequest,
        response: { 200: matterState, 202: pendingDecision, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { organisation, ...decision } = request.body;
      const permitted = await access.decision(request, id, decision.step, { organisation, idempotencyKey: request.headers['idempotency-key'] });
      if ('notAwaited' in permitted) {
        // Not awaited any more — perhaps because this very decision, sent before, went through.
        const earlier = permitted.updateId ? await matters.decisionOutcome(id, permitted.updateId) : undefined;
        if (!earlier) throw new HttpError(409, 'not_now', permitted.notAwaited);
        return answered(reply, id, permitted.updateId!, earlier);
      }
      const outcome = await matters.decide(id, { ...decision, actor: permitted.actor }, permitted.updateId).catch(async (error: unknown) => {
        // The workflow's own checks go further (another level of a countersignature signed by the same person).
        if (error instanceof HttpError && error.statusCode === 403) throw await deny(db, request, { status: 403, matterId: id, reason: error.message });
        throw error;
      });
      request.log.info({ matterId: id, step: decision.step, decision: decision.decision, pending: 'pending' in outcome }, 'decision accepted');
      return answered(reply, id, permitted.updateId, outcome);
    },
  );

  app.get(
    '/api/v1/matters/:id/decisions/:updateId',
    {
      schema: {
        tags: ['matters'],
        summary: '决定的结果 / the outcome of a decision answered 202',
        description: 'The matter once it has taken the decision (200), still 202 while it has not, 404 for no such decision, 409 once the matter has closed.',
        params: idParams.extend({ updateId: z.string().min(1).max(requestLimits.paramLength) }),
        response: { 200: matterState, 202: pendingDecision, 401: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const { id, updateId } = request.params;
      await access.recorded(request, id);
      const outcome = await matters.decisionOutcome(id, updateId);
      if (!outcome) throw new HttpError(404, 'not_found', `没有该决定 / no decision ${updateId}`);
      return answered(reply, id, updateId, outcome);
    },
  );

  app.put(
    '/api/v1/matters/:id/form',
    {
      schema: {
        tags: ['matters'],
        summary: '补正后重新提交 / resubmit the corrected form after a return',
        description: "The whole form of the matter's kind, with the same unit code and applicationNo.",
        params: idParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: matterState, ...errors },
      },
    },
    async (request) => {
      const current = await access.live(request, request.params.id);
      const actor = await filingUnitActor(request, current);
      const definition = matterDefinitions[current.kind]!;
      const parsed = definition.form.safeParse(request.body);
      if (!parsed.success) throw invalidInput(issuesToFieldErrors(parsed.error).map((p) => ({ ...p, field: `body.${p.field}` })));
      await agreesWithDirectory(definition, parsed.data);
      await claimUploads(current.unitCode, current.id, parsed.data);
      const matter = await matters.resubmit(request.params.id, parsed.data, actor);
      request.log.info({ matterId: request.params.id, formVersion: matter.formVersion }, 'form resubmitted');
      return matter;
    },
  );

  app.post(
    '/api/v1/matters/:id/withdraw',
    {
      schema: {
        tags: ['matters'],
        summary: '撤回 / the unit withdraws the matter before departments handle it',
        params: idParams,
        body: withdrawalRequest,
        response: { 200: matterState, ...errors },
      },
    },
    async (request) => {
      const actor = await filingUnitActor(request, await access.live(request, request.params.id));
      const matter = await matters.withdraw(request.params.id, { ...request.body, actor });
      request.log.info({ matterId: request.params.id }, 'matter withdrawn');
      return matter;
    },
  );

  /** Where the form disagrees with the directory, or names an organisation to wait for that nobody could act for. */
  async function agreesWithDirectory<Form>(definition: MatterDefinition<Form>, form: Form) {
    const problems = await directoryProblems(db, definition, form);
    if (problems.length) throw invalidInput(problems.map((p) => ({ ...p, field: `body.${p.field}` })));
  }

  /**
   * The uploads the form names must be the unit's, as the form describes them; they are then
   * recorded as the matter's before it starts (or takes the corrected form), so the clean-up
   * leaves them and the matter's readers may read them.
   */
  async function claimUploads(organisation: string, matterId: string, form: unknown) {
    const list = (form as { materials?: Material[] }).materials ?? [];
    const wrong = await materialProblems(db, organisation, list);
    const problems = wrong.length > 0 ? wrong : await claimMaterials(db, organisation, matterId, list);
    if (problems.length > 0) throw invalidInput(problems.map((p) => ({ ...p, field: `body.${p.field}` })));
  }

  /**
   * 数据同源: a transfer from a unit that does not employ the person, or a post change from a post the
   * person does not hold, is refused naming the field. A repeated submission answers its matter as
   * it is, whatever the register holds since.
   */
  async function agreesWithRegister<Form>(definition: MatterDefinition<Form>, form: Form) {
    if (definition.kind === 'hire' || (await findMatterKeys(db, matterIdOf(definition.keys(form))))) return;
    const submitted = form as TransferForm | PostChangeForm;
    const held = (await register.inForce(submitted.person.identityNumber)).map((state) => state.employment);
    const problems = definition.kind === 'transfer' ? transferProblems(form as TransferForm, held) : postChangeProblems(form as PostChangeForm, held);
    if (problems.length) throw invalidInput(problems.map((p) => ({ ...p, field: `body.${p.field}` })));
  }

  /** Corrections and withdrawals are the filing unit's own acts. */
  async function filingUnitActor(request: FastifyRequest, matter: MatterState) {
    const actor = unitActor(callerOf(request), matter.unitCode);
    if (actor) return actor;
    throw await deny(db, request, { status: 403, matterId: matter.id, reason: '只有提交单位可以补正或撤回 / only the filing unit may correct or withdraw its matter' });
  }
};

