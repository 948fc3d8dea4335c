/**
 * The vault's data steps on a real PostgreSQL: rows stored in clear before encryption at rest are
 * sealed at start-up (once: a second start changes nothing), and a rotation re-wraps every data
 * key under the new key-encryption key, after which the new key alone reads everything.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeySpec } from '../../config/key-spec';
import { departmentLedger, matters } from '../../db/schema';
import { hireFormFor } from '../../samples/forms';
import { dataKeysInUse, rewrapStoredPersonalData, sealStoredPersonalData } from '../../vault/at-rest';
import { generateBlindIndexKey, vaultOf } from '../../vault/keys';
import { freshDatabase, type TestDatabase } from '../support/harness';

let db: TestDatabase;
const oldKey = generateKeySpec('old');
const newKey = generateKeySpec('new');
const indexKey = generateBlindIndexKey();
const before = vaultOf(oldKey, indexKey);
const during = vaultOf(`${newKey},${oldKey}`, indexKey);
const after = vaultOf(newKey, indexKey);
const form = hireFormFor({ applicationNo: 'AT-REST-1', identitySuffix: '417' });
const id = `${form.unit.code}-${form.applicationNo}`;

beforeAll(async () => {
  db = await freshDatabase();
  const now = new Date();
  // As rows looked before encryption at rest: the form and the ledger's identity number in clear.
  await db.db.insert(matters).values({
    id, kind: 'hire', unitCode: form.unit.code, applicationNo: form.applicationNo, region: '640300', status: 'completed', stage: 'completed',
    waitingFor: null, specialCase: null, departments: [], decisions: [], problems: [], form, formVersion: 1, submittedAt: now, updatedAt: now, version: 1,
  });
  await db.db.insert(departmentLedger).values({
    department: 'pension', matterId: id, idempotencyKey: `${id}/pension/v1`, receipt: 'YLATREST0001', unitCode: form.unit.code, personIdNumber: form.person.identityNumber, details: {},
  });
});

afterAll(async () => {
  await db?.drop();
});

async function stored() {
  const [matter] = await db.db.select().from(matters).where(eq(matters.id, id));
  const [ledger] = await db.db.select().from(departmentLedger).where(eq(departmentLedger.matterId, id));
  return { matter: matter!, ledger: ledger! };
}

describe('personal data at rest', () => {
  it('seals what was stored in clear at start-up, once, with the blind index to find the person by', async () => {
    expect(await sealStoredPersonalData(db.db, before)).toEqual({ matters: 1, ledger: 1 });
    const { matter, ledger } = await stored();
    const text = JSON.stringify({ matter, ledger });
    for (const value of [form.person.name, form.person.identityNumber, form.person.phone, form.person.birthDate]) expect(text).not.toContain(value);
    expect(matter.personIndex).toBe(before.personIndex(form.person.identityNumber));
    expect(ledger.personIndex).toBe(matter.personIndex);
    expect(before.openForm(id, 'hire', matter.form)).toEqual(form);
    expect(before.openLedgerIdentity(id, 'pension', ledger.personIdNumber)).toBe(form.person.identityNumber);
    // The next start finds nothing left to seal.
    expect(await sealStoredPersonalData(db.db, before)).toEqual({ matters: 0, ledger: 0 });
  });

  it('rotates: every data key re-wrapped under the new key, the values unchanged, the old key no longer needed', async () => {
    expect(await dataKeysInUse(db.db)).toEqual(new Map([['old', 5]]));
    expect(await rewrapStoredPersonalData(db.db, during)).toEqual({ matters: 1, ledger: 1 });
    expect(await dataKeysInUse(db.db)).toEqual(new Map([['new', 5]]));
    const { matter, ledger } = await stored();
    expect(after.openForm(id, 'hire', matter.form)).toEqual(form);
    expect(after.openLedgerIdentity(id, 'pension', ledger.personIdNumber)).toBe(form.person.identityNumber);
    // Lookups by person are untouched by a rotation: the blind index has its own key.
    expect(matter.personIndex).toBe(after.personIndex(form.person.identityNumber));
    expect(await rewrapStoredPersonalData(db.db, after)).toEqual({ matters: 0, ledger: 0 });
  });
});
