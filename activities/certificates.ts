/**
 * 出具凭证: fixes what each of a matter's certificates attests, from its record, once. A
 * retried or repeated call finds them already issued and keeps them unchanged. Rendering the
 * PDF (hundreds of milliseconds of CPU) waits for the first download, off the worker.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { composeCertificate, CertificateUnavailable, type MatterRecord, type Registration } from '../certificates/compose';
import { storedCertificate } from '../certificates/render';
import type { Database } from '../db/client';
import { certificates, departmentLedger, matters } from '../db/schema';
import type { DepartmentCode, MatterKind } from '../schemas/matter';
import type { CertificateActivities } from './types';

export function certificateActivities(db: Database): CertificateActivities {
  return {
    async issueCertificates({ matterId, kinds }) {
      const asked = [...new Set(kinds)];
      const stored = await db
        .select({ kind: certificates.kind })
        .from(certificates)
        .where(and(eq(certificates.matterId, matterId), inArray(certificates.kind, asked)));
      const held = new Set(stored.map((row) => row.kind));
      const missing = asked.filter((kind) => !held.has(kind));
      if (missing.length === 0) return asked;

      const { matter, registrations } = await loadRecord(db, matterId);
      const now = new Date();
      for (const kind of missing) {
        const input = compose(() => composeCertificate(kind, matter, registrations, now));
        if (!input) continue;
        await db.insert(certificates).values({ matterId, kind, content: storedCertificate(input), issuedAt: input.issuedAt }).onConflictDoNothing();
        held.add(kind);
      }
      return asked.filter((kind) => held.has(kind));
    },
  };
}

/** A record that cannot make a certificate stays unable to on every retry, so the workflow hears of it at once. */
function compose<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof CertificateUnavailable) throw ApplicationFailure.nonRetryable(error.message, 'CertificateUnavailable');
    throw error;
  }
}

async function loadRecord(db: Database, matterId: string): Promise<{ matter: MatterRecord; registrations: Registration[] }> {
  const [row] = await db
    .select({
      id: matters.id,
      kind: matters.kind,
      region: matters.region,
      form: matters.form,
      departments: matters.departments,
      decisions: matters.decisions,
      completedAt: matters.completedAt,
    })
    .from(matters)
    .where(eq(matters.id, matterId));
  // The workflow records the matter before it asks for certificates, so a missing row is a race worth retrying.
  if (!row) throw new Error(`matter ${matterId} has no record yet`);
  const ledger = await db
    .select({ department: departmentLedger.department, receipt: departmentLedger.receipt, details: departmentLedger.details, registeredAt: departmentLedger.registeredAt })
    .from(departmentLedger)
    .where(and(eq(departmentLedger.matterId, matterId), isNull(departmentLedger.revokedAt)))
    // A part registered again after a correction supersedes the earlier one.
    .orderBy(departmentLedger.id);
  return {
    matter: { ...row, kind: row.kind as MatterKind },
    registrations: ledger.map((entry) => ({ ...entry, department: entry.department as DepartmentCode })),
  };
}
