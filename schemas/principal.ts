/**
 * Who calls: a person or a backend team's service account, with the organisations it acts
 * for and its roles in each. The API reads it from the bearer token's claims; decisions carry
 * the part of it the workflow checks (the actor: who, in which organisation, in which role).
 */
import { z } from 'zod';
import { regionCode } from './region';
import { role, type Role } from './matter';

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
