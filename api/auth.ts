/**
 * Authentication at the door: every `/api/` route but the token endpoint needs a valid bearer
 * token of an account that is not deactivated, whose claims become `request.principal`.
 * Denials after that (403, and the 404 that hides another organisation's matter) go through
 * `deny`, which logs them and appends them to the audit trail before the caller hears of it.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { appendAuditEvents } from '../db/audit';
import type { Database } from '../db/client';
import type { Principal } from '../schemas/principal';
import { isAdmin, supervisedRegions } from '../auth/access';
import { InvalidToken, type TokenVerifier } from '../auth/tokens';
import type { DeactivationCheck } from '../directory/deactivated';
import { HttpError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Served without a token (the token endpoint itself). */
    public?: boolean;
  }
}

export function installAuthentication(app: FastifyInstance, verify: TokenVerifier, accounts: DeactivationCheck): void {
  app.addHook('onRequest', async (request, reply) => {
    // By the route matched, not the raw URL, so no spelling of a path reaches an /api route unchecked.
    if (!request.routeOptions.url?.startsWith('/api/') || request.routeOptions.config?.public) return;
    const header = request.headers.authorization;
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    try {
      if (!token) throw new InvalidToken('no bearer token');
      const principal = await verify(token);
      if (await accounts.isDeactivated(principal.sub)) throw new InvalidToken('the account is deactivated');
      request.principal = principal;
    } catch (error) {
      // A token the verifier could not judge (the identity provider's keys unreachable) or a directory that did not answer is not the caller's fault.
      if (!(error instanceof InvalidToken)) throw error;
      const reason = error.message;
      request.log.info({ reason }, 'unauthenticated request');
      reply.header('www-authenticate', `Bearer realm="yijianshi", error="invalid_token"`);
      throw new HttpError(401, 'unauthenticated', `请先登录：需要有效的访问令牌 / a valid bearer token is required (${reason})`);
    }
  });
}

/** The authenticated caller; the hook has made sure there is one on every protected route. */
export function callerOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new HttpError(401, 'unauthenticated', '请先登录 / a valid bearer token is required');
  return request.principal;
}

export interface Denial {
  status: 403 | 404;
  /** Why, for the log, the audit trail and (on a 403) the caller. */
  reason: string;
  matterId?: string;
  /** What a 404 says instead, so it reads like any other missing resource. */
  notFoundMessage?: string;
}

/** Records a denial (log + audit trail) and answers the error to throw. */
export async function deny(db: Database, request: FastifyRequest, denial: Denial): Promise<HttpError> {
  const caller = request.principal;
  const route = `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`;
  request.log.warn({ caller: caller?.sub, route, status: denial.status, reason: denial.reason }, 'access denied');
  await appendAuditEvents(db, [
    {
      eventKey: `denied/${request.id}/${randomUUID()}`,
      matterId: denial.matterId ?? null,
      at: new Date(),
      actor: caller?.sub ?? 'anonymous',
      organisation: caller?.memberships[0]?.organisation ?? null,
      action: 'access-denied',
      outcome: 'denied',
      details: { route, status: denial.status, reason: denial.reason, requestId: request.id },
    },
  ]);
  return denial.status === 404
    ? new HttpError(404, 'not_found', denial.notFoundMessage ?? '没有该资源 / not found')
    : new HttpError(403, 'forbidden', denial.reason);
}

/** The caller, when an administrator; otherwise the denial, logged and audited. */
export async function requireAdmin(db: Database, request: FastifyRequest, what: string): Promise<Principal> {
  const caller = callerOf(request);
  if (isAdmin(caller)) return caller;
  throw await deny(db, request, { status: 403, reason: `${what}限平台管理员 / ${what}: administrators only` });
}

/** The regions a supervisor watches (`all` for an administrator); anyone else is denied. */
export async function requireSupervision(db: Database, request: FastifyRequest): Promise<string[] | 'all'> {
  const caller = callerOf(request);
  if (isAdmin(caller)) return 'all';
  const regions = supervisedRegions(caller);
  if (regions.length > 0) return regions;
  throw await deny(db, request, { status: 403, reason: '监督查询限监督人员 / supervision is for supervisors of the region' });
}
