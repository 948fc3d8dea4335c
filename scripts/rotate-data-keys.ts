/**
 * `npm run rotate-data-keys`: wraps the data key of every stored personal value with the current
 * key-encryption key (the first of DATA_KEYS), leaving the encrypted values themselves as they
 * are, then reports which keys still wrap anything — an old key may leave DATA_KEYS once it
 * wraps nothing. Production: give every process DATA_KEYS="new,old" first (so all of them open
 * both), then run this against DATABASE_URL. Locally, `-- --new-key` first puts a generated key
 * in front of .data/data-keys, and the rotation runs against `npm start`'s PostgreSQL (restart
 * `npm start` afterwards so it reads the new key file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEnv } from '../config/env';
import { generateKeySpec } from '../config/key-spec';
import { connectDatabase } from '../db/client';
import { dataKeysInUse, rewrapStoredPersonalData } from '../vault/at-rest';
import { PersonnelRegister } from '../register/store';
import { personalDataVault } from '../vault/keys';
import { embeddedPostgresUrl } from './lib/postgres';

const env = loadEnv();
if (process.argv.includes('--new-key')) {
  if (env.DATA_KEYS) throw new Error('--new-key rotates the local key file; with DATA_KEYS set, put the new key first in DATA_KEYS instead');
  const file = resolve(env.DATA_DIR, 'data-keys');
  personalDataVault(env);
  writeFileSync(file, `${generateKeySpec(`d${Date.now().toString(36)}`)},${readFileSync(file, 'utf8').trim()}\n`, { mode: 0o600 });
}
const vault = personalDataVault(env);
const database = connectDatabase(env.DATABASE_URL ?? embeddedPostgresUrl(env.PG_PORT, 'yijianshi'), console);
try {
  const report = await rewrapStoredPersonalData(database.db, vault);
  const register = await new PersonnelRegister(database.db, vault).rewrap();
  const keys = await dataKeysInUse(database.db);
  for (const [id, values] of register.keysInUse) keys.set(id, (keys.get(id) ?? 0) + values);
  const inUse = [...keys].map(([id, values]) => `${id}: ${values} values`).join(', ');
  console.log(`re-wrapped under "${vault.envelope.currentKeyId}": ${report.matters} matters, ${report.ledger} ledger rows, ${register.rewrapped} register rows; keys in use now: ${inUse || 'none'}`);
} finally {
  await database.close();
}
