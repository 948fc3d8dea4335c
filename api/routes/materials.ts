/**
 * /api/v1/materials — a unit's clerk uploads a material's file (multipart, one part `file`); the
 * server judges its type from the content, computes its digest and keeps it; forms then name it
 * by id. Reading it is for the unit that uploaded it and whoever may read a matter whose form
 * names it; every download of the bytes is in the audit trail. The bytes go out as an attachment
 * (or inline, sandboxed, for the console's preview) with their judged type and `nosniff`, so a
 * browser never runs what was uploaded.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canSee } from '../../auth/access';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import type { MaterialContents } from '../../materials/contents';
import { judgeFileType } from '../../materials/file-type';
import { findMaterial, mattersUsing, recordMaterial, type MaterialRecord } from '../../materials/store';
import { materialFileTypes, uploadedMaterial, type UploadedMaterial } from '../../schemas/materials';
import { membershipsWith } from '../../schemas/principal';
import { unitCode } from '../../schemas/unit-code';
import { callerOf, deny } from '../auth';
import { errorBody, HttpError, invalidInput } from '../errors';

/** The largest file a material may be. */
export const materialMaxBytes = 20 * 1024 * 1024;

const uploadQuery = z.object({
  unit: unitCode.optional().describe('为哪个单位上传（经办人属多个单位时必填） / the unit the file is for (required when the clerk acts for several)'),
});

const fileName = z
  .string({ error: '缺少文件名 / the file has no name' })
  .trim()
  .min(1, { error: '缺少文件名 / the file has no name' })
  .max(200, { error: '文件名不能超过 200 个字符 / the file name must be at most 200 characters' });

const idParams = z.object({ id: z.uuid({ error: '文件编号格式不正确 / not a material id' }).describe('文件编号 / material id') });
const contentQuery = z.object({
  disposition: z.enum(['attachment', 'inline']).default('attachment').describe('inline：在浏览器中预览 / inline: for a preview in the browser'),
});

const binaryFile = z.custom<Buffer>((value) => Buffer.isBuffer(value)).meta({ type: 'string', format: 'binary' });

const described = ({ id, kind, sha256, size, name, createdAt }: MaterialRecord): UploadedMaterial => ({
  id,
  kind,
  mediaType: materialFileTypes[kind],
  sha256,
  size,
  name,
  createdAt: createdAt.toISOString(),
});

