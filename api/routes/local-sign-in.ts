/**
 * Sign-in on the local default (`npm start`): the console lists the seeded people and asks here
 * for a token as one of them, the way `npm run token` prints one. The API registers these routes
 * only when it runs on the local secret outside production, so `npm run api` and a production
 * deployment answer 404 — there people sign in through the identity provider.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signToken, type TokenSettings } from '../../auth/tokens';
import { seedAccounts, seedOrganisations, seedPrincipal } from '../../directory/seed';
import { role } from '../../schemas/matter';
import { organisationKind } from '../../schemas/principal';
import { errorBody, HttpError } from '../errors';

export const localAccount = z.object({
  login: z.string(),
  name: z.string().describe('显示名 / display name'),
  memberships: z.array(
    z.object({
      organisation: z.string().describe('机构代码 / organisation code'),
      organisationName: z.string(),
      kind: organisationKind,
      roles: z.array(role),
    }),
  ),
});
export type LocalAccount = z.infer<typeof localAccount>;

export const localSignInRequest = z.object({ login: z.string().min(1).max(64).describe('登录名 / login') });

export const localSignInResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('有效秒数 / seconds the token is valid'),
});
export type LocalSignInResponse = z.infer<typeof localSignInResponse>;

/** People only: a service account signs in with its secret at /api/v1/auth/token, not by name. */
const people = seedAccounts.filter((account) => account.kind === 'person');

const organisationName = (code: string) => seedOrganisations.find((o) => o.code === code)?.name ?? code;

export const localSignInRoutes: FastifyPluginAsyncZod<{ settings: TokenSettings; ttlSeconds: number }> = async (app, { settings, ttlSeconds }) => {
  app.get(
    '/api/v1/auth/local-sign-in',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: '本地演示账号 / the seeded people one may sign in as (local default only)',
        security: [],
        response: { 200: z.object({ items: z.array(localAccount) }) },
      },
    },
    async () => ({
      items: people.map((account) => {
        const claims = seedPrincipal(account.login)!;
        return {
          login: account.login,
          name: account.name,
          memberships: claims.memberships.map((m) => ({ organisation: m.organisation, organisationName: organisationName(m.organisation), kind: m.kind, roles: m.roles })),
        };
      }),
    }),
  );

  app.post(
    '/api/v1/auth/local-sign-in',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: '本地登录 / a bearer token for a seeded person (local default only)',
        security: [],
        body: localSignInRequest,
        response: { 200: localSignInResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const account = people.find((a) => a.login === request.body.login);
      if (!account) throw new HttpError(404, 'unknown_login', `没有该演示账号 / no seeded person ${request.body.login}`);
      request.log.info({ login: account.login }, 'local sign-in');
      reply.header('cache-control', 'no-store');
      return { access_token: await signToken(seedPrincipal(account.login)!, settings, ttlSeconds), token_type: 'Bearer' as const, expires_in: ttlSeconds };
    },
  );
};
