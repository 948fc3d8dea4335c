import { ensureCalendarSeeded } from '../calendar/store';
import { migrateDatabase, type DatabaseHandle } from './client';

/** What every process that owns the schema does at start: committed migrations, then the seeded calendar years. */
export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  await ensureCalendarSeeded(handle.db);
}
