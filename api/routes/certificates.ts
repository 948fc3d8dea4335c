/**
 * /api/v1/matters/:id/certificates — the certificates (凭证) a matter has been issued, and each
 * one's PDF as stored at issue, so a download today has the bytes and hash it had then.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateTitle } from '../../certificates/kinds';
import { certificateKind, certificateKinds, type CertificateKind } from '../../schemas/certificate';
import { certificateFile, listCertificates } from '../../certificates/store';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';
import type { MatterAccess } from '../matter-access';

const matterParams = z.object({ id: z.string().min(1).max(120).describe('事项编号 / matter id') });
const certificateParams = matterParams.extend({ kind: certificateKind });

export const certificateItem = z.object({
  kind: certificateKind,
  title: z.string().describe('凭证名称 / title'),
  issuedAt: z.iso.datetime().describe('出具时间 / issued at'),
  sha256: z.string().nullable().describe('PDF 文件的 SHA-256，首次下载时生成 / hash of the PDF, to verify a copy; null until the first download renders it'),
  href: z.string().describe('下载地址 / where to download the PDF'),
});

const certificateList = z.object({ items: z.array(certificateItem) });

/** Fastify sends a Buffer as it is, past the zod serializer; this schema only types the reply and documents it. */
const pdfFile = z.custom<Buffer>((value) => Buffer.isBuffer(value)).meta({ type: 'string', format: 'binary' });

export const certificateRoutes: FastifyPluginAsyncZod<{ db: Database; access: MatterAccess }> = async (app, { db, access }) => {
  app.get(
    '/api/v1/matters/:id/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: '凭证列表 / the certificates issued for a matter',
        description: 'Certificates appear as the matter earns them: the acceptance receipt, each department record, the completion notice.',
        params: matterParams,
        response: { 200: certificateList, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => {
      const { id, kind } = await access.recorded(request, request.params.id);
      const rows = await listCertificates(db, id);
      const order = (k: CertificateKind) => certificateKinds.indexOf(k);
      const items = rows
        .sort((a, b) => order(a.kind) - order(b.kind))
        .map((row) => ({
          kind: row.kind,
          title: certificateTitle(row.kind, kind),
          issuedAt: row.issuedAt.toISOString(),
          sha256: row.sha256,
          href: `/api/v1/matters/${encodeURIComponent(id)}/certificates/${row.kind}`,
        }));
      return { items };
    },
  );

  app.get(
    '/api/v1/matters/:id/certificates/:kind',
    {
      schema: {
        tags: ['certificates'],
        summary: '下载凭证 / download a certificate as PDF',
        description: 'Every download is recorded in the audit trail with the caller.',
        params: certificateParams,
        produces: ['application/pdf', 'application/json'],
        response: {
          200: { description: 'PDF 凭证 / the certificate', content: { 'application/pdf': { schema: pdfFile } } },
          401: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const { id, kind: matterKind } = await access.recorded(request, request.params.id);
      const pdf = await certificateFile(db, id, kind);
      if (!pdf) {
        throw new HttpError(
          404,
          'certificate_not_issued',
          `该事项尚未出具${certificateTitle(kind, matterKind)} / no ${kind} certificate has been issued for matter ${id} (yet)`,
        );
      }
      const { file, sha256 } = pdf;
      // Each download is its own event (a HEAD is none); the audit trail has it before the bytes go out.
      if (request.method === 'GET') {
        await appendAuditEvents(db, [
          {
            eventKey: `${id}/certificate/${kind}/${randomUUID()}`,
            matterId: id,
            at: new Date(),
            actor: callerOf(request).sub,
            organisation: callerOf(request).memberships[0]?.organisation ?? null,
            action: 'certificate-downloaded',
            details: { kind, sha256, requestId: request.id },
          },
        ]);
      }
      const filename = `${certificateTitle(kind, matterKind)}-${id}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename*=UTF-8''${rfc5987(filename)}`)
        .header('etag', `"${sha256}"`)
        .send(file);
    },
  );
};

/** encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987 does not allow in a value. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
