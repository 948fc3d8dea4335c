/**
 * Tokens for backend teams (OAuth 2.0 client credentials: a service account's id and secret in,
 * a bearer token out) and `GET /api/v1/me`, which says who a token speaks for. People get their
 * tokens from the identity provider (locally: `npm run token -- <login>`).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signToken, type TokenSettings, type TokenVerifier } from '../../auth/tokens';
import type { Database } from '../../db/client';
import { verifyClientCredentials } from '../../directory/store';
import { principal } from '../../schemas/principal';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';

export interface AuthOptions {
  verify: TokenVerifier;
  settings: TokenSettings;
  ttlSeconds: number;
}

const tokenRequest = z.object({
  grant_type: z.literal('client_credentials', { error: '仅支持 client_credentials / only client_credentials is supported' }),
  client_id: z.string().min(1).max(64).describe('服务账号 / the service account login'),
  client_secret: z.string().min(1).max(200).describe('服务账号密钥 / its secret'),
});

const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().describe('有效秒数 / seconds the token is valid'),
});

/** Guesses at a secret per client and address: a team's system asks for a token a few times an hour. */
const tokenRequestsPerMinute = 10;

export const authRoutes: FastifyPluginAsyncZod<AuthOptions & { db: Database }> = async (app, { db, settings, ttlSeconds }) => {
  // After the body is parsed, so the limit is per client as well as per address.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });

  // RFC 6749 sends the token request as a form; JSON is accepted as well.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.post(
    '/api/v1/auth/token',
    {
      config: {
        public: true,
        rateLimit: {
          max: tokenRequestsPerMinute,
          timeWindow: '1 minute',
          keyGenerator: (request) => `${request.ip}/${(request.body as { client_id?: unknown } | undefined)?.client_id ?? ''}`,
          errorResponseBuilder: (_request, context) =>
            new HttpError(429, 'too_many_requests', `取令牌过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试 / too many token requests, retry in ${Math.ceil(context.ttl / 1000)} s`),
        },
      },
      schema: {
        tags: ['auth'],
        summary: '服务账号取令牌 / a bearer token for a service account (client credentials)',
        security: [],
        body: tokenRequest,
        response: { 200: tokenResponse, 400: errorBody, 401: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const claims = await verifyClientCredentials(db, request.body.client_id, request.body.client_secret);
      if (!claims) {
        request.log.warn({ client: request.body.client_id }, 'client credentials refused');
        throw new HttpError(401, 'invalid_client', '服务账号或密钥不正确 / unknown client or wrong secret');
      }
      reply.header('cache-control', 'no-store');
      return { access_token: await signToken(claims, settings, ttlSeconds), token_type: 'Bearer' as const, expires_in: ttlSeconds };
    },
  );

  app.get(
    '/api/v1/me',
    { schema: { tags: ['auth'], summary: '当前身份 / who the token speaks for: login, organisations, roles', response: { 200: principal, 401: errorBody } } },
    async (request) => callerOf(request),
  );
};
