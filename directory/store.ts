/**
 * The directory in PostgreSQL: organisations, accounts and their memberships, read into token
 * claims (Principal), and the client secrets of service accounts, kept only as scrypt hashes.
 * Seeded from `./seed` on every start; rows already there are left as an administrator made them.
 */
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Database } from '../db/client';
import { pagedQuery, type Paged } from '../db/paging';
import { accounts, memberships, organisations } from '../db/schema';
import { reviewingOrganisations } from '../matters/review-plan';
import type { MatterDefinition } from '../matters/types';
import type { FieldError } from '../schemas/field-errors';
import type { Paging } from '../schemas/paging';
import type { Role } from '../schemas/matter';
import { principal, type OrganisationKind, type Principal } from '../schemas/principal';
import { seedAccounts, seedOrganisations } from './seed';

export interface Organisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  region: string;
  competentDepartment: string | null;
  active: boolean;
}

export type OrganisationInput = Omit<Organisation, 'competentDepartment' | 'active'> & { competentDepartment?: string | null; active?: boolean };

export interface AccountMembership {
  organisation: string;
  roles: Role[];
}

export interface Account {
  login: string;
  name: string;
  kind: Principal['kind'];
  active: boolean;
  /** Whether a service account has a client secret; the secret itself is never kept. */
  hasSecret: boolean;
  memberships: AccountMembership[];
}

export type AccountInput = Pick<Account, 'login' | 'name' | 'kind' | 'memberships'> & { active?: boolean };


/** An organisation named (a membership's, a unit's competent department) that the directory does not hold. */
export class UnknownOrganisations extends Error {
  override readonly name = 'UnknownOrganisations';
  constructor(readonly codes: string[]) {
    super(`机构不存在 / unknown organisations: ${codes.join(', ')}`);
  }
}

/**
 * Inserts the seeded organisations and accounts that are missing, with their memberships and
 * (service accounts) hashed local secrets. What is already there is left alone, so an
 * administrator's deactivation or changed roles survive a restart. Safe from several processes at once.
 */
export async function ensureDirectorySeeded(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    // One statement: a unit's competent department is checked at its end, so the order of the rows does not matter.
    await tx
      .insert(organisations)
      .values(seedOrganisations.map(({ competentDepartment, ...org }) => ({ ...org, competentDepartment: competentDepartment ?? null })))
      .onConflictDoNothing({ target: organisations.code });
    const inserted = await tx
      .insert(accounts)
      .values(seedAccounts.map(({ login, name, kind }) => ({ login, name, kind })))
      .onConflictDoNothing({ target: accounts.login })
      .returning({ login: accounts.login });
    const added = new Set(inserted.map((row) => row.login));
    const fresh = seedAccounts.filter((account) => added.has(account.login));
    const rows = fresh.flatMap((account) => membershipRows(account.login, account.memberships));
    if (rows.length > 0) await tx.insert(memberships).values(rows);
    // Hashed only for accounts inserted now: scrypt is deliberately slow, and every start runs this.
    for (const account of fresh) {
      if (account.localSecret) await tx.update(accounts).set({ secretHash: await hashSecret(account.localSecret) }).where(eq(accounts.login, account.login));
    }
  });
}

/** `%text%` for ILIKE, the pattern's own characters taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listOrganisations(db: Database, filter: Paging & { kind?: OrganisationKind; region?: string; q?: string }): Promise<Paged<Organisation>> {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(or(ilike(organisations.code, containing(filter.q)), ilike(organisations.name, containing(filter.q)))!);
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.region) conditions.push(eq(organisations.region, filter.region));
  const where = and(...conditions);
  const page = await pagedQuery(db, {
    table: organisations,
    where,
    paging: filter,
    rows: ({ limit, offset }) =>
      db.select(organisationColumns).from(organisations).where(where).orderBy(asc(organisations.region), asc(organisations.kind), asc(organisations.code)).limit(limit).offset(offset),
  });
  return { items: page.items.map(organisationOf), total: page.total };
}

/** Creates or changes an organisation; throws UnknownOrganisations when its competent department is not in the directory. */
export async function upsertOrganisation(db: Database, input: OrganisationInput): Promise<Organisation> {
  const competentDepartment = input.competentDepartment ?? null;
  if (competentDepartment) await requireOrganisations(db, [competentDepartment]);
  const values = { name: input.name, kind: input.kind, region: input.region, competentDepartment, active: input.active ?? true };
  const [row] = await db
    .insert(organisations)
    .values({ code: input.code, ...values })
    .onConflictDoUpdate({ target: organisations.code, set: { ...values, updatedAt: new Date() } })
    .returning(organisationColumns);
  return organisationOf(row!);
}

