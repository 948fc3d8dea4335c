/**
 * The personnel register on a real PostgreSQL: a matter's change applied twice is one change; a
 * transfer ends the releasing unit's state and its undoing puts it back; the person is sealed at
 * rest and found only by blind index; a key rotation re-wraps every person and leaves them readable.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec } from '../../config/key-spec';
import { loadWageScale } from '../../config/wage-scale';
import { personnelRegister } from '../../db/schema';
import { registerChangeOf } from '../../register/changes';
import { ensureRegisterSeeded } from '../../register/seed';
import { PersonnelRegister } from '../../register/store';
import { transferFormFor } from '../../samples/forms';
import { generateBlindIndexKey, vaultOf } from '../../vault/keys';
import { freshDatabase, type TestDatabase } from '../support/harness';

const scale = loadWageScale();
const [oldKey, newKey, indexKey] = [generateKeySpec('regold'), generateKeySpec('regnew'), generateBlindIndexKey()];
let db: TestDatabase;
let register: PersonnelRegister;

beforeAll(async () => {
  db = await freshDatabase();
  register = new PersonnelRegister(db.db, vaultOf(oldKey, indexKey));
  await ensureRegisterSeeded(register, scale);
});

afterAll(async () => {
  await db?.drop();
});

describe('the personnel register in PostgreSQL', () => {
  const transfer = transferFormFor({ applicationNo: 'REG-STORE-1' });
  const lisi = transfer.person.identityNumber;
  const matterId = `${transfer.unit.code}-${transfer.applicationNo}`;

  it('seeds once, and keeps the person sealed, found by blind index', async () => {
    await ensureRegisterSeeded(register, scale);
    const rows = await db.db.select().from(personnelRegister);
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(lisi);
    expect(JSON.stringify(rows)).not.toContain(transfer.person.name);
    const [state] = await register.inForce(lisi);
    expect(state).toMatchObject({ person: transfer.person, employment: { unit: { code: transfer.releasingUnit.code } }, madeBy: 'seed:transfer-sample' });
  });

  it('applies a transfer once however often it is asked, and its undoing puts the releasing unit’s state back', async () => {
    const change = registerChangeOf({ kind: 'transfer', form: transfer }, scale);
    await Promise.all([register.apply(matterId, change), register.apply(matterId, change)]);
    await register.apply(matterId, change);
    expect((await register.inForce(lisi)).map((state) => [state.employment.unit.code, state.madeBy])).toEqual([[transfer.unit.code, matterId]]);
    const [ended] = await db.db.select().from(personnelRegister).where(eq(personnelRegister.madeBy, 'seed:transfer-sample'));
    expect(ended?.endedBy).toBe(matterId);

    await register.undo(matterId);
    await register.undo(matterId);
    expect((await register.inForce(lisi)).map((state) => [state.employment.unit.code, state.madeBy])).toEqual([[transfer.releasingUnit.code, 'seed:transfer-sample']]);
  });

  it('re-wraps every person under a new key, and they stay readable with it alone', async () => {
    const rotating = new PersonnelRegister(db.db, vaultOf(`${newKey},${oldKey}`, indexKey));
    expect(await rotating.rewrap()).toEqual({ rewrapped: 2, keysInUse: new Map([['regnew', 2]]) });
    expect(await rotating.rewrap()).toEqual({ rewrapped: 0, keysInUse: new Map([['regnew', 2]]) });
    const [state] = await new PersonnelRegister(db.db, vaultOf(newKey, indexKey)).inForce(lisi);
    expect(state?.person).toEqual(transfer.person);
  });
});
