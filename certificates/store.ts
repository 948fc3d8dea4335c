/**
 * Certificates in PostgreSQL: issued once per matter and kind with what they attest and its
 * signature; the PDF is rendered from that on its first download and kept, so its bytes and
 * hash never change after. A withdrawn or rejected matter's certificates are revoked, with the
 * moment, and stay on record for verification to say so.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import { appendEvents, certificateEvent } from '../db/events';
import { certificates, departmentLedger, matters } from '../db/schema';
import type { CertificateKind, StoredCertificate } from '../schemas/certificate';
import type { DepartmentCode, MatterKind, MatterStatus } from '../schemas/matter';
import type { MatterRecord, Registration } from './compose';
import { fromStored, renderCertificate, storedCertificate } from './render';
import type { Revocation } from './revocation';
import type { SealedCertificate } from './seal';

/** The kinds among `kinds` the matter already holds. */
export async function heldCertificates(db: Database, matterId: string, kinds: readonly CertificateKind[]): Promise<Set<CertificateKind>> {
  const rows = await db
    .select({ kind: certificates.kind })
    .from(certificates)
    .where(and(eq(certificates.matterId, matterId), inArray(certificates.kind, [...kinds])));
  return new Set(rows.map((row) => row.kind));
}

/**
 * Keeps what each certificate attests and its signature (`revokedAt` for one issued to a matter
 * already withdrawn or rejected); one already on record stays as it is. In the same transaction,
 * those watching the matter are told of each new one, so they can download it.
 */
export async function storeCertificates(db: Database, matterId: string, issued: readonly { sealed: SealedCertificate; revokedAt?: Date }[]): Promise<void> {
  if (issued.length === 0) return;
  await db.transaction(async (tx) => {
    const stored = await tx
      .insert(certificates)
      .values(issued.map(({ sealed: { input, certificateId, jws }, revokedAt }) => ({ matterId, kind: input.kind, content: storedCertificate(input), issuedAt: input.issuedAt, certificateId, jws, revokedAt: revokedAt ?? null })))
      .onConflictDoNothing({ target: [certificates.matterId, certificates.kind] })
      .returning({ kind: certificates.kind, issuedAt: certificates.issuedAt });
    if (stored.length === 0) return;
    const [matter] = await tx.select({ region: matters.region, parties: matters.parties }).from(matters).where(eq(matters.id, matterId));
    if (matter) await appendEvents(tx, stored.map(({ kind, issuedAt }) => certificateEvent({ matterId, kind, issuedAt: issuedAt.toISOString() }, matter)));
  });
}

/**
 * Takes the matter's certificates out of force (but those `revocation` keeps), and appends one
 * `certificate-revoked` audit event per certificate out of force, keyed by it: a repeated call
 * changes nothing and adds nothing, and one retried after a failure between the two still audits.
 */
export async function revokeCertificates(db: Database, matterId: string, revocation: Revocation): Promise<void> {
  const outOfForce = and(eq(certificates.matterId, matterId), revocation.keep.length ? notInArray(certificates.kind, [...revocation.keep]) : undefined);
  await db
    .update(certificates)
    .set({ revokedAt: revocation.at })
    .where(and(outOfForce, isNull(certificates.revokedAt)));
  const revoked = await db.select({ kind: certificates.kind, certificateId: certificates.certificateId, revokedAt: certificates.revokedAt }).from(certificates).where(outOfForce);
  await appendAuditEvents(
    db,
    revoked.map(({ kind, certificateId, revokedAt }) => ({
      eventKey: `${matterId}/certificate-revoked/${kind}`,
      matterId,
      at: revokedAt!,
      actor: 'system',
      action: 'certificate-revoked',
      details: { kind, certificateId },
    })),
  );
}

/** A certificate as `/verify` reads it, found by its id. */
export interface CertificateRecord {
  certificateId: string;
  content: StoredCertificate;
  jws: string | null;
  revokedAt: Date | null;
  matterStatus: MatterStatus;
}

export async function findCertificate(db: Database, certificateId: string): Promise<CertificateRecord | undefined> {
  const [row] = await db
    .select({ certificateId: certificates.certificateId, content: certificates.content, jws: certificates.jws, revokedAt: certificates.revokedAt, matterStatus: matters.status })
    .from(certificates)
    .innerJoin(matters, eq(matters.id, certificates.matterId))
    .where(eq(certificates.certificateId, certificateId));
  return row && { ...row, certificateId: row.certificateId!, matterStatus: row.matterStatus as MatterStatus };
}

/** What certificates are composed from: the matter's record and the registrations in force, earlier ones first. */
export async function certificateSource(db: Database, matterId: string): Promise<{ matter: MatterRecord; registrations: Registration[] } | undefined> {
  const [row] = await db
    .select({
      id: matters.id,
      kind: matters.kind,
      region: matters.region,
      status: matters.status,
      form: matters.form,
      departments: matters.departments,
      decisions: matters.decisions,
      sla: matters.sla,
      acceptedAt: matters.acceptedAt,
      completedAt: matters.completedAt,
      outcome: matters.outcome,
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
    matter: { ...row, kind: row.kind as MatterKind, status: row.status as MatterStatus },
    registrations: ledger.map((entry) => ({ ...entry, department: entry.department as DepartmentCode })),
  };
}

export async function listCertificates(db: Database, matterId: string): Promise<{ kind: CertificateKind; sha256: string | null; issuedAt: Date }[]> {
  return db.select({ kind: certificates.kind, sha256: certificates.sha256, issuedAt: certificates.issuedAt }).from(certificates).where(eq(certificates.matterId, matterId));
}

/** A certificate's PDF and its hash, rendered and kept on its first download; undefined when it has not been issued. */
export async function certificateFile(db: Database, matterId: string, kind: CertificateKind): Promise<{ file: Buffer; sha256: string } | undefined> {
  const [row] = await db
    .select({ file: certificates.file, sha256: certificates.sha256, content: certificates.content, certificateId: certificates.certificateId, jws: certificates.jws })
    .from(certificates)
    .where(and(eq(certificates.matterId, matterId), eq(certificates.kind, kind)));
  if (!row) return undefined;
  if (row.file && row.sha256) return { file: row.file, sha256: row.sha256 };
  // Certificates issued before signing existed have nothing to verify by but their matter number.
  const verification = row.certificateId && row.jws && row.content.verifyAt ? { certificateId: row.certificateId, url: `${row.content.verifyAt}#${row.jws}` } : undefined;
  // Rendering is deterministic, so a concurrent first download stores the same bytes.
  const file = await renderCertificate(fromStored(row.content), verification);
  const sha256 = createHash('sha256').update(file).digest('hex');
  await db.update(certificates).set({ file, sha256 }).where(and(eq(certificates.matterId, matterId), eq(certificates.kind, kind), isNull(certificates.file)));
  return { file, sha256 };
}
