/** One way to page every list: the query parameters, the answer around the items, and the rows to skip. */
import { z } from 'zod';

export const paging = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码 / page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('每页条数 / items per page, at most 100'),
});

export const pageOf = <Item extends z.ZodType>(item: Item) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const offsetOf = ({ page, pageSize }: z.infer<typeof paging>) => (page - 1) * pageSize;
