/**
 * What every department does with its part, whatever the department: find the matter's
 * form, check the part against the department's own ledger and rules, register it once.
 * A retried or replayed activity carries the same idempotency key and finds its own row.
 * The form is opened from its sealed record here, for the department's own use; the ledger keeps
 * the person's identity number sealed and finds the person's other registrations by blind index.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { createHash } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { departmentLedger, matters } from '../../db/schema';
import type { HireForm } from '../../schemas/forms/hire';
import type { PostChangeForm } from '../../schemas/forms/post-change';
import type { TransferForm } from '../../schemas/forms/transfer';
import type { DepartmentCode, MatterKind } from '../../schemas/matter';
import type { PersonalDataVault } from '../../vault/vault';
import { departmentRejection, type DepartmentReceipt, type DepartmentTask } from '../types';

/** What every department's activities keep their ledger with. */
export interface Ledger {
  db: Database;
  vault: PersonalDataVault;
}

/** The matter as a department sees it: its kind and its one form. */
export type MatterForm =
  | { kind: 'hire'; unitCode: string; form: HireForm }
  | { kind: 'transfer'; unitCode: string; form: TransferForm }
  | { kind: 'post-change'; unitCode: string; form: PostChangeForm };

export interface PartContext {
  task: DepartmentTask;
  matter: MatterForm;
  personIdNumber: string;
  /** The person's registrations in this department that are still in force, other matters only. */
  activeElsewhere(): Promise<{ unitCode: string; receipt: string }[]>;
}

/**
 * A department either registers its part with these details or refuses it with a reason (no
 * personal data in it). A transfer also ends what the releasing unit had registered here.
 */
export type PartDecision = { details: Record<string, unknown>; ends?: { unitCode: string } } | { refusal: string };

export async function registerPart({ db, vault }: Ledger, task: DepartmentTask, decide: (ctx: PartContext) => Promise<PartDecision>): Promise<DepartmentReceipt> {
  const { matter, receipt: registered } = await loadPart(db, vault, task);
  if (registered) return { department: task.department, receipt: registered };

  const personIdNumber = matter.form.person.identityNumber;
  const personIndex = vault.personIndex(personIdNumber);
  const receipt = receiptNumber(task.department, task.idempotencyKey);
  // One person's registrations in one department are checked and written one matter at a time:
  // the lock makes "enrolled nowhere else" and the insert one step, so two matters cannot both pass the check.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${task.department}:${personIndex}`}, 0))`);
    const decision = await decide({
      task,
      matter,
      personIdNumber,
      activeElsewhere: async () => {
        const rows = await tx
          .select({ unitCode: departmentLedger.unitCode, receipt: departmentLedger.receipt, matterId: departmentLedger.matterId })
          .from(departmentLedger)
          .where(and(eq(departmentLedger.department, task.department), eq(departmentLedger.personIndex, personIndex), inForce));
        return rows.filter((row) => row.matterId !== task.matterId);
      },
    });
    if ('refusal' in decision) throw ApplicationFailure.nonRetryable(decision.refusal, departmentRejection);
    const inserted = await tx
      .insert(departmentLedger)
      .values({
        department: task.department,
        matterId: task.matterId,
        idempotencyKey: task.idempotencyKey,
        receipt,
        unitCode: matter.unitCode,
        personIdNumber: vault.sealLedgerIdentity(task.matterId, task.department, personIdNumber),
        personIndex,
        details: decision.details,
      })
      .onConflictDoNothing({ target: departmentLedger.idempotencyKey })
      .returning({ id: departmentLedger.id });
    if (inserted.length > 0 && decision.ends) {
      await tx
        .update(departmentLedger)
        .set({ endedByMatter: task.matterId })
        .where(
          and(
            eq(departmentLedger.department, task.department),
            eq(departmentLedger.personIndex, personIndex),
            eq(departmentLedger.unitCode, decision.ends.unitCode),
            ne(departmentLedger.matterId, task.matterId),
            inForce,
          ),
        );
    }
    return { department: task.department, receipt };
  });
}

/**
 * 撤销: marks every registration this department made for the matter as revoked, and puts
 * back in force what the matter had ended (a transfer's releasing unit); repeating it changes nothing.
 */
export async function revokePart({ db }: Ledger, task: DepartmentTask): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(departmentLedger)
      .set({ revokedAt: new Date() })
      .where(and(eq(departmentLedger.matterId, task.matterId), eq(departmentLedger.department, task.department), isNull(departmentLedger.revokedAt)));
    await tx
      .update(departmentLedger)
      .set({ endedByMatter: null })
      .where(and(eq(departmentLedger.endedByMatter, task.matterId), eq(departmentLedger.department, task.department)));
  });
}

/** A registration still in force: neither revoked nor ended by a later matter. */
const inForce = and(isNull(departmentLedger.revokedAt), isNull(departmentLedger.endedByMatter));

/** Units other than `allowed` at which the person's registration in this department is still in force. */
export function heldElsewhere(rows: { unitCode: string }[], ...allowed: string[]): boolean {
  return rows.some((row) => !allowed.includes(row.unitCode));
}

/** A department asked for a part its office does not do for this kind of matter: a definition error, never retried. */
export function notHandled(department: string, kind: string): never {
  throw ApplicationFailure.nonRetryable(`${department} does not handle ${kind} matters`, 'NotHandled');
}

/** The matter's form and, if this part was registered before (a retry), its receipt: one round trip. */
async function loadPart(db: Database, vault: PersonalDataVault, task: DepartmentTask): Promise<{ matter: MatterForm; receipt: string | null }> {
  const [row] = await db
    .select({ kind: matters.kind, unitCode: matters.unitCode, form: matters.form, receipt: departmentLedger.receipt })
    .from(matters)
    .leftJoin(departmentLedger, eq(departmentLedger.idempotencyKey, task.idempotencyKey))
    .where(eq(matters.id, task.matterId));
  // The workflow records the form before any department runs, so a missing row is a transient race worth retrying.
  if (!row) throw new Error(`matter ${task.matterId} has no recorded form yet`);
  // The stored form passed the form schema of its kind at submission, so it is not parsed again here.
  const form = vault.openForm(task.matterId, row.kind as MatterKind, row.form);
  return { matter: { kind: row.kind, unitCode: row.unitCode, form } as MatterForm, receipt: row.receipt };
}

const receiptPrefixes: Record<DepartmentCode, string> = {
  personnel: 'RS',
  wage: 'GZ',
  pension: 'YL',
  injury: 'GS',
  unemployment: 'SY',
  sscard: 'SB',
  archive: 'DA',
  employment: 'JY',
};

/** Derived from the idempotency key, so every attempt of a part names the same receipt. */
function receiptNumber(department: DepartmentCode, idempotencyKey: string): string {
  return `${receiptPrefixes[department]}${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 12).toUpperCase()}`;
}
