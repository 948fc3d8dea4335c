/**
 * Public certificate verification, no sign-in: `GET /verify/{certificateId}` — the URL a
 * certificate's QR code holds, or its short code typed in — answers an HTML page in Chinese, or
 * JSON when asked for by `Accept`; `GET /.well-known/yijianshi-certificate-keys.json` publishes
 * the keys (JWKS) for verifying offline. Rate-limited per address, as anyone may call it.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateIdFrom } from '../../certificates/identity';
import { certificateJwks, type CertificateKeys } from '../../certificates/keys';
import { findCertificate } from '../../certificates/store';
import { unknownCertificateHtml, verificationHtml } from '../../certificates/verification-page';
import { verifyCertificate } from '../../certificates/verification';
import type { Database } from '../../db/client';
import { certificateVerification } from '../../schemas/certificate';
import { errorBody, HttpError } from '../errors';

export const certificateKeysPath = '/.well-known/yijianshi-certificate-keys.json';

/** A person scanning a code now and then, or a registry checking a batch: far below this; guessing ids, far above. */
const verificationsPerMinute = 60;

const html = z.string().meta({ type: 'string', description: '核验结果页（中文）/ the verdict as a page' });

const jwks = z.object({
  keys: z.array(z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string(), kid: z.string(), alg: z.literal('EdDSA'), use: z.literal('sig') })),
});

// Inline styles only, no scripts, nothing fetched: the page cannot be made to run anything.
const pageSecurity = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface VerifyOptions {
  db: Database;
  keys: CertificateKeys;
  /** Where the public reaches the API, for the key set's address on the page. */
  publicBaseUrl: string;
}

export const verifyRoutes: FastifyPluginAsyncZod<VerifyOptions> = async (app, { db, keys, publicBaseUrl }) => {
  const keysUrl = `${publicBaseUrl.replace(/\/+$/, '')}${certificateKeysPath}`;
  await app.register(rateLimit, { global: false });
  const limited = {
    rateLimit: {
      max: verificationsPerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
        new HttpError(429, 'too_many_requests', `核验过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试 / too many verifications, retry in ${Math.ceil(context.ttl / 1000)} s`),
    },
  };

  app.get(
    '/verify/:certificateId',
    {
      config: limited,
      schema: {
        tags: ['certificates'],
        summary: '凭证核验 / verify a certificate (public)',
        description:
          'No sign-in. An HTML page in Chinese, or JSON with `Accept: application/json`. Genuine: signed by a published key and the facts on record are those signed; in force: genuine and not revoked (a withdrawn or rejected matter revokes its certificates). Masked facts only.',
        security: [],
        params: z.object({ certificateId: z.string().min(1).max(64).describe('凭证编号或核验码 / the certificate id, or its short code with dashes') }),
        produces: ['text/html', 'application/json'],
        response: {
          200: { description: '核验结果 / the verdict', content: { 'application/json': { schema: certificateVerification }, 'text/html': { schema: html } } },
          404: { description: '没有该凭证 / no such certificate', content: { 'application/json': { schema: errorBody }, 'text/html': { schema: html } } },
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      const id = certificateIdFrom(request.params.certificateId);
      const record = id && (await findCertificate(db, id));
      const json = prefersJson(request.headers.accept);
      reply.header('cache-control', 'no-store').header('vary', 'accept');
      if (!record) {
        if (json) throw new HttpError(404, 'certificate_not_found', '未找到该凭证，请核对核验码 / no certificate has this id');
        return reply.code(404).type('text/html; charset=utf-8').header('content-security-policy', pageSecurity).send(unknownCertificateHtml());
      }
      const result = await verifyCertificate(record, keys);
      if (json) return reply.type('application/json; charset=utf-8').send(result);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', pageSecurity).send(verificationHtml(result, keysUrl));
    },
  );

  app.get(
    certificateKeysPath,
    {
      config: limited,
      schema: {
        tags: ['certificates'],
        summary: '凭证签名公钥 / the public keys certificates are signed with (JWKS)',
        description: 'Ed25519 keys (EdDSA) by key id; a retired key stays listed, so what it signed stays verifiable.',
        security: [],
        response: { 200: jwks, 429: errorBody },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return certificateJwks(keys);
    },
  );
};

/** JSON only when the caller ranks it above HTML: a browser, or a client that takes anything, gets the page. */
function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const quality = (type: string) =>
    Math.max(
      0,
      ...accept.split(',').flatMap((part) => {
        const [media, ...parameters] = part.trim().split(';');
        if (media?.trim().toLowerCase() !== type) return [];
        const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return [q ? Number(q.slice(2)) || 0 : 1];
      }),
    );
  return quality('application/json') > quality('text/html');
}
