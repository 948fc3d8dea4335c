/**
 * /api/v1/auth/oidc — people sign in to the console through the identity provider (registered
 * when OIDC_ISSUER is set). The browser is sent to the provider with state, nonce and a PKCE
 * challenge, whose secrets wait in a signed, HttpOnly cookie; the provider sends it back to the
 * callback, which exchanges the code, finds the person's memberships (the ID token's, or the
 * directory's) and hands the console its bearer token through a second short-lived HttpOnly
 * cookie the console redeems once (POST …/session) — so the token is never in a URL.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { loginOf, OidcSignInFailed, principalFromClaims, type OidcClient, type PendingSignIn } from '../../auth/oidc';
import { signToken, type TokenSettings } from '../../auth/tokens';
import type { Database } from '../../db/client';
import { principalOf } from '../../directory/store';
import { errorBody, HttpError } from '../errors';
import { localSignInResponse } from './local-sign-in';

const cookiePath = '/api/v1/auth/oidc';
const pendingCookie = 'yjs_oidc_pending';
const sessionCookie = 'yjs_oidc_session';

/** Only a path inside the console: anything else returns to its start. */
const consolePath = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\s\\]*$/, { error: '只能是控制台内的路径 / a path inside the console' })
  .optional()
  .describe('登录后回到的控制台路径 / the console path to return to after sign-in');

const callbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
});

export const oidcConfiguration = z.object({
  signIn: z.string().describe('开始登录的地址 / where sign-in starts'),
  signOut: z.string().optional().describe('在身份提供方退出的地址 / where the provider signs the person out'),
});

export interface OidcRouteOptions {
  oidc: OidcClient;
  db: Database;
  settings: TokenSettings;
  ttlSeconds: number;
}

export const oidcRoutes: FastifyPluginAsyncZod<OidcRouteOptions> = async (app, { oidc, db, settings, ttlSeconds }) => {
  const secure = oidc.settings.redirectUrl.startsWith('https:');
  const key = new TextEncoder().encode(settings.secret);
  const seal = (claims: Record<string, unknown>, seconds: number) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('yijianshi-oidc-cookie').setIssuedAt().setExpirationTime(`${seconds}s`).sign(key);
  const open = async (value: string | undefined) => (value ? (await jwtVerify(value, key, { audience: 'yijianshi-oidc-cookie', algorithms: ['HS256'] }).catch(() => undefined))?.payload : undefined);
  const setCookie = (reply: FastifyReply, name: string, value: string, seconds: number) =>
    reply.header('set-cookie', `${name}=${value}; Path=${cookiePath}; Max-Age=${seconds}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);

  app.get(
    '/api/v1/auth/oidc',
    { config: { public: true }, schema: { tags: ['auth'], summary: '统一身份认证登录的入口 / where sign-in through the identity provider starts and ends', security: [], response: { 200: oidcConfiguration } } },
    async () => ({ signIn: `${cookiePath}/sign-in`, signOut: await oidc.signOutUrl().catch(() => undefined) }),
  );

  app.get(
    '/api/v1/auth/oidc/sign-in',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: '前往身份提供方登录 / go to the identity provider to sign in', security: [], querystring: z.object({ next: consolePath }), response: { 302: z.null(), 400: errorBody } },
    },
    async (request, reply) => {
      const { url, pending } = await oidc.beginSignIn();
      setCookie(reply, pendingCookie, await seal({ ...pending, next: request.query.next ?? '/' }, 600), 600);
      return reply.header('cache-control', 'no-store').redirect(url, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    { config: { public: true }, schema: { tags: ['auth'], summary: '身份提供方的回调 / the identity provider sends the browser back here', security: [], querystring: callbackQuery, response: { 302: z.null(), 400: errorBody } } },
    async (request, reply) => {
      const pending = (await open(cookieOf(request, pendingCookie))) as (PendingSignIn & { next: string }) | undefined;
      reply.header('set-cookie', `${pendingCookie}=; Path=${cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`).header('cache-control', 'no-store');
      const failed = (reason: string) => {
        request.log.warn({ reason }, 'OIDC sign-in failed');
        return reply.redirect(`/console/signin?failed=oidc`, 302);
      };
      if (!pending) return failed('no sign-in under way in this browser (or it took over 10 minutes)');
      if (request.query.error) return failed(`the provider answered ${request.query.error}`);
      let claims: Record<string, unknown>;
      try {
        claims = await oidc.completeSignIn(new URL(request.url, oidc.settings.redirectUrl), pending);
      } catch (error) {
        if (error instanceof OidcSignInFailed) return failed(error.message);
        throw error;
      }
      const login = loginOf(claims);
      const person = principalFromClaims(claims) ?? (await principalOf(db, login));
      if (!person) return failed('the login is not an active account with memberships in the directory');
      request.log.info({ login: person.sub }, 'OIDC sign-in');
      const token = await signToken(person, settings, ttlSeconds);
      reply.header('set-cookie', `${sessionCookie}=${await seal({ token, expiresAt: Date.now() + ttlSeconds * 1000 }, 120)}; Path=${cookiePath}; Max-Age=120; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`);
      return reply.redirect(`/console/signin/complete?next=${encodeURIComponent(pending.next)}`, 302);
    },
  );

  app.post(
    '/api/v1/auth/oidc/session',
    {
      config: { public: true },
      schema: { tags: ['auth'], summary: '领取登录后的访问令牌（一次） / redeem, once, the bearer token of the sign-in just completed', security: [], response: { 200: localSignInResponse, 401: errorBody } },
    },
    async (request, reply) => {
      const sealed = await open(cookieOf(request, sessionCookie));
      reply.header('set-cookie', `${sessionCookie}=; Path=${cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`).header('cache-control', 'no-store');
      if (typeof sealed?.token !== 'string') throw new HttpError(401, 'unauthenticated', '没有刚完成的登录，请重新登录 / no sign-in just completed; sign in again');
      const left = Math.floor((Number(sealed.expiresAt) - Date.now()) / 1000);
      return { access_token: sealed.token, token_type: 'Bearer' as const, expires_in: Number.isFinite(left) ? Math.max(left, 0) : 0 };
    },
  );
};

function cookieOf(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
