/**
 * 要件: the materials a form lists, each named by kind and pinned by its SHA-256.
 * Pure (imported by workflow code): no I/O, clock or randomness; only zod. Messages are "中文 / English".
 */
import { z } from 'zod';

/** One required material (要件) item. */
export const material = z.object({
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
  sha256: z
    .string({ error: 'SHA-256 摘要必须为字符串 / sha256 must be a string' })
    .regex(/^[0-9a-f]{64}$/, {
      error: 'SHA-256 摘要应为 64 位小写十六进制 / sha256 must be 64 lowercase hex characters',
    }),
  size: z
    .number({ error: '文件大小必须为数字 / size must be a number' })
    .int({ error: '文件大小必须为整数字节数 / size must be an integer number of bytes' })
    .positive({ error: '文件大小必须大于 0 / size must be positive' }),
});

/** A list of required materials. */
export const materialList = z.array(material, {
  error: '要件列表必须为数组 / materials must be an array',
});
