/**
 * The vault's two data steps over what PostgreSQL already holds:
 * - sealing: rows stored before encryption at rest (or by any path that wrote them in clear) get
 *   their personal values sealed and their blind index; run at every start, a no-op once done;
 * - re-wrapping: after a new key-encryption key is put first in DATA_KEYS, every data key is
 *   wrapped by it (`npm run rotate-data-keys`); the old key may leave DATA_KEYS once it reports
 *   nothing left under it.
 * Both walk the rows in batches and write a row only if it is unchanged since read, so they run
 * beside the live system; a row that changed meanwhile was written by code that seals anyway.
 */
import type { Database } from '../db/client';
import { ledgerIdentitiesAfter, matterFormsAfter, replaceLedgerIdentity, replaceMatterForm } from '../db/personal-data';
import type { MatterKind } from '../schemas/matter';
import { isSealed, keyIdOf } from './envelope';
import type { PersonalDataVault } from './vault';

const batch = 200;

export interface DataStepReport {
  /** Rows rewritten, by table. */
  matters: number;
  ledger: number;
}

export async function sealStoredPersonalData(db: Database, vault: PersonalDataVault): Promise<DataStepReport> {
  return walk(db, {
    form: (row) => {
      const stored = vault.sealForm(row.id, row.kind as MatterKind, row.form);
      return { form: stored.sealed, personIndex: stored.personIndex };
    },
    identity: (row) => ({
      personIdNumber: vault.sealLedgerIdentity(row.matterId, row.department, row.personIdNumber),
      personIndex: row.personIndex ?? vault.personIndex(vault.openLedgerIdentity(row.matterId, row.department, row.personIdNumber)),
    }),
  });
}

export async function rewrapStoredPersonalData(db: Database, vault: PersonalDataVault): Promise<DataStepReport> {
  return walk(db, {
    form: (row) => ({ form: vault.rewrapForm(row.kind as MatterKind, row.form), personIndex: row.personIndex }),
    identity: (row) => ({ personIdNumber: isSealed(row.personIdNumber) ? vault.envelope.rewrap(row.personIdNumber) : row.personIdNumber, personIndex: row.personIndex }),
  });
}

/** The key ids that wrap the data keys of the stored personal data, with how many values each: what a rotation leaves behind. */
export async function dataKeysInUse(db: Database): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  const count = (value: unknown) => {
    if (isSealed(value)) used.set(keyIdOf(value), (used.get(keyIdOf(value)) ?? 0) + 1);
    else if (Array.isArray(value)) value.forEach(count);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(count);
  };
  for (let after = ''; ; ) {
    const rows = await matterFormsAfter(db, after, batch);
    rows.forEach((row) => count(row.form));
    if (rows.length < batch) break;
    after = rows.at(-1)!.id;
  }
  for (let after = 0; ; ) {
    const rows = await ledgerIdentitiesAfter(db, after, batch);
    rows.forEach((row) => count(row.personIdNumber));
    if (rows.length < batch) break;
    after = rows.at(-1)!.id;
  }
  return used;
}

interface Changes {
  form(row: Awaited<ReturnType<typeof matterFormsAfter>>[number]): { form: unknown; personIndex: string | null };
  identity(row: Awaited<ReturnType<typeof ledgerIdentitiesAfter>>[number]): { personIdNumber: string; personIndex: string | null };
}

async function walk(db: Database, change: Changes): Promise<DataStepReport> {
  const report: DataStepReport = { matters: 0, ledger: 0 };
  for (let after = ''; ; ) {
    const rows = await matterFormsAfter(db, after, batch);
    for (const row of rows) {
      const next = change.form(row);
      if (JSON.stringify(next.form) === JSON.stringify(row.form) && next.personIndex === row.personIndex) continue;
      if (await replaceMatterForm(db, row, next.form, next.personIndex)) report.matters += 1;
    }
    if (rows.length < batch) break;
    after = rows.at(-1)!.id;
  }
  for (let after = 0; ; ) {
    const rows = await ledgerIdentitiesAfter(db, after, batch);
    for (const row of rows) {
      const next = change.identity(row);
      if (next.personIdNumber === row.personIdNumber && next.personIndex === row.personIndex) continue;
      if (await replaceLedgerIdentity(db, row, next.personIdNumber, next.personIndex)) report.ledger += 1;
    }
    if (rows.length < batch) break;
    after = rows.at(-1)!.id;
  }
  return report;
}
