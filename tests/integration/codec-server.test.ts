/**
 * The codec server Temporal UI calls, over HTTP: the worker's keys, administrators only (a
 * static codec token, or an administrator's bearer JWT), and CORS for the configured UI origins
 * only. No Temporal is needed.
 */
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../api/server';
import { signToken } from '../../auth/tokens';
import { staticAdminTokens } from '../../codec/admin-tokens';
import { codecServerOptions } from '../../codec/server';
import { loadEnv } from '../../config/env';
import { createLogger } from '../../config/logger';
import { seedPrincipal } from '../../directory/seed';
import { testAuth, tokenFor } from '../support/auth';
import { dataConverter, freshDatabase, type TestDatabase, testVault } from '../support/harness';

const adminToken = 'admin-token-0123456789abcdef';
const uiOrigin = 'http://localhost:8233';
const identityNumber = '640302199603150518';

let db: TestDatabase;
let api: FastifyInstance;

beforeAll(async () => {
  db = await freshDatabase();
  api = await buildApi({
    client: new Client(),
    database: db,
    logger: createLogger('silent'),
    auth: testAuth, vault: testVault,
    codecServer: {
      codecs: dataConverter.payloadCodecs ?? [],
      namespace: 'default',
      isAdmin: staticAdminTokens([adminToken]),
      corsOrigins: [uiOrigin],
      tokenInPath: true,
    },
  });
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

const asJson = (payload: Payload) => ({
  metadata: Object.fromEntries(Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value!).toString('base64')])),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});
const fromJson = (json: { metadata: Record<string, string>; data?: string }): Payload => ({
  metadata: Object.fromEntries(Object.entries(json.metadata).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
  data: Buffer.from(json.data ?? '', 'base64'),
});
const plain = () => defaultPayloadConverter.toPayload({ person: { name: '张三', identityNumber } })!;

const post = (url: string, payloads: unknown[], headers: Record<string, string> = { authorization: `Bearer ${adminToken}` }) =>
  api.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload: { payloads } });

