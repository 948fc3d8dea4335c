/**
 * /api/v1/matters/:id/flow.svg and /api/v1/definitions/:kind/{flow.svg,bpmn} — a matter's live
 * flowchart (seen by whoever may see the matter), the blank chart of each kind and its BPMN
 * export (for any signed-in caller). The drawing is the flow/ module's.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { definitionBpmn, definitionFlowSvg, matterFlowSvg } from '../../flow';
import { matterDefinitions } from '../../matters';
import { matterKind } from '../../schemas/matter';
import { errorBody } from '../errors';
import type { MatterAccess } from '../matter-access';

const matterParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });
const kindParams = z.object({ kind: matterKind });

/** Text documents sent as they are; these schemas only document the replies. */
const svgDocument = { description: 'SVG 流程图 / the flowchart', content: { 'image/svg+xml': { schema: z.string() } } };
const bpmnDocument = { description: 'BPMN 2.0 XML（含 BPMN DI 图形）/ BPMN 2.0 with its diagram', content: { 'application/xml': { schema: z.string() } } };

export const flowRoutes: FastifyPluginAsyncZod<{ access: MatterAccess }> = async (app, { access }) => {
  app.get(
    '/api/v1/matters/:id/flow.svg',
    {
      schema: {
        tags: ['flow'],
        summary: '事项流程图 / the matter’s live flowchart',
        description:
          'Drawn from the matter’s definition and coloured by its state now: each node a `<g class="node state-…" data-node="…">` (done, waiting with its due time, yellow, red, returned, failed, revoked, not-reached).',
        params: matterParams,
        produces: ['image/svg+xml', 'application/json'],
        response: { 200: svgDocument, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const matter = await access.live(request, request.params.id);
      const svg = await matterFlowSvg(matterDefinitions[matter.kind], matter);
      // The state changes with every decision; a cached picture would show an old one.
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').header('cache-control', 'no-store').send(svg);
    },
  );

  app.get(
    '/api/v1/definitions/:kind/flow.svg',
    {
      schema: {
        tags: ['flow'],
        summary: '空白流程图 / the blank flowchart of a kind of matter',
        description: 'Every path a matter of the kind may take, none reached; dashed where only some matters go (countersignature, a second competent department).',
        params: kindParams,
        produces: ['image/svg+xml', 'application/json'],
        response: { 200: svgDocument, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const svg = await definitionFlowSvg(matterDefinitions[request.params.kind]);
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').send(svg);
    },
  );

  app.get(
    '/api/v1/definitions/:kind/bpmn',
    {
      schema: {
        tags: ['flow'],
        summary: 'BPMN 2.0 导出 / the blank flowchart as BPMN 2.0 XML',
        description: 'Not executable (the matter runs on Temporal); with BPMN DI, so Camunda Modeler or bpmn.io opens it drawn.',
        params: kindParams,
        produces: ['application/xml', 'application/json'],
        response: { 200: bpmnDocument, 400: errorBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="yijianshi-${kind}.bpmn"`)
        .send(await definitionBpmn(matterDefinitions[kind]));
    },
  );
};
