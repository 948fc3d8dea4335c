/**
 * The codec server Temporal UI and CLI call to show administrators the decrypted payloads
 * (https://docs.temporal.io/production-deployment/data-encryption): `POST /codec/decode` and
 * `/codec/encode`, Payloads as protobuf JSON in and out. Everyone else gets 401/403, and the
 * UI then shows ciphertext.
 */
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AdminTokenCheck } from '../../codec/admin-tokens';
import { errorBody, HttpError } from '../errors';

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

// protobuf JSON accepts standard and URL-safe base64, padded or not.
const base64 = z.string().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'base64');
const payloadJson = z.object({ metadata: z.record(z.string(), base64).optional(), data: base64.optional() });
const payloadsJson = z.object({ payloads: z.array(payloadJson) }).describe('temporal.api.common.v1.Payloads as protobuf JSON');
type PayloadJson = z.infer<typeof payloadJson>;

const fromJson = ({ metadata, data }: PayloadJson): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});
const toJson = ({ metadata, data }: Payload): PayloadJson => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')])),
  ...(data?.length ? { data: Buffer.from(data).toString('base64') } : {}),
});

const operations = {
  // The SDK's order: encode through the codecs first to last, decode last to first.
  encode: async (codecs: readonly PayloadCodec[], payloads: Payload[]) => {
    for (const codec of codecs) payloads = await codec.encode(payloads);
    return payloads;
  },
  decode: async (codecs: readonly PayloadCodec[], payloads: Payload[]) => {
    for (const codec of [...codecs].reverse()) payloads = await codec.decode(payloads);
    return payloads;
  },
};

const allowedHeaders = 'content-type, x-namespace, authorization, authorization-extras';

export const codecRoutes: FastifyPluginAsyncZod<CodecServerOptions> = async (app, options) => {
  const origins = new Set(options.corsOrigins);

  /** CORS for the configured UI origins only; a browser elsewhere never gets to read an answer. */
  const corsFor = (request: FastifyRequest, reply: FastifyReply): boolean => {
    reply.header('vary', 'origin');
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (!origins.has(origin)) return false;
    reply.header('access-control-allow-origin', origin);
    // Temporal UI's "include cross-origin credentials" setting needs this; no cookie is ever read here.
    reply.header('access-control-allow-credentials', 'true');
    return true;
  };

  const guard = async (request: FastifyRequest<{ Params: { token?: string } }>, reply: FastifyReply) => {
    if (!corsFor(request, reply)) throw new HttpError(403, 'origin_not_allowed', '该来源不可调用编解码服务 / this origin may not call the codec server');
    const header = request.headers.authorization;
    const token = request.params.token ?? (header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined);
    if (!token) {
      reply.header('www-authenticate', 'Bearer realm="codec"');
      throw new HttpError(401, 'unauthorized', '需要管理员令牌 / an administrator token is required');
    }
    if (!(await options.isAdmin(token))) throw new HttpError(403, 'forbidden', '仅限管理员 / administrators only');
    const namespace = request.headers['x-namespace'];
    if (typeof namespace === 'string' && namespace !== options.namespace) {
      throw new HttpError(400, 'wrong_namespace', `本服务只解码命名空间 ${options.namespace} / this codec serves namespace ${options.namespace} only`);
    }
  };

  const prefixes = ['/codec', ...(options.tokenInPath ? ['/codec/:token'] : [])];
  for (const prefix of prefixes) {
    const hide = prefix !== '/codec';
    for (const operation of ['decode', 'encode'] as const) {
      const url = `${prefix}/${operation}`;
      app.options(url, { schema: { hide: true } }, async (request, reply) => {
        if (!corsFor(request, reply) || request.headers.origin === undefined) return reply.code(403).send();
        return reply
          .code(204)
          .header('access-control-allow-methods', 'POST')
          .header('access-control-allow-headers', allowedHeaders)
          .header('access-control-max-age', '600')
          .send();
      });
      app.post(
        url,
        {
          onRequest: guard,
          // A history's payloads may reach Temporal's 2 MB blob limit, a third larger in base64.
          bodyLimit: 8 * 1024 * 1024,
          schema: {
            hide,
            tags: ['codec'],
            summary: operation === 'decode' ? '解密载荷（管理员）/ decrypt payloads for administrators' : '加密载荷（管理员）/ encrypt payloads for administrators',
            security: [{ bearer: [] }],
            body: payloadsJson,
            response: { 200: payloadsJson, 400: errorBody, 401: errorBody, 403: errorBody },
          },
        },
        async (request) => {
          try {
            const payloads = await operations[operation](options.codecs, request.body.payloads.map(fromJson));
            return { payloads: payloads.map(toJson) };
          } catch (error) {
            // Unknown key id or tampered ciphertext: the caller's payloads, not our fault.
            request.log.warn({ err: error }, `codec ${operation} failed`);
            throw new HttpError(400, 'codec_failed', '载荷无法处理（未知密钥或已被篡改）/ the payloads could not be processed (unknown key or tampered data)');
          }
        },
      );
    }
  }
};
