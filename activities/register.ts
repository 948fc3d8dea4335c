/**
 * The personnel register kept by the matters themselves: a completed matter's form (opened from its
 * sealed record) becomes the person's new state in the register; a matter that ends otherwise
 * takes back whatever it had recorded. Idempotent, so a retry or a replay changes nothing.
 */
import { eq } from 'drizzle-orm';
import type { WageScale } from '../config/wage-scale';
import type { Database } from '../db/client';
import { matters } from '../db/schema';
import { registerChangeOf, type CompletedForm } from '../register/changes';
import { PersonnelRegister } from '../register/store';
import type { MatterKind } from '../schemas/matter';
import type { PersonalDataVault } from '../vault/vault';
import type { RegisterActivities } from './types';

export function registerActivities(db: Database, vault: PersonalDataVault, wageScale: WageScale): RegisterActivities {
  const register = new PersonnelRegister(db, vault);
  return {
    async keepRegister({ matterId, change }) {
      if (change === 'undo') return register.undo(matterId);
      const [row] = await db.select({ kind: matters.kind, form: matters.form }).from(matters).where(eq(matters.id, matterId));
      // The workflow records the matter before it completes, so a missing row is a race worth retrying.
      if (!row) throw new Error(`matter ${matterId} has no record yet`);
      const completed = { kind: row.kind, form: vault.openForm(matterId, row.kind as MatterKind, row.form) } as CompletedForm;
      const current = completed.kind === 'post-change' ? await register.employmentAt(completed.form.person.identityNumber, completed.form.unit.code) : undefined;
      await register.apply(matterId, registerChangeOf(completed, wageScale, current));
    },
  };
}