/**
 * Where a form disagrees with the directory: a registered unit files under its registered
 * competent department and region (units not registered yet are taken as the form describes
 * them), and every organisation the matter may wait for — competent departments, the hall and
 * the personnel division of its level — is one the directory holds, or nobody could ever decide it.
 */
export async function directoryProblems<Form>(db: Database, definition: MatterDefinition<Form>, form: Form): Promise<FieldError[]> {
  const disagreements = await filingUnitProblems(db, definition.filingUnit(form));
  // Codes derived from the region (its hall, its division) are one problem of that field; a field the directory disagrees with already has its own.
  const unknownByField = new Map<string, string[]>();
  for (const code of await unknownOrganisations(db, reviewingOrganisations(definition, form))) {
    const field = fieldNaming(form, code) ?? 'unit.region';
    if (!disagreements.some((problem) => problem.field === field)) unknownByField.set(field, [...(unknownByField.get(field) ?? []), code]);
  }
  return [
    ...disagreements,
    ...[...unknownByField].map(([field, codes]) => ({
      field,
      message: `机构目录中没有 ${codes.join('、')}，无人可以审核 / the directory holds no ${codes.join(', ')}, so nobody could review the matter`,
    })),
  ];
}

/** Where in the form a code is written (`unit.competentDepartment.code`); undefined for codes derived from it (a hall from the region). */
function fieldNaming(form: unknown, code: string, path: string[] = []): string | undefined {
  if (form === code) return path.join('.');
  if (!form || typeof form !== 'object') return undefined;
  for (const [key, value] of Object.entries(form)) {
    const found = fieldNaming(value, code, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

async function filingUnitProblems(db: Database, unit: { code: string; region: string; competentDepartment: string }): Promise<FieldError[]> {
  const registered = await findOrganisation(db, unit.code);
  if (!registered || registered.kind !== 'unit') return [];
  const problems: FieldError[] = [];
  if (registered.competentDepartment && registered.competentDepartment !== unit.competentDepartment) {
    problems.push({ field: 'unit.competentDepartment.code', message: `与机构目录不符，本单位主管部门为 ${registered.competentDepartment} / the directory names ${registered.competentDepartment} as the unit's competent department` });
  }
  if (registered.region !== unit.region) {
    problems.push({ field: 'unit.region', message: `与机构目录不符，本单位所在地区为 ${registered.region} / the directory places the unit in ${registered.region}` });
  }
  return problems;
}

/** Those of `codes` the directory does not hold as an active organisation: nobody could ever act for them. */
export async function unknownOrganisations(db: Database, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await db
    .select({ code: organisations.code })
    .from(organisations)
    .where(and(inArray(organisations.code, [...codes]), eq(organisations.active, true)));
  const known = new Set(found.map((row) => row.code));
  return codes.filter((code) => !known.has(code));
}

export async function findOrganisation(db: Database, code: string): Promise<Organisation | undefined> {
  const [row] = await db.select(organisationColumns).from(organisations).where(eq(organisations.code, code));
  return row && organisationOf(row);
}

/** The active organisations of a kind that serve a region (its supervision office, its departments): whom an address to the region reaches. */
export async function regionOffices(db: Database, kind: OrganisationKind, region: string): Promise<string[]> {
  const rows = await db
    .select({ code: organisations.code })
    .from(organisations)
    .where(and(eq(organisations.kind, kind), eq(organisations.region, region), eq(organisations.active, true)))
    .orderBy(asc(organisations.code));
  return rows.map((row) => row.code);
}

export async function listAccounts(db: Database, filter: Paging & { kind?: Principal['kind']; organisation?: string; q?: string }): Promise<Paged<Account>> {
  const conditions: SQL[] = [];
  if (filter.q) conditions.push(or(ilike(accounts.login, containing(filter.q)), ilike(accounts.name, containing(filter.q)))!);
  if (filter.kind) conditions.push(eq(accounts.kind, filter.kind));
  if (filter.organisation) {
    conditions.push(inArray(accounts.login, db.select({ login: memberships.login }).from(memberships).where(eq(memberships.organisation, filter.organisation))));
  }
  const where = and(...conditions);
  const page = await pagedQuery(db, {
    table: accounts,
    where,
    paging: filter,
    rows: ({ limit, offset }) => db.select(accountColumns).from(accounts).where(where).orderBy(asc(accounts.login)).limit(limit).offset(offset),
  });
  const roles = await membershipsOf(
    db,
    page.items.map((row) => row.login),
  );
  return { items: page.items.map((row) => accountOf(row, roles.get(row.login) ?? [])), total: page.total };
}

/** True for an account the directory holds and has deactivated; logins it does not hold are not refused here. */
export async function isAccountDeactivated(db: Database, login: string): Promise<boolean> {
  const [row] = await db.select({ active: accounts.active }).from(accounts).where(eq(accounts.login, login));
  return row !== undefined && !row.active;
}

export async function findAccount(db: Database, login: string): Promise<Account | undefined> {
  const [row] = await db.select(accountColumns).from(accounts).where(eq(accounts.login, login));
  if (!row) return undefined;
  const roles = await membershipsOf(db, [login]);
  return accountOf(row, roles.get(login) ?? []);
}

/**
 * Creates or changes an account and replaces its memberships. A service account keeps its
 * secret; an account that becomes a person loses it. Throws UnknownOrganisations when a
 * membership names an organisation the directory does not hold.
 */
export async function upsertAccount(db: Database, input: AccountInput): Promise<Account> {
  await requireOrganisations(db, [...new Set(input.memberships.map((m) => m.organisation))]);
  const values = { name: input.name, kind: input.kind, active: input.active ?? true };
  await db.transaction(async (tx) => {
    await tx
      .insert(accounts)
      .values({ login: input.login, ...values })
      .onConflictDoUpdate({ target: accounts.login, set: { ...values, ...(input.kind === 'person' ? { secretHash: null } : {}), updatedAt: new Date() } });
    await tx.delete(memberships).where(eq(memberships.login, input.login));
    const rows = membershipRows(input.login, input.memberships);
    if (rows.length > 0) await tx.insert(memberships).values(rows).onConflictDoNothing();
  });
  return (await findAccount(db, input.login))!;
}

/**
 * The token claims of an active account: its memberships in active organisations, with each
 * organisation's kind and region. Undefined for an unknown or inactive login, or one left with
 * no membership (a token must name at least one).
 */
export async function principalOf(db: Database, login: string): Promise<Principal | undefined> {
  const rows = await db
    .select({
      name: accounts.name,
      kind: accounts.kind,
      organisation: memberships.organisation,
      organisationKind: organisations.kind,
      region: organisations.region,
      role: memberships.role,
    })
    .from(accounts)
    .innerJoin(memberships, eq(memberships.login, accounts.login))
    .innerJoin(organisations, and(eq(organisations.code, memberships.organisation), eq(organisations.active, true)))
    .where(and(eq(accounts.login, login), eq(accounts.active, true)))
    .orderBy(asc(memberships.organisation), asc(memberships.role));
  const [first] = rows;
  if (!first) return undefined;
  const byOrganisation = new Map<string, { organisation: string; kind: string; region: string; roles: string[] }>();
  for (const row of rows) {
    const membership = byOrganisation.get(row.organisation) ?? { organisation: row.organisation, kind: row.organisationKind, region: row.region, roles: [] };
    membership.roles.push(row.role);
    byOrganisation.set(row.organisation, membership);
  }
  // Parsed, not cast: a row the schema refuses (an unknown role) must fail here, not in a token.
  return principal.parse({ sub: login, name: first.name, kind: first.kind, memberships: [...byOrganisation.values()] });
}

/** A new client secret for an active service account, stored as its hash and answered once; undefined when there is no such account. */
export async function createServiceSecret(db: Database, login: string): Promise<string | undefined> {
  const secret = randomBytes(32).toString('base64url');
  const updated = await db
    .update(accounts)
    .set({ secretHash: await hashSecret(secret), updatedAt: new Date() })
    .where(and(eq(accounts.login, login), eq(accounts.kind, 'service'), eq(accounts.active, true)))
    .returning({ login: accounts.login });
  return updated.length > 0 ? secret : undefined;
}

/** The service account's claims when the secret is its own; undefined otherwise, in about the same time whether or not the account exists. */
export async function verifyClientCredentials(db: Database, clientId: string, secret: string): Promise<Principal | undefined> {
  const [account] = await db
    .select({ secretHash: accounts.secretHash })
    .from(accounts)
    .where(and(eq(accounts.login, clientId), eq(accounts.kind, 'service'), eq(accounts.active, true)));
  const matches = await secretMatches(secret, account?.secretHash ?? decoyHash);
  return matches && account?.secretHash ? principalOf(db, clientId) : undefined;
}

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;
const hashLength = 32;

async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, hashLength);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(secret, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

// Compared against when the account is unknown, so the answer's timing does not tell which logins exist.
const decoyHash = `scrypt$${randomBytes(16).toString('base64')}$${randomBytes(hashLength).toString('base64')}`;

async function requireOrganisations(db: Database, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await db.select({ code: organisations.code }).from(organisations).where(inArray(organisations.code, codes));
  const known = new Set(found.map((row) => row.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new UnknownOrganisations(unknown);
}

function membershipRows(login: string, list: readonly AccountMembership[]) {
  return list.flatMap(({ organisation, roles }) => [...new Set(roles)].map((role) => ({ login, organisation, role })));
}

async function membershipsOf(db: Database, logins: string[]): Promise<Map<string, AccountMembership[]>> {
  const byLogin = new Map<string, AccountMembership[]>();
  if (logins.length === 0) return byLogin;
  const rows = await db
    .select()
    .from(memberships)
    .where(inArray(memberships.login, logins))
    .orderBy(asc(memberships.login), asc(memberships.organisation), asc(memberships.role));
  for (const row of rows) {
    const list = byLogin.get(row.login) ?? [];
    const last = list.at(-1);
    if (last?.organisation === row.organisation) last.roles.push(row.role as Role);
    else list.push({ organisation: row.organisation, roles: [row.role as Role] });
    byLogin.set(row.login, list);
  }
  return byLogin;
}

const organisationColumns = {
  code: organisations.code,
  name: organisations.name,
  kind: organisations.kind,
  region: organisations.region,
  competentDepartment: organisations.competentDepartment,
  active: organisations.active,
};

const organisationOf = (row: { kind: string } & Omit<Organisation, 'kind'>): Organisation => ({ ...row, kind: row.kind as OrganisationKind });

const accountColumns = { login: accounts.login, name: accounts.name, kind: accounts.kind, active: accounts.active, secretHash: accounts.secretHash };

function accountOf(row: { login: string; name: string; kind: string; active: boolean; secretHash: string | null }, list: AccountMembership[]): Account {
  return { login: row.login, name: row.name, kind: row.kind as Principal['kind'], active: row.active, hasSecret: row.secretHash !== null, memberships: list };
}
