/**
 * The codec server Temporal UI and CLI call to show administrators the decrypted payloads
 * (https://docs.temporal.io/production-deployment/data-encryption): who may call it, from which
 * browser origins, and the encode/decode of Payloads as protobuf JSON with the workers' codecs.
 * The API only mounts it (api/routes/codec.ts).
 *
 * The local dev UI is the one exception to "no origin, no token in a URL": it exists only while
 * `npm start` runs the dev server itself, so a production deployment (its own Temporal,
 * `npm run api`) never has it.
 */
import { resolve } from 'node:path';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { z } from 'zod';
import { isAdmin } from '../auth/access';
import type { TokenVerifier } from '../auth/tokens';
import type { Env } from '../config/env';
import { anyAdminToken, localAdminToken, staticAdminTokens, type AdminTokenCheck } from './admin-tokens';

export interface CodecServerOptions {
  /** The data converter's codecs, in its order: the codec server must agree with the workers. */
  codecs: readonly PayloadCodec[];
  namespace: string;
  isAdmin: AdminTokenCheck;
  /** Temporal UI origins whose browsers may call us; empty in production unless configured. */
  corsOrigins: readonly string[];
  /**
   * The local exception: also serve `/codec/<token>/…`, because the dev server's UI has no
   * sign-in and so no bearer token to send; the token then rides in the configured endpoint.
   */
  tokenInPath: boolean;
}

export interface LocalUi {
  /** The dev server's UI port, whose origins are allowed unless CODEC_CORS_ORIGINS says otherwise. */
  port: number;
}

/** Why a call is refused: the HTTP status, a code and a bilingual message. */
export interface CodecRefusal {
  status: 400 | 401 | 403;
  code: string;
  message: string;
}

export type CodecOperation = 'encode' | 'decode';

// protobuf JSON accepts standard and URL-safe base64, padded or not.
const base64 = z.string().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'base64');
const payloadJson = z.object({ metadata: z.record(z.string(), base64).optional(), data: base64.optional() });
export const payloadsJson = z.object({ payloads: z.array(payloadJson) }).describe('temporal.api.common.v1.Payloads as protobuf JSON');
type PayloadJson = z.infer<typeof payloadJson>;

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

/** What the local UI is started with: the token rides in the path because that UI cannot send one. */
export function localUiCodecEndpoint(apiBaseUrl: string, token: string): string {
  return `${apiBaseUrl}/codec/${encodeURIComponent(token)}`;
}

export class CodecServer {
  private readonly origins: ReadonlySet<string>;

  constructor(readonly options: CodecServerOptions) {
    this.origins = new Set(options.corsOrigins);
  }

  /** A browser elsewhere than the configured UI origins never gets to read an answer; tools send no origin. */
  allowsOrigin(origin: string | undefined): boolean {
    return origin === undefined || this.origins.has(origin);
  }

  /** Undefined when an administrator calls for this namespace; the refusal otherwise. */
  async refusal({ token, namespace }: { token: string | undefined; namespace: string | undefined }): Promise<CodecRefusal | undefined> {
    if (!token) return { status: 401, code: 'unauthorized', message: '需要管理员令牌 / an administrator token is required' };
    if (!(await this.options.isAdmin(token))) return { status: 403, code: 'forbidden', message: '仅限管理员 / administrators only' };
    if (namespace !== undefined && namespace !== this.options.namespace) {
      return { status: 400, code: 'wrong_namespace', message: `本服务只解码命名空间 ${this.options.namespace} / this codec serves namespace ${this.options.namespace} only` };
    }
    return undefined;
  }

  /** Runs the payloads through the codecs in the SDK's order: encode first to last, decode last to first. Throws on an unknown key or tampered data. */
  async run(operation: CodecOperation, body: z.infer<typeof payloadsJson>): Promise<z.infer<typeof payloadsJson>> {
    let payloads = body.payloads.map(fromJson);
    const codecs = operation === 'encode' ? this.options.codecs : [...this.options.codecs].reverse();
    for (const codec of codecs) payloads = await codec[operation](payloads);
    return { payloads: payloads.map(toJson) };
  }
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

const fromJson = ({ metadata, data }: PayloadJson): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});
const toJson = ({ metadata, data }: Payload): PayloadJson => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')])),
  ...(data?.length ? { data: Buffer.from(data).toString('base64') } : {}),
});
