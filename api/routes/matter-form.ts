/**
 * GET /api/v1/matters/:id/form — the matter's one form as a reviewer reads it: the person's
 * name, identity number and phone masked unless `reveal=true` is asked, and every reveal is in
 * the audit trail as a view of personal data, with who and when.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskIdentityNumber, maskName } from '../../certificates/mask';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { findMatterForm } from '../../db/matter-form';
import { matterKind } from '../../schemas/matter';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';
import type { MatterAccess } from '../matter-access';

const params = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });
const query = z.object({
  reveal: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('显示完整的个人信息（记入审计） / show personal data in full (recorded in the audit trail)'),
});

/** The person's fields a reader sees masked; the same in every kind's form. */
const personalFields = ['person.name', 'person.identityNumber', 'person.phone'] as const;

export const matterForm = z.object({
  id: z.string(),
  kind: matterKind,
  formVersion: z.number().int(),
  revealed: z.boolean().describe('个人信息是否完整显示 / whether personal data is shown in full'),
  form: z.record(z.string(), z.unknown()).describe('申请表，其结构见对应事项的提交接口 / the form, shaped as the matter kind’s submission body'),
});
export type MatterForm = z.infer<typeof matterForm>;

/** 13800001234 → 138****1234: the carrier prefix and the last four stay. */
export function maskPhone(phone: string): string {
  const value = phone.trim();
  return value.length <= 7 ? '*'.repeat(value.length) : value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

function masked(form: Record<string, unknown>): Record<string, unknown> {
  const person = form.person as Record<string, unknown> | undefined;
  if (!person) return form;
  const text = (value: unknown, mask: (v: string) => string) => (typeof value === 'string' ? mask(value) : value);
  return {
    ...form,
    person: { ...person, name: text(person.name, maskName), identityNumber: text(person.identityNumber, maskIdentityNumber), phone: text(person.phone, maskPhone) },
  };
}

export const matterFormRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess }> = async (app, { db, access }) => {
  app.get(
    '/api/v1/matters/:id/form',
    {
      schema: {
        tags: ['matters'],
        summary: '申请表 / the matter’s form, personal data masked unless revealed',
        description: 'Name 张*, identity number 640302********051X, phone 138****0001 by default; `reveal=true` answers them in full and records a `personal-data-viewed` audit event.',
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
            details: { fields: [...personalFields], formVersion: found.formVersion, requestId: request.id },
          },
        ]);
      }
      reply.header('cache-control', 'no-store');
      return { id, kind, formVersion: found.formVersion, revealed: reveal, form: reveal ? found.form : masked(found.form) };
    },
  );
};
