/**
 * Who may see and do what, as pure functions of the caller and the matter. The API asks here
 * before it reads or sends anything; the workflow checks the decision's actor against the
 * step again (workflows/message-checks.ts), so no path around the API can decide for another.
 */
import type { MatterScope } from '../db/matters';
import type { Actor, MatterState, Role, WaitingFor } from '../schemas/matter';
import type { Membership, OrganisationKind, Principal } from '../schemas/principal';

/** Organisations that act for a whole region rather than for the matters they are party to. */
const regionWide: readonly OrganisationKind[] = ['hall', 'division', 'department', 'supervision'];

export function membershipsWith(principal: Principal, role: Role): Membership[] {
  return principal.memberships.filter((m) => m.roles.includes(role));
}

export function isAdmin(principal: Principal): boolean {
  return membershipsWith(principal, 'admin').length > 0;
}

/** The regions whose every matter the caller supervises. */
export function supervisedRegions(principal: Principal): string[] {
  return [...new Set(membershipsWith(principal, 'supervisor').map((m) => m.region))];
}

export function matterScope(principal: Principal): MatterScope {
  return {
    parties: [...new Set(principal.memberships.filter((m) => !regionWide.includes(m.kind)).map((m) => m.organisation))],
    regions: [...new Set(principal.memberships.filter((m) => regionWide.includes(m.kind)).map((m) => m.region))],
  };
}

export function canSee(principal: Principal, matter: Pick<MatterState, 'parties' | 'region'>): boolean {
  const scope = matterScope(principal);
  return scope.regions.includes(matter.region) || matter.parties.some((party) => scope.parties.includes(party));
}

/** The actor a decision on the step the matter waits for is sent as, or why the caller may not decide it. */
export function decidingActor(principal: Principal, waiting: WaitingFor, organisation?: string): { actor: Actor } | { refusal: string } {
  const mine = membershipsWith(principal, waiting.role)
    .map((m) => m.organisation)
    .filter((org) => waiting.organisations.includes(org));
  const chosen = organisation ? mine.find((org) => org === organisation) : mine[0];
  if (!chosen) {
    return {
      refusal: `本环节须由 ${waiting.organisations.join('、')} 的 ${waiting.role} 决定 / step ${waiting.step} waits for role ${waiting.role} of ${waiting.organisations.join(', ')}`,
    };
  }
  return { actor: { id: principal.sub, role: waiting.role, organisation: chosen } };
}

/** The filing unit's clerk (a person or the unit's service account) corrects and withdraws its own matters. */
export function unitActor(principal: Principal, unitCode: string): Actor | undefined {
  const member = membershipsWith(principal, 'unit-clerk').find((m) => m.organisation === unitCode);
  return member ? { id: principal.sub, role: 'unit-clerk', organisation: unitCode } : undefined;
}

/** The (organisation, role) pairs whose waiting steps are the caller's tasks. */
export function taskScopes(principal: Principal): { organisation: string; role: Role }[] {
  return principal.memberships.flatMap((m) => m.roles.map((role) => ({ organisation: m.organisation, role })));
}
