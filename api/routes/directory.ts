/**
 * 机构与人员: the organisations (regions' offices, competent departments, units) and the accounts
 * (people, service accounts) with their roles. Every caller may look organisations up; only
 * administrators change them, manage accounts and issue service-account secrets, and each
 * change is in the audit trail.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import type { DeactivationCheck } from '../../directory/deactivated';
import { createServiceSecret, listAccounts, listOrganisations, UnknownOrganisations, upsertAccount, upsertOrganisation } from '../../directory/store';
import { regionCode } from '../../schemas/region';
import { role } from '../../schemas/matter';
import { organisationKind, principalKind } from '../../schemas/principal';
import { requireAdmin } from '../auth';
import { errorBody, HttpError, invalidInput } from '../errors';
import { pageOf, paging } from '../../schemas/paging';

const organisationCode = z.string().regex(/^[0-9A-Za-z-]{2,64}$/, '机构代码：字母、数字或连字符 / letters, digits or hyphens').describe('机构代码 / organisation code');
const login = z.string().regex(/^[\w.@-]{2,64}$/, '登录名：字母、数字或 . _ @ - / letters, digits, . _ @ -').describe('登录名 / login');

const searchText = z.string().trim().min(1).max(64).optional().describe('代码、登录名或名称包含 / code, login or name contains');

const organisationBody = z.object({
  name: z.string().trim().min(2).max(100),
  kind: organisationKind,
  region: regionCode,
  competentDepartment: organisationCode.nullable().optional().describe('单位的主管部门 / a unit’s competent department'),
  active: z.boolean().optional(),
});
export const organisation = organisationBody.extend({ code: z.string(), competentDepartment: z.string().nullable(), active: z.boolean(), region: z.string() });

const accountMembership = z.object({ organisation: organisationCode, roles: z.array(role).min(1) });
const accountBody = z.object({
  name: z.string().trim().min(1).max(100),
  kind: principalKind,
  memberships: z.array(accountMembership).min(1).max(50),
  active: z.boolean().optional(),
});
export const account = accountBody.extend({
  login: z.string(),
  active: z.boolean(),
  hasSecret: z.boolean().describe('服务账号是否已有密钥 / whether a service account has a secret'),
  memberships: z.array(z.object({ organisation: z.string(), roles: z.array(role) })),
});

const unknownOrganisations = (error: UnknownOrganisations, field: string) =>
  invalidInput(error.codes.map((code) => ({ field, message: `机构 ${code} 不存在 / no organisation ${code}` })));

export const directoryRoutes: FastifyPluginAsyncZod<{ db: Database; accounts: DeactivationCheck }> = async (app, { db, accounts }) => {
  const audited = (request: FastifyRequest, by: string, action: string, subject: string, details: Record<string, unknown>) =>
    appendAuditEvents(db, [{ eventKey: `directory/${action}/${randomUUID()}`, at: new Date(), actor: by, action, details: { subject, ...details, requestId: request.id } }]);

  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['directory'],
        summary: '机构目录 / organisations',
        querystring: z.object({ kind: organisationKind.optional(), region: regionCode.optional(), q: searchText }).extend(paging.shape),
        response: { 200: pageOf(organisation), 400: errorBody, 401: errorBody },
      },
    },
    async (request) => ({ ...(await listOrganisations(db, request.query)), page: request.query.page, pageSize: request.query.pageSize }),
  );

  app.put(
    '/api/v1/organisations/:code',
    {
      schema: {
        tags: ['directory'],
        summary: '新增或修改机构 / create or change an organisation (administrators)',
        params: z.object({ code: organisationCode }),
        body: organisationBody,
        response: { 200: organisation, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const by = (await requireAdmin(db, request, '维护机构')).sub;
      try {
        const saved = await upsertOrganisation(db, { code: request.params.code, ...request.body });
        await audited(request, by, 'organisation-saved', saved.code, { kind: saved.kind, region: saved.region, active: saved.active });
        return saved;
      } catch (error) {
        if (error instanceof UnknownOrganisations) throw unknownOrganisations(error, 'body.competentDepartment');
        throw error;
      }
    },
  );

  app.get(
    '/api/v1/accounts',
    {
      schema: {
        tags: ['directory'],
        summary: '账号 / accounts with their roles (administrators)',
        querystring: z.object({ kind: principalKind.optional(), organisation: organisationCode.optional(), q: searchText }).extend(paging.shape),
        response: { 200: pageOf(account), 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      await requireAdmin(db, request, '查看账号');
      return { ...(await listAccounts(db, request.query)), page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.put(
    '/api/v1/accounts/:login',
    {
      schema: {
        tags: ['directory'],
        summary: '新增或修改账号及其角色 / create or change an account and its roles (administrators)',
        description:
          'The memberships given replace the account’s; tokens already issued keep their claims until they expire, but an account set `active: false` is refused at once (by other API replicas within 30 s).',
        params: z.object({ login }),
        body: accountBody,
        response: { 200: account, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const by = (await requireAdmin(db, request, '维护账号')).sub;
      try {
        const saved = await upsertAccount(db, { login: request.params.login, ...request.body });
        accounts.forget(saved.login);
        await audited(request, by, 'account-saved', saved.login, { kind: saved.kind, active: saved.active, memberships: saved.memberships });
        return saved;
      } catch (error) {
        if (error instanceof UnknownOrganisations) throw unknownOrganisations(error, 'body.memberships');
        throw error;
      }
    },
  );

  app.post(
    '/api/v1/accounts/:login/secret',
    {
      schema: {
        tags: ['directory'],
        summary: '签发服务账号密钥 / issue a new client secret for a service account, shown this once (administrators)',
        description: 'The previous secret stops working at once.',
        params: z.object({ login }),
        response: { 201: z.object({ clientId: z.string(), clientSecret: z.string() }), 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const by = (await requireAdmin(db, request, '签发密钥')).sub;
      const secret = await createServiceSecret(db, request.params.login);
      if (!secret) throw new HttpError(404, 'not_found', `没有该服务账号 / no active service account ${request.params.login}`);
      await audited(request, by, 'service-secret-issued', request.params.login, {});
      return reply.code(201).header('cache-control', 'no-store').send({ clientId: request.params.login, clientSecret: secret });
    },
  );
};
