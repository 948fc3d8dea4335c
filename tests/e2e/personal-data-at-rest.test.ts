/**
 * Personal data at rest, on the stack `npm start` runs: matters of every kind taken to each of
 * their endings over HTTP (completed, corrected, rejected, withdrawn, a department's refusal),
 * their certificates downloaded and their forms revealed; then every text and JSON column of every
 * table is read and holds no identity number, name or phone number of those people in clear;
 * persons are still found by their blind index; a key rotation re-wraps every data key and
 * everything still reads; and the audit trail's hash chain verifies.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateKeySpec } from '../../config/key-spec';
import { hireFormFor, postChangeFormFor, transferFormFor } from '../../samples/forms';
import type { HireForm } from '../../schemas/forms/hire';
import { identityNumberCheckDigit } from '../../schemas/identity-number';
import type { MatterState } from '../../schemas/matter';
import { isSealed, keyIdOf } from '../../vault/envelope';
import { dataKeysInUse, rewrapStoredPersonalData } from '../../vault/at-rest';
import { generateBlindIndexKey, vaultOf } from '../../vault/keys';
import { deciderToken, tokenFor, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

const oldKey = generateKeySpec('before');
const newKey = generateKeySpec('after');
const blindIndexKey = generateBlindIndexKey();

let running: TestStack;
/** Everyone whose data the matters carried. */
const people = new Map<string, { name: string; identityNumber: string; phone: string }>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  // The key the stack seals with first, the rotation's new one known to it already (as production rolls out DATA_KEYS="new,old" before rotating).
  running = await startTestStack({ env: { DATA_KEYS: `${oldKey},${newKey}`, BLIND_INDEX_KEY: blindIndexKey }, logs: new Writable({ write: (_chunk, _encoding, done) => done() }) });
}, 300_000);

afterAll(async () => {
  await running?.stop();
});

type Form = HireForm | ReturnType<typeof transferFormFor> | ReturnType<typeof postChangeFormFor>;

async function submit(kind: string, form: Form, token?: string): Promise<MatterState> {
  const { name, identityNumber, phone } = form.person;
  people.set(identityNumber, { name, identityNumber, phone });
  const submitted = await running.call('POST', `/api/v1/matters/${kind}`, form, token ?? (await unitClerkToken(form.unit.code, form.unit.region as '640300')));
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  return submitted.body;
}

/** Approves every review step the matter waits for, as the role and organisation each waits for (the departments' work follows by itself). */
async function approveAll(matter: MatterState): Promise<MatterState> {
  let current = matter;
  while ((current.status === 'reviewing' || current.status === 'countersigning') && current.waitingFor) {
    const decided = await running.call('POST', `/api/v1/matters/${current.id}/decisions`, { step: current.waitingFor.step, decision: 'approve' }, await deciderToken(current));
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    current = decided.body;
  }
  return current;
}

/** The matter's last state, as its workflow ends with it. */
const settled = (id: string): Promise<MatterState> => running.stack.client.workflow.getHandle(id).result();

const countySample = (): HireForm => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../samples/county/hire.json'), 'utf8'));

