/**
 * Periods as people give them: a day means the whole day in Asia/Shanghai, whatever the
 * server's time zone; a moment (ISO 8601 with its offset) means that instant.
 */
import { gte, lt, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

const dayMs = 86_400_000;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** 00:00 of a day in Asia/Shanghai. */
export const shanghaiDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** Conditions on `column` for `from` … `to`, both inclusive: days, or moments where the caller may give them. */
export function within(column: PgColumn, { from, to }: { from?: string; to?: string }): SQL[] {
  const conditions: SQL[] = [];
  if (from) conditions.push(gte(column, isDay(from) ? shanghaiDayStart(from) : new Date(from)));
  if (to) conditions.push(isDay(to) ? lt(column, new Date(shanghaiDayStart(to).getTime() + dayMs)) : lte(column, new Date(to)));
  return conditions;
}
