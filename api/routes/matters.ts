/**
 * /api/v1/matters — submit the one form, read and list matters, decide, correct, withdraw.
 * Every body, path and query is a zod schema; the OpenAPI document is generated from them.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { issuesToFieldErrors, regionCode, unitCode } from '../../schemas/domain';
import { matterDefinitions } from '../../matters';
import { decisionInput, matterKind, matterState, matterStatus, withdrawalInput } from '../../schemas/matter';
import { matterStarted } from '../../observability/metrics';
import { pageOf, paging } from '../paging';
import { errorBody, invalidInput } from '../errors';
import { notFound, type MatterService } from '../matter-service';

const idParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });

const listQuery = z.object({
  kind: matterKind.optional(),
  status: matterStatus.optional(),
  unitCode: unitCode.optional(),
  region: regionCode.optional(),
  from: z.iso.date().optional().describe('提交日期起 (含) / submitted on or after, Asia/Shanghai'),
  to: z.iso.date().optional().describe('提交日期止 (含) / submitted on or before, Asia/Shanghai'),
}).extend(paging.shape);

const matterList = pageOf(matterState);

const errors = { 400: errorBody, 404: errorBody, 409: errorBody };

export const matterRoutes: FastifyPluginAsyncZod<{ matters: MatterService }> = async (app, { matters }) => {
  for (const definition of Object.values(matterDefinitions)) {
    app.post(
      `/api/v1/matters/${definition.kind}`,
      {
        schema: {
          tags: ['matters'],
          summary: `提交${definition.title}申请 / submit a ${definition.kind} matter`,
          description: 'The business key is unit.code + applicationNo: the same key again answers 200 with the same matter.',
          body: definition.form,
          response: { 200: matterState, 202: matterState, ...errors },
        },
      },
      async (request, reply) => {
        const { created, matter } = await matters.submit(definition, request.body);
        if (created) matterStarted(definition.kind);
        request.log.info({ matterId: matter.id, created }, created ? 'matter submitted' : 'repeated submission');
        return reply.code(created ? 202 : 200).header('location', `/api/v1/matters/${matter.id}`).send(matter);
      },
    );
  }

  app.get(
    '/api/v1/matters/:id',
    { schema: { tags: ['matters'], summary: '事项进度 / a matter and its progress', params: idParams, response: { 200: matterState, 404: errorBody } } },
    async (request) => {
      const matter = await matters.find(request.params.id);
      if (!matter) throw notFound(request.params.id);
      return matter;
    },
  );

  app.get(
    '/api/v1/matters',
    { schema: { tags: ['matters'], summary: '事项列表 / list matters', querystring: listQuery, response: { 200: matterList, 400: errorBody } } },
    async (request) => {
      const { items, total } = await matters.list(request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/v1/matters/:id/decisions',
    {
      schema: {
        tags: ['matters'],
        summary: '审核决定 / decide the step the matter waits for',
        description: '409 when the matter does not wait for that step or it was already decided.',
        params: idParams,
        body: decisionInput,
        response: { 200: matterState, ...errors },
      },
    },
    async (request) => {
      const matter = await matters.decide(request.params.id, request.body);
      request.log.info({ matterId: request.params.id, step: request.body.step, decision: request.body.decision }, 'decision accepted');
      return matter;
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
      const current = await matters.find(request.params.id);
      if (!current) throw notFound(request.params.id);
      const parsed = matterDefinitions[current.kind]!.form.safeParse(request.body);
      if (!parsed.success) throw invalidInput(issuesToFieldErrors(parsed.error).map((p) => ({ ...p, field: `body.${p.field}` })));
      const matter = await matters.resubmit(request.params.id, parsed.data);
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
        body: withdrawalInput,
        response: { 200: matterState, ...errors },
      },
    },
    async (request) => {
      const matter = await matters.withdraw(request.params.id, request.body);
      request.log.info({ matterId: request.params.id }, 'matter withdrawn');
      return matter;
    },
  );
};
