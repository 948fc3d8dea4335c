import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../config/env';

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

  it('points at an existing cluster and database when given', () => {
    const env = loadEnv({ TEMPORAL_ADDRESS: 'temporal.internal:7233', DATABASE_URL: 'postgres://u:p@db:5432/yijianshi' });
    expect(env.TEMPORAL_ADDRESS).toBe('temporal.internal:7233');
    expect(env.DATABASE_URL).toBe('postgres://u:p@db:5432/yijianshi');
  });

  it('refuses the local token secret in production, beside a JWKS too', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    expect(() => loadEnv({ NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.example/jwks.json' })).toThrow(/AUTH_SECRET/);
    expect(loadEnv({ NODE_ENV: 'production', AUTH_SECRET: 'a-production-secret-of-thirty-two-chars-or-more' }).AUTH_SECRET).toMatch(/^a-production/);
    expect(() => loadEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('takes an identity provider only with its client id and redirect URL', () => {
    expect(() => loadEnv({ OIDC_ISSUER: 'https://idp.example/realms/gov' })).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_REDIRECT_URL/);
    const env = loadEnv({ OIDC_ISSUER: 'https://idp.example/realms/gov', OIDC_CLIENT_ID: 'yijianshi-console', OIDC_REDIRECT_URL: 'https://yjs.example/api/v1/auth/oidc/callback' });
    expect(env).toMatchObject({ OIDC_CLIENT_ID: 'yijianshi-console', OIDC_SCOPES: 'openid profile' });
    expect(() => loadEnv({ OIDC_SCOPES: 'profile email' })).toThrow(/OIDC_SCOPES/);
  });
});
