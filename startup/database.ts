import { ensureCalendarSeeded } from '../calendar/store';
import { ensureDirectorySeeded } from '../directory/store';
import { migrateDatabase, type DatabaseHandle } from '../db/client';
import { loadWageScale } from '../config/wage-scale';
import { ensureRegisterSeeded } from '../register/seed';
import { PersonnelRegister } from '../register/store';
import { sealStoredPersonalData } from '../vault/at-rest';
import type { PersonalDataVault } from '../vault/vault';

/**
 * What every process that owns the schema does at start: committed migrations, the personal data
 * stored before it was encrypted sealed now (a no-op once done), then the seeded
 * calendar years; on the local default also the pilot's directory, whose service account has a
 * secret everyone can read in the code, and the pilot's personnel register (register/seed.ts) —
 * never in production, where administrators fill the directory and the matters the register.
 */
export async function prepareDatabase(handle: DatabaseHandle, { pilotDirectory, vault }: { pilotDirectory: boolean; vault: PersonalDataVault }): Promise<void> {
  await migrateDatabase(handle);
  await sealStoredPersonalData(handle.db, vault);
  await ensureCalendarSeeded(handle.db);
  if (!pilotDirectory) return;
  await ensureDirectorySeeded(handle.db);
  await ensureRegisterSeeded(new PersonnelRegister(handle.db, vault), loadWageScale());
}
