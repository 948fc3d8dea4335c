/**
 * Certificates in PostgreSQL: issued once per matter and kind with what they attest; the PDF is
 * rendered from that on its first download and kept, so its bytes and hash never change after.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { certificates, departmentLedger, matters } from '../db/schema';
import type { CertificateInput, CertificateKind } from '../schemas/certificate';
import type { DepartmentCode, MatterKind } from '../schemas/matter';
import type { MatterRecord, Registration } from './compose';
import { fromStored, renderCertificate, storedCertificate } from './render';

/** The kinds among `kinds` the matter already holds. */
export async function heldCertificates(db: Database, matterId: string, kinds: readonly CertificateKind[]): Promise<Set<CertificateKind>> {
  const rows = await db
    .select({ kind: certificates.kind })
    .from(certificates)
    .where(and(eq(certificates.matterId, matterId), inArray(certificates.kind, [...kinds])));
  return new Set(rows.map((row) => row.kind as CertificateKind));
}

/** Keeps what a certificate attests; one already on record stays as it is. */
export async function storeCertificate(db: Database, matterId: string, input: CertificateInput): Promise<void> {
  await db.insert(certificates).values({ matterId, kind: input.kind, content: storedCertificate(input), issuedAt: input.issuedAt }).onConflictDoNothing();
}

/** What certificates are composed from: the matter's record and the registrations in force, earlier ones first. */
export async function certificateSource(db: Database, matterId: string): Promise<{ matter: MatterRecord; registrations: Registration[] } | undefined> {
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
  if (!row) return undefined;
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

export async function listCertificates(db: Database, matterId: string): Promise<{ kind: CertificateKind; sha256: string | null; issuedAt: Date }[]> {
  const rows = await db.select({ kind: certificates.kind, sha256: certificates.sha256, issuedAt: certificates.issuedAt }).from(certificates).where(eq(certificates.matterId, matterId));
  return rows.map((row) => ({ ...row, kind: row.kind as CertificateKind }));
}

/** A certificate's PDF and its hash, rendered and kept on its first download; undefined when it has not been issued. */
export async function certificateFile(db: Database, matterId: string, kind: CertificateKind): Promise<{ file: Buffer; sha256: string } | undefined> {
  const [row] = await db
    .select({ file: certificates.file, sha256: certificates.sha256, content: certificates.content })
    .from(certificates)
    .where(and(eq(certificates.matterId, matterId), eq(certificates.kind, kind)));
  if (!row) return undefined;
  if (row.file && row.sha256) return { file: row.file, sha256: row.sha256 };
  // Rendering is deterministic, so a concurrent first download stores the same bytes.
  const file = await renderCertificate(fromStored(row.content));
  const sha256 = createHash('sha256').update(file).digest('hex');
  await db.update(certificates).set({ file, sha256 }).where(and(eq(certificates.matterId, matterId), eq(certificates.kind, kind), isNull(certificates.file)));
  return { file, sha256 };
}
