/**
 * 要件: the materials a form lists, each named by kind and pinned by its SHA-256 — and, when its
 * file was uploaded here (POST /api/v1/materials), by the upload's id, which the API checks
 * against what it holds. Pure (imported by workflow code): no I/O, clock or randomness; only zod.
 * Messages are "中文 / English".
 */
import { z } from 'zod';

/** The file types a material may be, as judged from its content; each with its media type. */
export const materialFileTypes = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;
export const materialFileType = z.enum(['pdf', 'jpeg', 'png']).describe('文件类型（按内容判定） / file type, judged from the content');
export type MaterialFileType = z.infer<typeof materialFileType>;

const sha256 = z
  .string({ error: 'SHA-256 摘要必须为字符串 / sha256 must be a string' })
  .regex(/^[0-9a-f]{64}$/, {
    error: 'SHA-256 摘要应为 64 位小写十六进制 / sha256 must be 64 lowercase hex characters',
  });

/**
 * One required material (要件) item. Without `id` it declares a file the applicant's own system
 * keeps (named by its digest), as API clients did before uploads existed; with `id` the file
 * is one uploaded here, and the API refuses the form unless that upload is the unit's own and
 * its digest and size are these.
 */
export const material = z.object({
  id: z.uuid({ error: '要件文件编号应为上传时返回的编号 / material id must be the id the upload answered' }).optional().describe('上传文件的编号 / the id POST /api/v1/materials answered'),
  kind: z
    .string({ error: '要件类型必须为字符串 / material kind must be a string' })
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
      error: '要件类型应为小写连字符代码，如 hire-approval / material kind must be a lowercase kebab-case code such as hire-approval',
    })
    .max(64, { error: '要件类型不能超过 64 个字符 / material kind must be at most 64 characters' }),
  name: z
    .string({ error: '要件名称必须为字符串 / material name must be a string' })
    .trim()
    .min(1, { error: '要件名称不能为空 / material name must not be empty' })
    .max(200, { error: '要件名称不能超过 200 个字符 / material name must be at most 200 characters' }),
  sha256,
  size: z
    .number({ error: '文件大小必须为数字 / size must be a number' })
    .int({ error: '文件大小必须为整数字节数 / size must be an integer number of bytes' })
    .positive({ error: '文件大小必须大于 0 / size must be positive' }),
});

/** A list of required materials. */
export const materialList = z.array(material, {
  error: '要件列表必须为数组 / materials must be an array',
});

export type Material = z.infer<typeof material>;

/** What an upload answers: the id a form names the file by, and what the server found it to be. */
export const uploadedMaterial = z.object({
  id: z.uuid().describe('文件编号，申请表中以此引用 / the id a form references the file by'),
  kind: materialFileType,
  mediaType: z.enum([materialFileTypes.pdf, materialFileTypes.jpeg, materialFileTypes.png]).describe('媒体类型 / media type'),
  sha256: sha256.describe('服务器计算的 SHA-256 / SHA-256 the server computed'),
  size: z.number().int().positive().describe('字节数 / bytes'),
  name: z.string().describe('上传时的文件名 / the file name given at upload'),
  createdAt: z.iso.datetime().describe('上传时间 / uploaded at'),
});
export type UploadedMaterial = z.infer<typeof uploadedMaterial>;
