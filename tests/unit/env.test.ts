import { describe, expect, it } from 'vitest';
import { generateCertificateKeySpec } from '../../certificates/keys';
import { loadEnv } from '../../config/env';
import { generateKeySpec } from '../../config/key-spec';
import { generateBlindIndexKey } from '../../vault/keys';

/** What production's Secret supplies besides the token secret. */
const dataKeys = { DATA_KEYS: generateKeySpec('d1'), BLIND_INDEX_KEY: generateBlindIndexKey() };

/** What production sets besides the token secret: its certificate keys and public address. */
const production = { NODE_ENV: 'production', CERTIFICATE_SIGNING_KEYS: generateCertificateKeySpec('c1'), PUBLIC_BASE_URL: 'https://yijianshi.example.gov.cn' };

describe('configuration', () => {
  it('runs on its embedded defaults with nothing set', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, TEMPORAL_PORT: 7233, TEMPORAL_UI_PORT: 8233, TEMPORAL_NAMESPACE: 'default', PG_PORT: 54329 });
    expect(env.TEMPORAL_ADDRESS).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('stops with a message naming every wrong variable', () => {
    expect(() => loadEnv({ PORT: 'abc', TEMPORAL_ADDRESS: 'nohost', DATABASE_URL: 'mysql://x/y', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*LOG_LEVEL[\s\S]*TEMPORAL_ADDRESS[\s\S]*DATABASE_URL/,
    );
  });

  it('sheds load beyond a delay in milliseconds, or never with "off"', () => {
    expect(loadEnv({}).SHED_LOAD_EVENT_LOOP_DELAY_MS).toBeUndefined();
    expect(loadEnv({ SHED_LOAD_EVENT_LOOP_DELAY_MS: '250' }).SHED_LOAD_EVENT_LOOP_DELAY_MS).toBe(250);
    expect(loadEnv({ SHED_LOAD_EVENT_LOOP_DELAY_MS: 'off' }).SHED_LOAD_EVENT_LOOP_DELAY_MS).toBe('off');
    expect(() => loadEnv({ SHED_LOAD_EVENT_LOOP_DELAY_MS: '5' })).toThrow(/SHED_LOAD_EVENT_LOOP_DELAY_MS/);
    expect(() => loadEnv({ SHED_LOAD_EVENT_LOOP_DELAY_MS: 'never' })).toThrow(/SHED_LOAD_EVENT_LOOP_DELAY_MS/);
  });

  it('keeps a bounded number of matter workflows in a worker’s memory', () => {
    expect(loadEnv({}).WORKER_CACHED_MATTERS).toBe(50);
    expect(loadEnv({ WORKER_CACHED_MATTERS: '1000' }).WORKER_CACHED_MATTERS).toBe(1000);
    expect(() => loadEnv({ WORKER_CACHED_MATTERS: '1' })).toThrow(/WORKER_CACHED_MATTERS/);
    expect(() => loadEnv({ WORKER_CACHED_MATTERS: 'all' })).toThrow(/WORKER_CACHED_MATTERS/);
  });

  it('points at an existing cluster and database when given', () => {
    const env = loadEnv({ TEMPORAL_ADDRESS: 'temporal.internal:7233', DATABASE_URL: 'postgres://u:p@db:5432/yijianshi' });
    expect(env.TEMPORAL_ADDRESS).toBe('temporal.internal:7233');
    expect(env.DATABASE_URL).toBe('postgres://u:p@db:5432/yijianshi');
  });

  it('refuses the local token secret in production, beside a JWKS too', () => {
    expect(() => loadEnv(production)).toThrow(/AUTH_SECRET/);
    expect(() => loadEnv({ ...production, AUTH_JWKS_URL: 'https://idp.example/jwks.json' })).toThrow(/AUTH_SECRET/);
    expect(loadEnv({ ...production, ...dataKeys, AUTH_SECRET: 'a-production-secret-of-thirty-two-chars-or-more' }).AUTH_SECRET).toMatch(/^a-production/);
    expect(() => loadEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('takes an identity provider only with its client id and redirect URL', () => {
    expect(() => loadEnv({ OIDC_ISSUER: 'https://idp.example/realms/gov' })).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_REDIRECT_URL/);
    const env = loadEnv({ OIDC_ISSUER: 'https://idp.example/realms/gov', OIDC_CLIENT_ID: 'yijianshi-console', OIDC_REDIRECT_URL: 'https://yjs.example/api/v1/auth/oidc/callback' });
    expect(env).toMatchObject({ OIDC_CLIENT_ID: 'yijianshi-console', OIDC_SCOPES: 'openid profile' });
    expect(() => loadEnv({ OIDC_SCOPES: 'profile email' })).toThrow(/OIDC_SCOPES/);
  });

  it('refuses production without certificate keys, which a key generated on one machine cannot stand in for, or the public address certificates print', () => {
    const secret = { AUTH_SECRET: 'a-production-secret-of-thirty-two-chars-or-more', ...dataKeys };
    expect(() => loadEnv({ ...production, ...secret, CERTIFICATE_SIGNING_KEYS: undefined })).toThrow(/CERTIFICATE_SIGNING_KEYS: production needs its certificate keys/);
    expect(() => loadEnv({ ...production, ...secret, PUBLIC_BASE_URL: undefined })).toThrow(/PUBLIC_BASE_URL/);
    // An API replica that only verifies needs the public keys alone.
    expect(loadEnv({ ...production, ...secret, CERTIFICATE_SIGNING_KEYS: undefined, CERTIFICATE_PUBLIC_KEYS: 'c1:MCowBQYDK2VwAyEAuUL6T9NajnaLzWSzOj/kuPomMlAvwB9BfitI582ZWj8=' }).CERTIFICATE_PUBLIC_KEYS).toMatch(/^c1:/);
    expect(loadEnv({}).RECTIFICATION_WORKING_DAYS).toBe(15);
    expect(() => loadEnv({ RECTIFICATION_WORKING_DAYS: '0' })).toThrow(/RECTIFICATION_WORKING_DAYS/);
  });

  it('refuses to run production without the keys of personal data at rest, and keys shared between settings', () => {
    const secret = { ...production, AUTH_SECRET: 'a-production-secret-of-thirty-two-chars-or-more' };
    expect(() => loadEnv(secret)).toThrow(/DATA_KEYS[\s\S]*BLIND_INDEX_KEY/);
    expect(() => loadEnv({ ...secret, DATA_KEYS: dataKeys.DATA_KEYS })).toThrow(/BLIND_INDEX_KEY/);
    expect(loadEnv({ ...secret, ...dataKeys }).DATA_KEYS).toBe(dataKeys.DATA_KEYS);
    // Locally the keys are generated into the data directory, so nothing is needed.
    expect(loadEnv({}).DATA_KEYS).toBeUndefined();
    const codec = generateKeySpec('c1');
    expect(() => loadEnv({ CODEC_KEYS: codec, DATA_KEYS: codec.replace('c1', 'd1') })).toThrow(/DATA_KEYS must not reuse a key/);
    expect(() => loadEnv({ ...dataKeys, BLIND_INDEX_KEY: dataKeys.DATA_KEYS.split(':')[1] })).toThrow(/BLIND_INDEX_KEY must not reuse a key/);
  });
});
