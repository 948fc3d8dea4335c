/**
 * A matter's workflow in Temporal UI, for administrators: its id, namespace and the address that
 * opens its history there — the local dev server's UI under `npm start`, TEMPORAL_UI_URL in
 * production (null when neither is known). Administrators operate every matter's workflow but
 * are no party to its content: this answers only where the workflow is, for any recorded matter.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { findMatterKeys } from '../../db/matters';
import { requireAdmin } from '../auth';
import { errorBody } from '../errors';
import { notFound } from '../matter-service';

export interface TemporalUi {
  /** Where Temporal UI is served, without a trailing slash; undefined when unknown. */
  url?: string;
  namespace: string;
}

export const workflowLink = z.object({
  workflowId: z.string().describe('工作流编号，即事项编号 / the workflow id: the matter id'),
  namespace: z.string(),
  url: z.url().nullable().describe('在 Temporal UI 中打开 / opens the workflow in Temporal UI; null when no UI address is configured (TEMPORAL_UI_URL)'),
});

export const workflowLinkRoutes: FastifyPluginAsyncZod<{ db: Database; temporalUi: TemporalUi }> = async (app, { db, temporalUi }) => {
  app.get(
    '/api/v1/matters/:id/workflow',
    {
      schema: {
        tags: ['matters'],
        summary: '事项的工作流 / the matter’s workflow and its address in Temporal UI (administrators)',
        params: z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') }),
        response: { 200: workflowLink, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      await requireAdmin(db, request, '查看工作流');
      const matter = await findMatterKeys(db, request.params.id);
      if (!matter) throw notFound(request.params.id);
      const { id } = matter;
      const base = temporalUi.url?.replace(/\/+$/, '');
      const url = base ? `${base}/namespaces/${encodeURIComponent(temporalUi.namespace)}/workflows/${encodeURIComponent(id)}` : null;
      return { workflowId: id, namespace: temporalUi.namespace, url };
    },
  );
};
