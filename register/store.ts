/**
 * The personnel register in PostgreSQL. The person is sealed (AES-256-GCM, vault/) bound to the
 * row's maker, and every lookup goes by the blind index of the identity number. Writes are
 * idempotent: a matter makes at most one state (unique `made_by`), and ends the state it replaces
 * only when it made its own; undoing a matter deletes what it made and puts back in force what it
 * ended. One person's changes run one at a time (an advisory lock on the blind index).
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { personnelRegister } from '../db/schema';
import { registerEmployment, registerPerson, type RegisterEmployment } from '../schemas/register';
import { keyIdOf } from '../vault/envelope';
import type { PersonalDataVault } from '../vault/vault';
import type { RegisterChange } from './changes';
import type { RegisterState } from './prefill';

const personContext = (madeBy: string) => `personnel_register/${madeBy}/person`;
const inForce = isNull(personnelRegister.endedBy);

export class PersonnelRegister {
  constructor(
    private readonly db: Database,
    private readonly vault: PersonalDataVault,
  ) {}

  /** The person's states in force, one per unit employing them, newest first. */
  async inForce(identityNumber: string): Promise<RegisterState[]> {
    const rows = await this.db
      .select()
      .from(personnelRegister)
      .where(and(eq(personnelRegister.personIndex, this.vault.personIndex(identityNumber)), inForce))
      .orderBy(sql`${personnelRegister.id} desc`);
    return rows.map((row) => ({
      person: registerPerson.parse(JSON.parse(this.vault.envelope.open(row.person, personContext(row.madeBy)))),
      employment: registerEmployment.parse(row.employment),
      madeBy: row.madeBy,
    }));
  }

  /** The employment in force at `unitCode`, which a post change builds on. */
  async employmentAt(identityNumber: string, unitCode: string): Promise<RegisterEmployment | undefined> {
    return (await this.inForce(identityNumber)).find((state) => state.employment.unit.code === unitCode)?.employment;
  }

  /** Records `change` as made by `madeBy`; repeating it changes nothing. */
  async apply(madeBy: string, change: RegisterChange): Promise<void> {
    const personIndex = this.vault.personIndex(change.person.identityNumber);
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`register:${personIndex}`}, 0))`);
      const inserted = await tx
        .insert(personnelRegister)
        .values({
          personIndex,
          person: this.vault.envelope.seal(JSON.stringify(change.person), personContext(madeBy)),
          unitCode: change.employment.unit.code,
          employment: change.employment,
          madeBy,
        })
        .onConflictDoNothing({ target: personnelRegister.madeBy })
        .returning({ id: personnelRegister.id });
      if (inserted.length === 0 || !change.ends) return;
      await tx
        .update(personnelRegister)
        .set({ endedBy: madeBy })
        .where(and(eq(personnelRegister.personIndex, personIndex), eq(personnelRegister.unitCode, change.ends), ne(personnelRegister.madeBy, madeBy), inForce));
    });
  }

  /** 撤销: what `madeBy` made is gone and what it ended is in force again; repeating it changes nothing. */
  async undo(madeBy: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(personnelRegister).where(eq(personnelRegister.madeBy, madeBy));
      await tx.update(personnelRegister).set({ endedBy: null }).where(eq(personnelRegister.endedBy, madeBy));
    });
  }

  /**
   * Key rotation (`npm run rotate-data-keys`): every person's data key wrapped by the current
   * key-encryption key, a row written only if unchanged since read; answers how many were
   * rewritten and which keys still wrap how many values.
   */
  async rewrap(): Promise<{ rewrapped: number; keysInUse: Map<string, number> }> {
    let rewrapped = 0;
    const keysInUse = new Map<string, number>();
    for (const row of await this.db.select({ id: personnelRegister.id, person: personnelRegister.person }).from(personnelRegister)) {
      const next = this.vault.envelope.rewrap(row.person);
      if (next !== row.person) {
        const written = await this.db
          .update(personnelRegister)
          .set({ person: next })
          .where(and(eq(personnelRegister.id, row.id), eq(personnelRegister.person, row.person)))
          .returning({ id: personnelRegister.id });
        rewrapped += written.length;
      }
      keysInUse.set(keyIdOf(next), (keysInUse.get(keyIdOf(next)) ?? 0) + 1);
    }
    return { rewrapped, keysInUse };
  }
}
