/**
 * Mounts the codec server (codec/server.ts) for Temporal UI and CLI: `POST /codec/decode` and
 * `/codec/encode`, with CORS for the configured UI origins; everyone but administrators gets
 * 401/403, and the UI then shows ciphertext.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { payloadsJson, type CodecServer } from '../../codec/server';
import { errorBody, HttpError } from '../errors';

const allowedHeaders = 'content-type, x-namespace, authorization, authorization-extras';

export const codecRoutes: FastifyPluginAsyncZod<{ codec: CodecServer }> = async (app, { codec }) => {
  /** Answers the CORS headers for an allowed origin; false for a browser of another origin. */
  const corsFor = (request: FastifyRequest, reply: FastifyReply): boolean => {
    reply.header('vary', 'origin');
    const origin = request.headers.origin;
    if (!codec.allowsOrigin(origin)) return false;
    if (origin === undefined) return true;
    reply.header('access-control-allow-origin', origin);
    // Temporal UI's "include cross-origin credentials" setting needs this; no cookie is ever read here.
    reply.header('access-control-allow-credentials', 'true');
    return true;
  };

  const guard = async (request: FastifyRequest<{ Params: { token?: string } }>, reply: FastifyReply) => {
    if (!corsFor(request, reply)) throw new HttpError(403, 'origin_not_allowed', '该来源不可调用编解码服务 / this origin may not call the codec server');
    const header = request.headers.authorization;
    const namespace = request.headers['x-namespace'];
    const refusal = await codec.refusal({
      token: request.params.token ?? (header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined),
      namespace: typeof namespace === 'string' ? namespace : undefined,
    });
    if (!refusal) return;
    if (refusal.status === 401) reply.header('www-authenticate', 'Bearer realm="codec"');
    throw new HttpError(refusal.status, refusal.code, refusal.message);
  };

  const prefixes = ['/codec', ...(codec.options.tokenInPath ? ['/codec/:token'] : [])];
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
            return await codec.run(operation, request.body);
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
