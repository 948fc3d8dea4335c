/**
 * Who may see and do what, as pure functions of the caller and the matter. The API asks here
 * before it reads or sends anything; the workflow checks the decision's actor against the
 * step again (workflows/message-checks.ts), so no path around the API can decide for another.
 */
import type { MatterScope } from '../db/matters';
import type { MatterState, Role } from '../schemas/matter';
import { membershipsWith, type OrganisationKind, type Principal } from '../schemas/principal';
import { regionWithCounties } from '../schemas/region';

/** Organisations that act for a whole region rather than for the matters they are party to. */
const regionWide: readonly OrganisationKind[] = ['hall', 'division', 'department', 'supervision'];

export function isAdmin(principal: Principal): boolean {
  return membershipsWith(principal, 'admin').length > 0;
}

/** The regions whose every matter the caller supervises: a prefecture's supervisors watch its counties too. */
export function supervisedRegions(principal: Principal): string[] {
  return [...new Set(membershipsWith(principal, 'supervisor').flatMap((m) => regionWithCounties(m.region)))];
}

export function matterScope(principal: Principal): MatterScope {
  return {
    parties: [...new Set(principal.memberships.filter((m) => !regionWide.includes(m.kind)).map((m) => m.organisation))],
    regions: [
      ...new Set(principal.memberships.filter((m) => regionWide.includes(m.kind)).flatMap((m) => (m.kind === 'supervision' ? regionWithCounties(m.region) : [m.region]))),
    ],
  };
}

export function canSee(principal: Principal, matter: Pick<MatterState, 'parties' | 'region'>): boolean {
  const scope = matterScope(principal);
  return scope.regions.includes(matter.region) || matter.parties.some((party) => scope.parties.includes(party));
}

/** The (organisation, role) pairs whose waiting steps are the caller's tasks. */
export function taskScopes(principal: Principal): { organisation: string; role: Role }[] {
  return principal.memberships.flatMap((m) => m.roles.map((role) => ({ organisation: m.organisation, role })));
}
