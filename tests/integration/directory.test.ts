/**
 * The directory on a real PostgreSQL: the seed goes in once and leaves administrators' changes
 * alone, accounts read back as token claims, and service accounts sign in with a client secret
 * that is kept only as a hash.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, memberships, organisations } from '../../db/schema';
import { seedAccounts, seedOrganisations, seedPrincipal } from '../../directory/seed';
import {
  createServiceSecret,
  ensureDirectorySeeded,
  listAccounts,
  listOrganisations,
  principalOf,
  UnknownOrganisations,
  upsertAccount,
  upsertOrganisation,
  verifyClientCredentials,
} from '../../directory/store';
import type { Principal } from '../../schemas/principal';
import { freshDatabase, type TestDatabase } from '../support/harness';

let db: TestDatabase;

beforeAll(async () => {
  db = await freshDatabase({ calendar: false });
});

afterAll(async () => {
  await db?.drop();
});

const service = seedAccounts.find((a) => a.kind === 'service')!;
const sorted = (p: Principal | undefined) => p && { ...p, memberships: [...p.memberships].sort((a, b) => a.organisation.localeCompare(b.organisation)) };
const rowCount = async (table: typeof organisations | typeof accounts | typeof memberships) => (await db.db.select({ n: count() }).from(table))[0]!.n;

describe('seeding', () => {
  it('inserts the seed once, however often it runs', async () => {
    await ensureDirectorySeeded(db.db);
    await ensureDirectorySeeded(db.db);
    expect(await rowCount(organisations)).toBe(seedOrganisations.length);
    expect(await rowCount(accounts)).toBe(seedAccounts.length);
    expect(await rowCount(memberships)).toBe(seedAccounts.flatMap((a) => a.memberships.flatMap((m) => m.roles)).length);
  });

  it('keeps the service secret as a salted scrypt hash', async () => {
    const [row] = await db.db.select({ secretHash: accounts.secretHash }).from(accounts).where(eq(accounts.login, service.login));
    expect(row?.secretHash).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(row?.secretHash).not.toContain(service.localSecret);
    const people = await db.db.select({ secretHash: accounts.secretHash }).from(accounts).where(eq(accounts.kind, 'person'));
    expect(people.every((p) => p.secretHash === null)).toBe(true);
  });
});

describe('principals', () => {
  it('reads a seeded person as the claims the seed describes, with each organisation’s kind and region', async () => {
    expect(await principalOf(db.db, 'wz.health.reviewer')).toEqual({
      sub: 'wz.health.reviewer',
      name: '吴忠市卫健委审核员',
      kind: 'person',
      memberships: [{ organisation: '11640300MB0000456P', kind: 'competent', region: '640300', roles: ['competent-reviewer'] }],
    });
    for (const { login } of seedAccounts) expect(sorted(await principalOf(db.db, login))).toEqual(sorted(seedPrincipal(login)));
  });

  it('knows no unknown login', async () => {
    expect(await principalOf(db.db, 'nobody')).toBeUndefined();
  });

  it('answers nothing for a deactivated account, and a restart’s seeding does not reactivate it', async () => {
    await upsertAccount(db.db, { login: 'wz.hall.officer2', name: '吴忠市综合窗口受理员（二）', kind: 'person', memberships: [{ organisation: 'hall-640300', roles: ['hall-officer'] }], active: false });
    expect(await principalOf(db.db, 'wz.hall.officer2')).toBeUndefined();
    await ensureDirectorySeeded(db.db);
    expect(await principalOf(db.db, 'wz.hall.officer2')).toBeUndefined();
  });

  it('leaves out memberships in a deactivated organisation', async () => {
    const school = seedOrganisations.find((o) => o.code === '12640300MB0002101D')!;
    await upsertOrganisation(db.db, { ...school, active: false });
    const operator = await principalOf(db.db, 'demo.operator');
    expect(operator?.memberships.map((m) => m.organisation)).not.toContain(school.code);
    expect(operator?.memberships).toHaveLength(seedAccounts.find((account) => account.login === 'demo.operator')!.memberships.length - 1);
    expect(await principalOf(db.db, 'wz.school.clerk')).toBeUndefined();
    await upsertOrganisation(db.db, school);
    expect(await principalOf(db.db, 'wz.school.clerk')).toBeDefined();
  });
});

describe('client credentials', () => {
  it('signs a service account in with its secret and nobody with a wrong one', async () => {
    expect(await verifyClientCredentials(db.db, service.login, service.localSecret!)).toMatchObject({ sub: service.login, kind: 'service', memberships: [{ organisation: '12640300MB00012348', roles: ['unit-clerk'] }] });
    expect(await verifyClientCredentials(db.db, service.login, `${service.localSecret}x`)).toBeUndefined();
    expect(await verifyClientCredentials(db.db, service.login, '')).toBeUndefined();
    expect(await verifyClientCredentials(db.db, 'svc.nobody', service.localSecret!)).toBeUndefined();
    expect(await verifyClientCredentials(db.db, 'wz.health.reviewer', service.localSecret!)).toBeUndefined();
  });

  it('replaces the secret with a new one shown once; only service accounts get one', async () => {
    const secret = await createServiceSecret(db.db, service.login);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await verifyClientCredentials(db.db, service.login, secret!)).toMatchObject({ sub: service.login });
    expect(await verifyClientCredentials(db.db, service.login, service.localSecret!)).toBeUndefined();
    expect(await createServiceSecret(db.db, 'wz.health.reviewer')).toBeUndefined();
    expect(await createServiceSecret(db.db, 'svc.nobody')).toBeUndefined();
  });

  it('refuses a deactivated service account even with the right secret', async () => {
    const secret = (await createServiceSecret(db.db, service.login))!;
    const { localSecret: _, ...account } = service;
    await upsertAccount(db.db, { ...account, active: false });
    expect(await verifyClientCredentials(db.db, service.login, secret)).toBeUndefined();
    await upsertAccount(db.db, account);
    expect(await verifyClientCredentials(db.db, service.login, secret)).toMatchObject({ sub: service.login });
  });
});

describe('administration', () => {
  it('lists organisations by kind and region, paged', async () => {
    const halls = await listOrganisations(db.db, { kind: 'hall', page: 1, pageSize: 20 });
    expect(halls).toMatchObject({ total: 4, items: [{ code: 'hall-640000' }, { code: 'hall-640300' }, { code: 'hall-640302' }, { code: 'hall-640381' }] });
    const wuzhong = await listOrganisations(db.db, { region: '640300', page: 2, pageSize: 5 });
    expect(wuzhong.total).toBe(seedOrganisations.filter((o) => o.region === '640300').length);
    expect(wuzhong.items).toHaveLength(5);
    const unit = (await listOrganisations(db.db, { kind: 'unit', region: '640300', page: 1, pageSize: 20 })).items[0];
    expect(unit).toMatchObject({ kind: 'unit', competentDepartment: expect.stringMatching(/^11640/), active: true });
  });

  it('adds an organisation and an account, and replaces the account’s memberships', async () => {
    await upsertOrganisation(db.db, { code: '12640300MB0009999X', name: '测试单位', kind: 'unit', region: '640300', competentDepartment: '11640300MB0000456P' });
    const created = await upsertAccount(db.db, { login: 'test.clerk', name: '测试专员', kind: 'person', memberships: [{ organisation: '12640300MB0009999X', roles: ['unit-clerk'] }] });
    expect(created).toEqual({ login: 'test.clerk', name: '测试专员', kind: 'person', active: true, hasSecret: false, memberships: [{ organisation: '12640300MB0009999X', roles: ['unit-clerk'] }] });
    await upsertAccount(db.db, { login: 'test.clerk', name: '测试专员', kind: 'person', memberships: [{ organisation: 'hall-640300', roles: ['hall-officer', 'supervisor'] }] });
    expect(await principalOf(db.db, 'test.clerk')).toMatchObject({ memberships: [{ organisation: 'hall-640300', kind: 'hall', roles: ['hall-officer', 'supervisor'] }] });
    const members = await listAccounts(db.db, { organisation: 'hall-640300', page: 1, pageSize: 20 });
    expect(members.items.map((a) => a.login)).toEqual(['demo.operator', 'test.clerk', 'wz.hall.chief', 'wz.hall.officer', 'wz.hall.officer2']);
    expect((await listAccounts(db.db, { kind: 'service', page: 1, pageSize: 20 })).items).toMatchObject([{ login: service.login, hasSecret: true }]);
  });

  it('finds organisations by code or name and accounts by login or name, the pattern taken literally', async () => {
    const halls = await listOrganisations(db.db, { q: 'HALL-6403', page: 1, pageSize: 20 });
    expect(halls.items.map((o) => o.code)).toEqual(['hall-640300', 'hall-640302', 'hall-640381']);
    expect((await listOrganisations(db.db, { q: '测试单', page: 1, pageSize: 20 })).items.map((o) => o.code)).toEqual(['12640300MB0009999X']);
    expect((await listAccounts(db.db, { q: '测试专', page: 1, pageSize: 20 })).items.map((a) => a.login)).toEqual(['test.clerk']);
    expect((await listAccounts(db.db, { q: 'WZ.hall.officer', kind: 'person', page: 1, pageSize: 20 })).items.map((a) => a.login)).toEqual(['wz.hall.officer', 'wz.hall.officer2']);
    // '%' and '_' are characters searched for, not wildcards.
    expect((await listAccounts(db.db, { q: '%', page: 1, pageSize: 20 })).total).toBe(0);
    expect((await listAccounts(db.db, { q: 'wz_hall', page: 1, pageSize: 20 })).total).toBe(0);
  });

  it('refuses memberships and competent departments the directory does not hold', async () => {
    await expect(upsertAccount(db.db, { login: 'test.ghost', name: '幽灵', kind: 'person', memberships: [{ organisation: 'no-such-org', roles: ['unit-clerk'] }] })).rejects.toThrow(UnknownOrganisations);
    await expect(upsertOrganisation(db.db, { code: '12640300MB0009998Y', name: '测试单位二', kind: 'unit', region: '640300', competentDepartment: 'no-such-org' })).rejects.toThrow(UnknownOrganisations);
    expect(await principalOf(db.db, 'test.ghost')).toBeUndefined();
  });
});
