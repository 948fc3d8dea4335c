import { ensureCalendarSeeded } from '../calendar/store';
import { ensureDirectorySeeded } from '../directory/store';
import { migrateDatabase, type DatabaseHandle } from './client';

/** What every process that owns the schema does at start: committed migrations, then the seeded calendar years and directory. */
export async function prepareDatabase(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  await ensureCalendarSeeded(handle.db);
  await ensureDirectorySeeded(handle.db);
}
