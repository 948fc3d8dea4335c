/**
 * The paged list every store answers: one page of rows and the total the filter matches, the
 * two queries run side by side over the same condition.
 */
import { count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Paging } from '../schemas/paging';
import type { Database } from './client';

export interface Paged<Item> {
  items: Item[];
  total: number;
}

/** `rows` selects one page (the limit and offset given); the total counts every row of `table` that `where` matches. */
export async function pagedQuery<Row>(
  db: Pick<Database, 'select'>,
  { table, where, paging, rows }: { table: PgTable; where: SQL | undefined; paging: Paging; rows: (page: { limit: number; offset: number }) => Promise<Row[]> },
): Promise<Paged<Row>> {
  const [items, [totals]] = await Promise.all([
    rows({ limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }),
    db.select({ total: count() }).from(table).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}
