/** One way to page every list: the query parameters and the answer around the items. */
import { z } from 'zod';

export const paging = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码 / page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数 / items per page, at most 100'),
});
export type Paging = z.infer<typeof paging>;

export const pageOf = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
