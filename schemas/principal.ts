/**
 * Who calls: a person or a backend team's service account, with the organisations it acts
 * for and its roles in each. The API reads it from the bearer token's claims; decisions carry
 * the part of it the workflow checks (the actor: who, in which organisation, in which role).
 */
import { z } from 'zod';
import { regionCode } from './region';
import { role, type Actor, type Role, type WaitingFor } from './matter';

export const organisationKind = z
  .enum(['unit', 'competent', 'hall', 'division', 'department', 'supervision', 'platform'])
  .describe('机构类别: 用人单位 · 主管部门 · 政务服务大厅 · 人事处(加签) · 经办部门 · 监督 · 平台运维');
export type OrganisationKind = z.infer<typeof organisationKind>;

/** A role that names its organisation's function; a chief (负责人, whom cards are escalated to) heads an office of any kind. */
export type FunctionRole = Exclude<Role, 'chief'>;

/** The kind of organisation each role is held in: a role names its organisation's function. */
export const organisationKindOfRole: Record<FunctionRole, OrganisationKind> = {
  'unit-clerk': 'unit',
  'competent-reviewer': 'competent',
  'hall-officer': 'hall',
  countersigner: 'division',
  'department-officer': 'department',
  supervisor: 'supervision',
  admin: 'platform',
};

export const membership = z.object({
  organisation: z.string().min(1).max(64).describe('机构代码 / organisation code'),
  kind: organisationKind,
  region: regionCode,
  roles: z.array(role).min(1),
});
export type Membership = z.infer<typeof membership>;

export const principalKind = z.enum(['person', 'service']);

/** The claims of a Yijianshi bearer token (besides iss, aud, iat, exp). */
export const principal = z.object({
  sub: z.string().min(1).max(64).describe('登录名 / login'),
  name: z.string().min(1).max(100).describe('显示名 / display name (staff, not applicants)'),
  kind: principalKind,
  memberships: z.array(membership).min(1).max(50),
});
export type Principal = z.infer<typeof principal>;

export function membershipsWith(principal: Pick<Principal, 'memberships'>, role: Role): Membership[] {
  return principal.memberships.filter((m) => m.roles.includes(role));
}

/** The actor a decision on the step the matter waits for is sent as, or why the caller may not decide it. */
export function decidingActor(principal: Pick<Principal, 'sub' | 'memberships'>, waiting: WaitingFor, organisation?: string): { actor: Actor } | { refusal: string } {
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
export function unitActor(principal: Pick<Principal, 'sub' | 'memberships'>, unitCode: string): Actor | undefined {
  const member = membershipsWith(principal, 'unit-clerk').find((m) => m.organisation === unitCode);
  return member ? { id: principal.sub, role: 'unit-clerk', organisation: unitCode } : undefined;
}