describe('codec server', () => {
  it('encodes and decodes a round trip over HTTP with the workers\' keys', async () => {
    const encoded = await post('/codec/encode', [asJson(plain())]);
    expect(encoded.statusCode).toBe(200);
    const [sealed] = encoded.json().payloads;
    expect(Buffer.from(sealed.metadata.encoding, 'base64').toString()).toBe('binary/encrypted');
    expect(Buffer.from(sealed.data, 'base64').includes(identityNumber)).toBe(false);
    // What the codec server sealed, the workers' data converter opens...
    const [opened] = await dataConverter.payloadCodecs![0]!.decode([fromJson(sealed)]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual({ person: { name: '张三', identityNumber } });

    // ...and what the workers sealed, the codec server opens, as Temporal UI asks for it.
    const [fromWorker] = await dataConverter.payloadCodecs![0]!.encode([plain()]);
    const decoded = await post('/codec/decode?preserveStorageRefs=true', [asJson(fromWorker!)], { authorization: `Bearer ${adminToken}`, 'x-namespace': 'default' });
    expect(decoded.statusCode).toBe(200);
    expect(defaultPayloadConverter.fromPayload(fromJson(decoded.json().payloads[0]))).toEqual({ person: { name: '张三', identityNumber } });
  });

  it('passes payloads that are not encrypted through decode unchanged', async () => {
    const payload = asJson(plain());
    const decoded = await post('/codec/decode', [payload]);
    expect(decoded.json().payloads).toEqual([payload]);
  });

  it('answers the preflight of the configured UI origin, and no other', async () => {
    const preflight = (origin: string) =>
      api.inject({
        method: 'OPTIONS',
        url: '/codec/decode',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-namespace,authorization' },
      });
    const allowed = await preflight(uiOrigin);
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(uiOrigin);
    expect(allowed.headers['access-control-allow-methods']).toBe('POST');
    expect(String(allowed.headers['access-control-allow-headers']).split(/,\s*/)).toEqual(expect.arrayContaining(['content-type', 'x-namespace', 'authorization']));

    const other = await preflight('https://evil.example');
    expect(other.statusCode).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets the UI origin read answers, and refuses a request from any other origin', async () => {
    const fromUi = await post('/codec/decode', [asJson(plain())], { authorization: `Bearer ${adminToken}`, origin: uiOrigin });
    expect(fromUi.statusCode).toBe(200);
    expect(fromUi.headers['access-control-allow-origin']).toBe(uiOrigin);

    const elsewhere = await post('/codec/decode', [asJson(plain())], { authorization: `Bearer ${adminToken}`, origin: 'https://evil.example' });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses without a token (401) and with a wrong one (403), so others see only ciphertext', async () => {
    const [sealed] = await dataConverter.payloadCodecs![0]!.encode([plain()]);
    const missing = await post('/codec/decode', [asJson(sealed!)], { origin: uiOrigin });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    // The UI can read the refusal (and falls back to showing the ciphertext).
    expect(missing.headers['access-control-allow-origin']).toBe(uiOrigin);
    expect(missing.json()).toMatchObject({ error: 'unauthorized' });
    expect(missing.body).not.toContain(identityNumber);

    const wrong = await post('/codec/decode', [asJson(sealed!)], { authorization: 'Bearer not-the-admin-token' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain(identityNumber);
    expect((await post('/codec/encode', [asJson(plain())], { authorization: `Basic ${adminToken}` })).statusCode).toBe(401);
  });

  it('takes the token from the endpoint path, for the local dev UI that has no sign-in', async () => {
    const [sealed] = await dataConverter.payloadCodecs![0]!.encode([plain()]);
    const decoded = await post(`/codec/${adminToken}/decode`, [asJson(sealed!)], { origin: uiOrigin, 'x-namespace': 'default' });
    expect(decoded.statusCode).toBe(200);
    expect(defaultPayloadConverter.fromPayload(fromJson(decoded.json().payloads[0]))).toMatchObject({ person: { identityNumber } });
    expect((await post('/codec/wrong-token-in-the-path/decode', [asJson(sealed!)], {})).statusCode).toBe(403);
  });

  it('serves its own namespace only, and refuses tampered or malformed payloads', async () => {
    expect((await post('/codec/decode', [], { authorization: `Bearer ${adminToken}`, 'x-namespace': 'other' })).statusCode).toBe(400);

    const [sealed] = await dataConverter.payloadCodecs![0]!.encode([plain()]);
    sealed!.data![20]! ^= 0xff;
    const tampered = await post('/codec/decode', [asJson(sealed!)]);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json()).toMatchObject({ error: 'codec_failed' });

    expect((await post('/codec/decode', [{ metadata: { encoding: 'not base64!' } }])).statusCode).toBe(400);
  });

  it('documents the bearer-protected routes in OpenAPI, and not the token-in-path ones', async () => {
    const spec = (await api.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(spec.paths['/codec/decode'].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(spec.paths).filter((path) => path.includes('{token}'))).toEqual([]);
  });

  it('has no path-token routes unless the local exception is on', async () => {
    const production = await buildApi({
      client: new Client(),
      database: db,
      logger: createLogger('silent'),
      auth: testAuth, vault: testVault,
      codecServer: { codecs: dataConverter.payloadCodecs ?? [], namespace: 'default', isAdmin: staticAdminTokens([adminToken]), corsOrigins: [], tokenInPath: false },
    });
    try {
      expect((await production.inject({ method: 'POST', url: `/codec/${adminToken}/decode`, payload: { payloads: [] } })).statusCode).toBe(404);
      const preflight = await production.inject({ method: 'OPTIONS', url: '/codec/decode', headers: { origin: uiOrigin, 'access-control-request-method': 'POST' } });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});

describe('codec server as the stack configures it', () => {
  it("admits an administrator's bearer JWT besides the configured token, and no one else's", async () => {
    const configured = await buildApi({
      client: new Client(),
      database: db,
      logger: createLogger('silent'),
      auth: testAuth, vault: testVault,
      codecServer: codecServerOptions(loadEnv({ CODEC_ADMIN_TOKENS: adminToken }), dataConverter, testAuth.verify),
    });
    const [sealed] = await dataConverter.payloadCodecs![0]!.encode([plain()]);
    const decode = (token: string) =>
      configured.inject({ method: 'POST', url: '/codec/decode', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, payload: { payloads: [asJson(sealed!)] } });
    try {
      for (const token of [adminToken, await tokenFor('admin')]) {
        const decoded = await decode(token);
        expect(decoded.statusCode).toBe(200);
        expect(defaultPayloadConverter.fromPayload(fromJson(decoded.json().payloads[0]))).toMatchObject({ person: { identityNumber } });
      }
      // A valid token of someone who is no administrator, and an administrator's claims signed with another secret.
      const forged = await signToken(seedPrincipal('admin')!, { ...testAuth.settings, secret: 'another-secret-0123456789abcdef' }, 3600);
      for (const token of [await tokenFor('wz.supervisor'), forged]) {
        const refused = await decode(token);
        expect(refused.statusCode).toBe(403);
        expect(refused.body).not.toContain(identityNumber);
      }
    } finally {
      await configured.close();
    }
  });
});

describe('codec server configuration', () => {
  it("on the local default: a generated admin token, administrators' JWTs, the local UI origins, the token-in-path exception", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-codec-'));
    const options = codecServerOptions(loadEnv({ DATA_DIR: dataDir }), dataConverter, testAuth.verify, { port: 8233 });
    const token = (await readFile(join(dataDir, 'codec-admin-token'), 'utf8')).trim();
    expect(token.length).toBeGreaterThanOrEqual(40);
    expect((await stat(join(dataDir, 'codec-admin-token'))).mode & 0o077).toBe(0);
    expect(await options.isAdmin(token)).toBe(true);
    expect(await options.isAdmin(`${token}x`)).toBe(false);
    expect(await options.isAdmin(await tokenFor('admin'))).toBe(true);
    expect(await options.isAdmin(await tokenFor('wz.hospital.clerk'))).toBe(false);
    expect(options.corsOrigins).toEqual(['http://localhost:8233', 'http://127.0.0.1:8233']);
    expect(options.tokenInPath).toBe(true);
    // The same token on the next start.
    expect(await codecServerOptions(loadEnv({ DATA_DIR: dataDir }), dataConverter, testAuth.verify, { port: 8233 }).isAdmin(token)).toBe(true);
  });

  it('in production: configured tokens and origins only, no exception', async () => {
    const env = loadEnv({ CODEC_ADMIN_TOKENS: 'first-admin-token-123, second-admin-token-456', CODEC_CORS_ORIGINS: 'https://temporal.example.gov.cn' });
    const options = codecServerOptions(env, dataConverter, testAuth.verify);
    expect(await options.isAdmin('second-admin-token-456')).toBe(true);
    expect(options.corsOrigins).toEqual(['https://temporal.example.gov.cn']);
    expect(options.tokenInPath).toBe(false);
    expect(codecServerOptions(loadEnv({ CODEC_ADMIN_TOKENS: 'first-admin-token-123', CODEC_CORS_ORIGINS: '' }), dataConverter, testAuth.verify, { port: 8233 }).corsOrigins).toEqual([]);
    expect(codecServerOptions(loadEnv({ CODEC_ADMIN_TOKENS: 'first-admin-token-123' }), dataConverter, testAuth.verify).corsOrigins).toEqual([]);
  });

  it("in production without configured tokens: no token is generated, only administrators' JWTs are admitted", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'yijianshi-codec-'));
    const options = codecServerOptions(loadEnv({ DATA_DIR: dataDir }), dataConverter, testAuth.verify);
    await expect(stat(join(dataDir, 'codec-admin-token'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await options.isAdmin(await tokenFor('admin'))).toBe(true);
    expect(await options.isAdmin(await tokenFor('demo.operator'))).toBe(false);
  });

  it('rejects short tokens and origins with a path', () => {
    expect(() => loadEnv({ CODEC_ADMIN_TOKENS: 'short' })).toThrow(/CODEC_ADMIN_TOKENS/);
    expect(() => loadEnv({ CODEC_CORS_ORIGINS: 'https://ui.example/path' })).toThrow(/CODEC_CORS_ORIGINS/);
  });
});
