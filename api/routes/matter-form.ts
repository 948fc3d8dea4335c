/**
 * GET /api/v1/matters/:id/form — the matter's one form as a reviewer reads it: the fields its
 * schema marks as personal (name, identity number, birth date, phone) masked unless
 * `reveal=true` is asked, and every reveal is in the audit trail as a view of personal data,
 * with who and when. The form is opened from its sealed record only after the caller's right to
 * the matter is checked.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { findMatterForm } from '../../db/matter-form';
import { matterKind } from '../../schemas/matter';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';
import type { MatterAccess } from '../matter-access';
import type { PersonalDataVault } from '../../vault/vault';

const params = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });
const query = z.object({
  reveal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('显示完整的个人信息（记入审计） / show personal data in full (recorded in the audit trail)'),
});

export const matterForm = z.object({
  id: z.string(),
  kind: matterKind,
  formVersion: z.number().int(),
  revealed: z.boolean().describe('个人信息是否完整显示 / whether personal data is shown in full'),
  form: z.record(z.string(), z.unknown()).describe('申请表，其结构见对应事项的提交接口 / the form, shaped as the matter kind’s submission body'),
});
export type MatterForm = z.infer<typeof matterForm>;

export const matterFormRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess; vault: PersonalDataVault }> = async (app, { db, access, vault }) => {
  app.get(
    '/api/v1/matters/:id/form',
    {
      schema: {
        tags: ['matters'],
        summary: '申请表 / the matter’s form, personal data masked unless revealed',
        description: 'Name 张*, identity number 640302********051X, birth date ****-**-**, phone 138****0001 by default; `reveal=true` answers them in full and records a `personal-data-viewed` audit event.',
        params,
        querystring: query,
        response: { 200: matterForm, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { id, kind } = await access.recorded(request, request.params.id);
      const found = await findMatterForm(db, id);
      if (!found) throw new HttpError(404, 'not_found', `没有该事项 / no matter ${id}`);
      const { reveal } = request.query;
      const { form, personalFields } = vault.formForReader(id, kind, found.form, reveal);
      if (reveal) {
        const caller = callerOf(request);
        // Recorded before the data goes out, so no view escapes the trail.
        await appendAuditEvents(db, [
          {
            eventKey: `${id}/personal-data-viewed/${randomUUID()}`,
            matterId: id,
            at: new Date(),
            actor: caller.sub,
            organisation: caller.memberships[0]?.organisation ?? null,
            action: 'personal-data-viewed',
            details: { fields: personalFields, formVersion: found.formVersion, requestId: request.id },
          },
        ]);
      }
      reply.header('cache-control', 'no-store');
      return { id, kind, formVersion: found.formVersion, revealed: reveal, form };
    },
  );
};
