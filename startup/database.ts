import { ensureCalendarSeeded } from '../calendar/store';
import { ensureDirectorySeeded } from '../directory/store';
import { migrateDatabase, type DatabaseHandle } from '../db/client';

/**
 * What every process that owns the schema does at start: committed migrations, then the seeded
 * calendar years; on the local default also the pilot's directory, whose service account has a
 * secret everyone can read in the code — never in production, where administrators fill it.
 */
export async function prepareDatabase(handle: DatabaseHandle, { pilotDirectory }: { pilotDirectory: boolean }): Promise<void> {
  await migrateDatabase(handle);
  await ensureCalendarSeeded(handle.db);
  if (pilotDirectory) await ensureDirectorySeeded(handle.db);
}
