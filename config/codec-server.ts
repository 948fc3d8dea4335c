/**
 * The codec server's configuration from the environment. The local dev UI is the one
 * exception to "no origin, no token in a URL": it exists only while `npm start` runs the dev
 * server itself, so a production deployment (its own Temporal, `npm run api`) never has it.
 */
import { resolve } from 'node:path';
import type { DataConverter } from '@temporalio/common';
import type { CodecServerOptions } from '../api/routes/codec';
import { isAdmin } from '../auth/access';
import type { TokenVerifier } from '../auth/tokens';
import { anyAdminToken, localAdminToken, staticAdminTokens, type AdminTokenCheck } from '../codec/admin-tokens';
import type { Env } from './env';

export interface LocalUi {
  /** The dev server's UI port, whose origins are allowed unless CODEC_CORS_ORIGINS says otherwise. */
  port: number;
}

export const adminTokenFile = (env: Env) => resolve(env.DATA_DIR, 'codec-admin-token');

/** CODEC_ADMIN_TOKENS, or the local token generated on first use. */
export function codecAdminTokens(env: Env): string[] {
  return env.CODEC_ADMIN_TOKENS ?? [localAdminToken(adminTokenFile(env))];
}

export function codecServerOptions(env: Env, dataConverter: DataConverter, verifyToken: TokenVerifier, localUi?: LocalUi): CodecServerOptions {
  const localOrigins = localUi ? [`http://localhost:${localUi.port}`, `http://127.0.0.1:${localUi.port}`] : [];
  return {
    codecs: dataConverter.payloadCodecs ?? [],
    namespace: env.TEMPORAL_NAMESPACE,
    // A generated static token only for the local UI; production admits administrators' JWTs and the configured tokens.
    isAdmin: anyAdminToken(staticAdminTokens(localUi ? codecAdminTokens(env) : (env.CODEC_ADMIN_TOKENS ?? [])), administratorJwt(verifyToken)),
    corsOrigins: env.CODEC_CORS_ORIGINS ?? localOrigins,
    tokenInPath: localUi !== undefined,
  };
}

function administratorJwt(verifyToken: TokenVerifier): AdminTokenCheck {
  return async (token) => {
    try {
      return isAdmin(await verifyToken(token));
    } catch {
      return false;
    }
  };
}

/** What the local UI is started with: the token rides in the path because that UI cannot send one. */
export function localUiCodecEndpoint(apiBaseUrl: string, token: string): string {
  return `${apiBaseUrl}/codec/${encodeURIComponent(token)}`;
}