export const materialRoutes: FastifyPluginAsyncZod<{ db: Database; contents: MaterialContents }> = async (app, { db, contents }) => {
  app.post(
    '/api/v1/materials',
    {
      schema: {
        tags: ['materials'],
        summary: '上传要件文件 / upload a material’s file',
        description: `multipart/form-data with one part \`file\`: PDF, JPEG or PNG, judged from the content (not the name), at most ${materialMaxBytes / 1024 / 1024} MB. Answers the id a form names it by, with the SHA-256 and size the server computed. 415 for another type, 413 for a larger file. A file no form uses is removed a day after its upload.`,
        consumes: ['multipart/form-data'],
        querystring: uploadQuery,
        response: { 201: uploadedMaterial, 400: errorBody, 401: errorBody, 403: errorBody, 413: errorBody, 415: errorBody },
      },
    },
    async (request, reply) => {
      const organisation = await uploadingUnit(request, request.query.unit);
      const { name, bytes } = await receivedFile(request);
      const judged = await judgeFileType(bytes);
      if (!judged.accepted) {
        const message = `只接受 PDF、JPEG 或 PNG 文件，此文件按内容判定为 ${judged.found} / only PDF, JPEG or PNG files are accepted; this file's content is ${judged.found}`;
        throw new HttpError(415, 'unsupported_media_type', message, [{ field: 'file', message }]);
      }
      const row = await recordMaterial(db, contents, { organisation, uploadedBy: callerOf(request).sub, name, kind: judged.kind, mediaType: judged.mediaType, bytes });
      request.log.info({ materialId: row.id, kind: row.kind, size: row.size }, 'material uploaded');
      return reply.code(201).header('location', `/api/v1/materials/${row.id}`).send(described(row));
    },
  );

  app.get(
    '/api/v1/materials/:id',
    {
      schema: {
        tags: ['materials'],
        summary: '要件文件的信息 / what an uploaded material is',
        params: idParams,
        response: { 200: uploadedMaterial, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request) => described((await readable(request, request.params.id)).material),
  );

  app.get(
    '/api/v1/materials/:id/content',
    {
      schema: {
        tags: ['materials'],
        summary: '下载要件文件（记入审计） / download a material’s file (recorded in the audit trail)',
        params: idParams,
        querystring: contentQuery,
        produces: ['application/pdf', 'image/jpeg', 'image/png', 'application/json'],
        response: {
          200: {
            description: '文件内容（按判定的类型） / the bytes, as their judged type',
            content: Object.fromEntries(Object.values(materialFileTypes).map((type) => [type, { schema: binaryFile }])),
          },
          400: errorBody,
          401: errorBody,
          404: errorBody,
        },
      },
    },
    async (request, reply) => {
      const { material, matterId } = await readable(request, request.params.id);
      const bytes = await contents.get(material.id);
      if (!bytes) throw new HttpError(404, 'not_found', `没有该文件 / no material ${material.id}`);
      const caller = callerOf(request);
      // Recorded before the bytes go out, so no download escapes the trail.
      await appendAuditEvents(db, [
        {
          eventKey: `material-downloaded/${material.id}/${randomUUID()}`,
          matterId,
          at: new Date(),
          actor: caller.sub,
          organisation: caller.memberships[0]?.organisation ?? null,
          action: 'material-downloaded',
          details: { materialId: material.id, sha256: material.sha256, disposition: request.query.disposition, requestId: request.id },
        },
      ]);
      const extension = { pdf: 'pdf', jpeg: 'jpg', png: 'png' }[material.kind];
      return reply
        .header('content-type', material.mediaType)
        .header('content-length', bytes.length)
        .header('content-disposition', `${request.query.disposition}; filename="material-${material.id}.${extension}"; filename*=UTF-8''${encodeURIComponent(material.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  );

  /** The unit the caller uploads for: the one named, or the only unit it is a clerk of. */
  async function uploadingUnit(request: FastifyRequest, named: string | undefined): Promise<string> {
    const units = membershipsWith(callerOf(request), 'unit-clerk').map((m) => m.organisation);
    if (named ? units.includes(named) : units.length === 1) return named ?? units[0]!;
    if (!named && units.length > 1) throw invalidInput([{ field: 'querystring.unit', message: '您是多个单位的经办人，请指明为哪个单位上传 / you are a clerk of several units: name the unit' }]);
    throw await deny(db, request, { status: 403, reason: named ? `只能由单位 ${named} 的经办人上传 / only a clerk of unit ${named} may upload its materials` : '只有单位经办人可以上传要件 / only a unit’s clerk may upload materials' });
  }

  /**
   * The material and the matter it is read for: a material is the uploading unit's until a form
   * names it, then also readable by whoever may read one of the matters whose forms name it.
   * Anyone else is told there is no such material (denial audited).
   */
  async function readable(request: FastifyRequest, id: string): Promise<{ material: MaterialRecord; matterId: string | null }> {
    const caller = callerOf(request);
    const material = await findMaterial(db, id);
    const notFoundMessage = `没有该文件 / no material ${id}`;
    if (!material) throw new HttpError(404, 'not_found', notFoundMessage);
    const matters = await mattersUsing(db, id);
    const matter = matters.find((m) => canSee(caller, m));
    if (matter) return { material, matterId: matter.id };
    if (caller.memberships.some((m) => m.organisation === material.organisation)) return { material, matterId: matters[0]?.id ?? null };
    throw await deny(db, request, { status: 404, reason: '要件文件不属于本机构可见的事项 / the material belongs to no matter the caller may read', notFoundMessage });
  }
};

/** The one part `file`, read whole within the size limit. */
async function receivedFile(request: FastifyRequest): Promise<{ name: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new HttpError(415, 'unsupported_media_type', '请以 multipart/form-data 上传，文件放在 file 部分 / send multipart/form-data with the file in the part `file`');
  const part = await request.file({ limits: { fileSize: materialMaxBytes, files: 1, fields: 0 } });
  if (!part || part.fieldname !== 'file') throw invalidInput([{ field: 'file', message: '请选择要上传的文件（file 部分） / choose a file to upload (the part `file`)' }]);
  const name = fileName.safeParse(part.filename);
  if (!name.success) {
    part.file.resume();
    throw invalidInput([{ field: 'file', message: name.error.issues[0]!.message }]);
  }
  try {
    return { name: name.data, bytes: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw error;
    const message = `文件超过 ${materialMaxBytes / 1024 / 1024} MB 的上限 / the file is larger than the ${materialMaxBytes / 1024 / 1024} MB limit`;
    throw new HttpError(413, 'file_too_large', message, [{ field: 'file', message }]);
  }
}