describe('matters of every kind, to each of their endings', () => {
  it('completes a hire, a transfer and a post change', async () => {
    const hire = await submit('hire', hireFormFor({ applicationNo: 'AT-REST-HIRE', identitySuffix: '611' }));
    const transfer = await submit('transfer', transferFormFor({ applicationNo: 'AT-REST-TR', identitySuffix: '612' }));
    const postChange = await submit('post-change', postChangeFormFor({ applicationNo: 'AT-REST-PC', identitySuffix: '613' }));
    ids.hire = hire.id;
    for (const matter of [hire, transfer, postChange]) await approveAll(matter);
    for (const matter of [hire, transfer, postChange]) expect((await settled(matter.id)).status).toBe('completed');
  });

  it('takes a correction, a rejection and a withdrawal to their ends', async () => {
    const county = countySample();
    const returned = await submit('hire', county, await tokenFor('lt.hospital.clerk'));
    ids.county = returned.id;
    const asked = await running.call('POST', `/api/v1/matters/${returned.id}/decisions`, { step: 'competent', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级与岗位不符' }] }, await deciderToken(returned));
    expect(asked.body.status).toBe('correcting');
    const corrected = await running.call('PUT', `/api/v1/matters/${returned.id}/form`, { ...county, wage: { ...county.wage, salaryGrade: county.wage.salaryGrade + 1 } }, await tokenFor('lt.hospital.clerk'));
    expect(corrected.status).toBe(200);
    await approveAll(corrected.body);
    expect((await settled(returned.id)).status).toBe('completed');

    const toReject = await submit('hire', hireFormFor({ applicationNo: 'AT-REST-REJ', identitySuffix: '614' }));
    const atHall = (await running.call('POST', `/api/v1/matters/${toReject.id}/decisions`, { step: 'competent', decision: 'approve' }, await deciderToken(toReject))).body as MatterState;
    const refused = await running.call('POST', `/api/v1/matters/${toReject.id}/decisions`, { step: 'hall', decision: 'reject', reason: '拟聘岗位未列入本年度招聘计划' }, await deciderToken(atHall));
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect((await settled(toReject.id)).status).toBe('rejected');

    const withdrawn = await submit('hire', hireFormFor({ applicationNo: 'AT-REST-WD', identitySuffix: '615' }));
    const form = hireFormFor({ applicationNo: 'AT-REST-WD', identitySuffix: '615' });
    expect((await running.call('POST', `/api/v1/matters/${withdrawn.id}/withdraw`, { reason: '拟聘人员放弃' }, await unitClerkToken(form.unit.code))).status).toBe(200);
    expect((await settled(withdrawn.id)).status).toBe('withdrawn');
  });

  it('finds a person enrolled elsewhere by the blind index: the pension office refuses a second enrolment', async () => {
    const enrolled = hireFormFor({ applicationNo: 'AT-REST-HIRE', identitySuffix: '611' }).person;
    const again = await submit('hire', { ...countySample(), applicationNo: 'AT-REST-AGAIN', person: enrolled }, await tokenFor('lt.hospital.clerk'));
    await approveAll(again);
    const exception = await vi.waitFor(
      async () => {
        const { body } = await running.call('GET', `/api/v1/matters/${again.id}`, undefined, await tokenFor('lt.hall.officer'));
        if (body.status !== 'exception') throw new Error(`matter is ${body.status}`);
        return body as MatterState;
      },
      { timeout: 60_000, interval: 250 },
    );
    expect(exception.departments.find((department) => department.code === 'pension')).toMatchObject({ status: 'failed' });
  });

  it('reveals forms to their readers and renders the certificates, both from the sealed records', async () => {
    const person = hireFormFor({ identitySuffix: '611' }).person;
    const revealed = await running.call('GET', `/api/v1/matters/${ids.hire}/form?reveal=true`, undefined, await tokenFor('wz.health.reviewer'));
    expect(revealed.body.form.person).toMatchObject({ name: person.name, identityNumber: person.identityNumber, phone: person.phone });
    const masked = await running.call('GET', `/api/v1/matters/${ids.hire}/form`, undefined, await tokenFor('wz.health.reviewer'));
    expect(masked.body.form.person.identityNumber).toBe(`${person.identityNumber.slice(0, 6)}********${person.identityNumber.slice(-4)}`);
    const clerk = await unitClerkToken(hireFormFor().unit.code);
    const { body: certificates } = await running.call('GET', `/api/v1/matters/${ids.hire}/certificates`, undefined, clerk);
    for (const certificate of certificates.items as { kind: string }[]) {
      expect((await running.call('GET', `/api/v1/matters/${ids.hire}/certificates/${certificate.kind}`, undefined, clerk)).status).toBe(200);
    }
  });
});

describe('what PostgreSQL holds', () => {
  it('has no identity number, name or phone number of these people in clear in any text or JSON column of any table', async () => {
    expect(people.size).toBeGreaterThanOrEqual(6);
    const { rows: columns } = await running.db.pool.query<{ table_schema: string; table_name: string; column_name: string }>(`
      select c.table_schema, c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema')
        and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb') or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))`);
    expect(columns.map((column) => `${column.table_name}.${column.column_name}`)).toEqual(expect.arrayContaining(['matters.form', 'department_ledger.person_id_number', 'audit_events.details', 'certificates.content', 'events.data']));
    const found: string[] = [];
    let values = 0;
    for (const { table_schema, table_name, column_name } of columns) {
      const { rows } = await running.db.pool.query<{ value: string }>(`select "${column_name}"::text as value from "${table_schema}"."${table_name}" where "${column_name}" is not null`);
      for (const { value } of rows) {
        values += 1;
        for (const person of people.values()) {
          for (const [field, personal] of Object.entries(person)) if (value.includes(personal)) found.push(`${table_name}.${column_name} holds a ${field} in clear`);
        }
        for (const shaped of value.match(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/g) ?? []) {
          if (identityNumberCheckDigit(shaped.slice(0, 17)) === shaped[17]) found.push(`${table_name}.${column_name} holds something shaped like an identity number`);
        }
        if (/(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/.test(value)) found.push(`${table_name}.${column_name} holds something shaped like a mobile number`);
      }
    }
    expect(values).toBeGreaterThan(1000);
    expect([...new Set(found)]).toEqual([]);
  });

  it('finds every matter of a person for a supervisor, by the blind index', async () => {
    const person = hireFormFor({ identitySuffix: '611' }).person;
    const found = await running.call('POST', '/api/v1/supervision/people/matters', { identityNumber: person.identityNumber }, await tokenFor('wz.supervisor'));
    expect(found.status).toBe(200);
    // The completed hire at 吴忠 and the refused second enrolment at 利通区 (a county of 吴忠).
    expect(found.body.items.map((matter: { id: string }) => matter.id).sort()).toEqual([ids.hire, `12640302MB00042084-AT-REST-AGAIN`].sort());
  });

  it('re-wraps every data key under a new key-encryption key, after which the new key alone reads everything', async () => {
    const before = await dataKeysInUse(running.db.db);
    expect([...before.keys()]).toEqual(['before']);
    const report = await rewrapStoredPersonalData(running.db.db, vaultOf(`${newKey},${oldKey}`, blindIndexKey));
    // Every matter (each carries a person) and every ledger entry had its data keys re-wrapped.
    const { rows: [stored] } = await running.db.pool.query<{ matters: number; ledger: number }>('select (select count(*) from matters)::int as matters, (select count(*) from department_ledger)::int as ledger');
    expect(report).toMatchObject({ matters: stored!.matters, ledger: stored!.ledger });
    expect(report.matters).toBeGreaterThanOrEqual(7);
    expect(report.ledger).toBeGreaterThan(0);
    expect(await dataKeysInUse(running.db.db)).toEqual(new Map([['after', before.get('before')]]));

    // The new key alone opens every value, and the running API (which knows both) still serves them.
    const alone = vaultOf(newKey, blindIndexKey);
    const { rows: forms } = await running.db.pool.query<{ id: string; kind: string; form: unknown }>('select id, kind, form from matters');
    for (const row of forms) expect(alone.openForm(row.id, row.kind as 'hire', row.form)).toMatchObject({ person: { identityNumber: expect.stringMatching(/^\d{17}[\dX]$/) } });
    const { rows: ledger } = await running.db.pool.query<{ matter_id: string; department: string; person_id_number: string }>('select matter_id, department, person_id_number from department_ledger');
    for (const row of ledger) {
      expect(isSealed(row.person_id_number) && keyIdOf(row.person_id_number)).toBe('after');
      expect(people.has(alone.openLedgerIdentity(row.matter_id, row.department, row.person_id_number))).toBe(true);
    }
    const revealed = await running.call('GET', `/api/v1/matters/${ids.county}/form?reveal=true`, undefined, await tokenFor('lt.health.reviewer'));
    expect(revealed.body.form.person.name).toBe(countySample().person.name);
  });

  it('keeps an audit trail whose hash chain verifies, with its daily anchor in /metrics', async () => {
    const verified = await running.call('GET', '/api/v1/supervision/audit/verify', undefined, await tokenFor('admin'));
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ verified: true, firstBroken: null, breaks: [] });
    expect(verified.body.events).toBeGreaterThan(50);
    const metrics = (await running.call('GET', '/metrics')).raw.toString();
    expect(metrics).toMatch(/^yijianshi_audit_chain_anchor\{day="\d{4}-\d{2}-\d{2}",hash="[0-9a-f]{64}"\} \d+$/m);
    expect(metrics).toMatch(/^yijianshi_audit_chain_length \d+$/m);
  });
});
