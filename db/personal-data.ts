/**
 * The rows that hold personal data, read in batches and rewritten only when unchanged since they
 * were read, for the vault's data steps (sealing what was stored in clear, re-wrapping after a
 * key rotation) to run beside the live system.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from './client';
import { departmentLedger, matters } from './schema';

export interface StoredFormRow {
  id: string;
  kind: string;
  form: unknown;
  personIndex: string | null;
}

export function matterFormsAfter(db: Database, afterId: string, limit: number): Promise<StoredFormRow[]> {
  return db
    .select({ id: matters.id, kind: matters.kind, form: matters.form, personIndex: matters.personIndex })
    .from(matters)
    .where(gt(matters.id, afterId))
    .orderBy(asc(matters.id))
    .limit(limit);
}

/** Writes the form unless the row's form changed since it was read (a newer version came meanwhile). */
export async function replaceMatterForm(db: Database, row: StoredFormRow, form: unknown, personIndex: string | null): Promise<boolean> {
  const updated = await db
    .update(matters)
    .set({ form, personIndex })
    .where(and(eq(matters.id, row.id), sql`${matters.form} = ${JSON.stringify(row.form)}::jsonb`))
    .returning({ id: matters.id });
  return updated.length > 0;
}

export interface StoredIdentityRow {
  id: number;
  matterId: string;
  department: string;
  personIdNumber: string;
  personIndex: string | null;
}

export function ledgerIdentitiesAfter(db: Database, afterId: number, limit: number): Promise<StoredIdentityRow[]> {
  return db
    .select({ id: departmentLedger.id, matterId: departmentLedger.matterId, department: departmentLedger.department, personIdNumber: departmentLedger.personIdNumber, personIndex: departmentLedger.personIndex })
    .from(departmentLedger)
    .where(gt(departmentLedger.id, afterId))
    .orderBy(asc(departmentLedger.id))
    .limit(limit);
}

export async function replaceLedgerIdentity(db: Database, row: StoredIdentityRow, personIdNumber: string, personIndex: string | null): Promise<boolean> {
  const updated = await db
    .update(departmentLedger)
    .set({ personIdNumber, personIndex })
    .where(and(eq(departmentLedger.id, row.id), eq(departmentLedger.personIdNumber, row.personIdNumber)))
    .returning({ id: departmentLedger.id });
  return updated.length > 0;
}
