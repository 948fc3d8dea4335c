/**
 * Bearer tokens for tests: the seeded people by login, or a made-up member of any organisation
 * (tests vary units freely), all signed as `npm run token` signs on the local default.
 */
import { signToken, tokenVerifier, type TokenSettings } from '../../auth/tokens';
import { localAuthSecret } from '../../config/env';
import { seedPrincipal } from '../../directory/seed';
import type { AuthOptions } from '../../api/routes/auth';
import type { Actor, MatterState, Role } from '../../schemas/matter';
import { organisationKindOfRole, type FunctionRole, type Membership, type OrganisationKind, type Principal } from '../../schemas/principal';

export const testTokenSettings: TokenSettings = { secret: localAuthSecret, issuer: 'yijianshi', audience: 'yijianshi-api' };
export const testAuth: AuthOptions = { verify: tokenVerifier(testTokenSettings), settings: testTokenSettings, ttlSeconds: 3600 };

export const tokenAs = (claims: Principal) => signToken(claims, testTokenSettings, 3600);

export function tokenFor(login: string): Promise<string> {
  const claims = seedPrincipal(login);
  if (!claims) throw new Error(`no seeded login ${login}`);
  return tokenAs(claims);
}

/** One membership, one role: `member('hall-officer', 'hall-640300', 'hall', '640300')`. */
export function memberToken(role: Role, organisation: string, kind: OrganisationKind, region: Membership['region'] = '640300', login = `${role}@${organisation}`): Promise<string> {
  return tokenAs({ sub: login.slice(0, 64), name: login.slice(0, 100), kind: 'person', memberships: [{ organisation, kind, region, roles: [role] }] });
}

/** The clerk of a unit: submits, corrects and withdraws its matters. */
export const unitClerkToken = (unitCode: string, region: Membership['region'] = '640300') => memberToken('unit-clerk', unitCode, 'unit', region, `clerk@${unitCode}`);

/** A token for whoever the matter waits for now (the first organisation still awaited). */
export function deciderToken(matter: Pick<MatterState, 'waitingFor' | 'region'>, organisation?: string): Promise<string> {
  const waiting = matter.waitingFor;
  if (!waiting) throw new Error('the matter waits for no decision');
  const org = organisation ?? waiting.organisations[0]!;
  // Steps wait for a role that names its office's function, never for a chief.
  return memberToken(waiting.role, org, organisationKindOfRole[waiting.role as FunctionRole], matter.region as Membership['region'], `${waiting.step}-officer@${org}`);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The bearer token an operator's Signal carries for the sender an actor names (one membership, in the actor's role and organisation). */
export function operatorToken(actor: Actor, region: Membership['region'] = '640300'): Promise<string> {
  const role = actor.role as FunctionRole;
  return memberToken(role, actor.organisation!, organisationKindOfRole[role], region, actor.id);
}
