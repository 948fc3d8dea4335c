/**
 * The API as every process that serves it assembles it from the environment: token
 * verification, the codec server for Temporal UI, and the routes over Temporal and PostgreSQL.
 */
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { shedRetryAfterSeconds } from '../api/http-hardening';
import { buildApi } from '../api/server';
import { OidcClient } from '../auth/oidc';
import { tokenVerifier, type TokenSettings } from '../auth/tokens';
import { codecServerOptions, type LocalUi } from '../codec/server';
import type { Env } from '../config/env';
import type { DatabaseHandle } from '../db/client';
import type { WebhookSettings } from '../webhooks/settings';
import type { PersonalDataVault } from '../vault/vault';
import { certificateKeysFor, publicBaseUrlOf } from './certificates';

export interface ApiAssembly {
  env: Env;
  client: Client;
  database: DatabaseHandle;
  logger: Logger;
  dataConverter: DataConverter;
  vault: PersonalDataVault;
  /** The local dev server's UI, whose browser may call the codec server with the token in the path. */
  localUi?: LocalUi;
  /** The console's sign-in by login name, for the local default only (npm start). */
  localSignIn?: boolean;
  /** How subscriptions' endpoints are checked; production's rules unless given. */
  webhooks?: WebhookSettings;
  /** The local dev server's Temporal UI address; TEMPORAL_UI_URL names another. */
  temporalUiUrl?: string;
  /** The public address when PUBLIC_BASE_URL leaves it to the API's own, on a port chosen at start. */
  publicBaseUrl?: string;
}

/** How tokens are signed and verified, as the environment says: the local secret, or the identity provider's keys. */
export function tokenSettingsOf(env: Env): TokenSettings {
  return { secret: env.AUTH_SECRET, jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE };
}

/** Sign-in through the identity provider, when OIDC_ISSUER names one. */
export function oidcClientOf(env: Env): OidcClient | undefined {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_REDIRECT_URL) return undefined;
  return new OidcClient({
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    redirectUrl: env.OIDC_REDIRECT_URL,
    postLogoutRedirectUrl: env.OIDC_POST_LOGOUT_REDIRECT_URL ?? new URL('/console/signin', env.OIDC_REDIRECT_URL).href,
    scopes: env.OIDC_SCOPES,
  });
}

/** The API alone sheds load by default; `npm start` passes `off`, its workers sharing the process (bundling blocks the loop). */
const defaultShedDelayMs = 1000;

export function assembleApi({ env, client, database, logger, dataConverter, vault, localUi, localSignIn, webhooks, temporalUiUrl, publicBaseUrl }: ApiAssembly): Promise<FastifyInstance> {
  const settings = tokenSettingsOf(env);
  const verify = tokenVerifier(settings);
  const shedAt = env.SHED_LOAD_EVENT_LOOP_DELAY_MS ?? defaultShedDelayMs;
  return buildApi({
    client,
    database,
    logger,
    vault,
    auth: { verify, settings, ttlSeconds: env.TOKEN_TTL_SECONDS },
    codecServer: codecServerOptions(env, dataConverter, verify, localUi),
    localSignIn,
    webhooks,
    temporalUi: { url: env.TEMPORAL_UI_URL ?? temporalUiUrl, namespace: env.TEMPORAL_NAMESPACE },
    oidc: oidcClientOf(env),
    pressure: shedAt === 'off' ? undefined : { maxEventLoopDelay: shedAt, retryAfterSeconds: shedRetryAfterSeconds },
    certificates: { keys: certificateKeysFor(env), publicBaseUrl: publicBaseUrl ?? publicBaseUrlOf(env) },
    rectificationWorkingDays: env.RECTIFICATION_WORKING_DAYS,
  });
}
