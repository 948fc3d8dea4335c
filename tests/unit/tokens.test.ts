/**
 * Bearer tokens: HS256 on the shared secret, asymmetric ones against an identity provider's
 * JWKS (served here by a local HTTP server), and every way a token can be wrong.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InvalidToken, signToken, tokenVerifier, VerifiedTokens, type TokenSettings } from '../../auth/tokens';
import { seedPrincipal } from '../../directory/seed';

const settings: TokenSettings = { secret: 'a-test-secret-of-at-least-thirty-two-characters', issuer: 'yijianshi', audience: 'yijianshi-api' };
const hall = seedPrincipal('wz.hall.officer')!;

describe('HS256 tokens', () => {
  const verify = tokenVerifier(settings);

  it('give back the principal they were signed for', async () => {
    expect(await verify(await signToken(hall, settings))).toEqual(hall);
  });

  it('are refused when signed with another secret, for another audience or issuer, or expired', async () => {
    const wrong = [
      await signToken(hall, { ...settings, secret: 'another-secret-of-at-least-thirty-two-chars' }),
      await signToken(hall, { ...settings, audience: 'someone-else' }),
      await signToken(hall, { ...settings, issuer: 'someone-else' }),
      await new SignJWT({ ...hall })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(settings.issuer)
        .setAudience(settings.audience)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(settings.secret)),
      'not.a.token',
    ];
    for (const token of wrong) await expect(verify(token)).rejects.toBeInstanceOf(InvalidToken);
  });

  it('are refused when their claims name no memberships or an unknown role', async () => {
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(settings.issuer).setAudience(settings.audience).setExpirationTime('1h').sign(new TextEncoder().encode(settings.secret));
    await expect(verify(await sign({ sub: 'x', name: 'x', kind: 'person', memberships: [] }))).rejects.toThrow(/memberships/);
    const badRole = { ...hall, memberships: [{ ...hall.memberships[0], roles: ['root'] }] };
    await expect(verify(await sign(badRole))).rejects.toBeInstanceOf(InvalidToken);
  });
});

describe('tokens of an identity provider', () => {
  let server: Server;
  let jwksUrl: string;
  const provider = generateKeyPair('RS256');

  beforeAll(async () => {
    const jwk = { ...(await exportJWK((await provider).publicKey)), kid: 'idp-1', alg: 'RS256' };
    server = createServer((_request, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const signedByProvider = async (key?: Awaited<typeof provider>['privateKey']) =>
    new SignJWT({ ...hall })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setExpirationTime('1h')
      .sign(key ?? (await provider).privateKey);

  it('are verified against its JWKS, while HS256 ones of the service accounts still pass', async () => {
    const verify = tokenVerifier({ ...settings, jwksUrl });
    expect(await verify(await signedByProvider())).toEqual(hall);
    expect(await verify(await signToken(hall, settings))).toEqual(hall);
  });

  it('are refused when signed by another key, or when no JWKS is configured', async () => {
    const impostor = await generateKeyPair('RS256');
    await expect(tokenVerifier({ ...settings, jwksUrl })(await signedByProvider(impostor.privateKey))).rejects.toBeInstanceOf(InvalidToken);
    await expect(tokenVerifier(settings)(await signedByProvider())).rejects.toBeInstanceOf(InvalidToken);
  });
});

describe('tokens verified a moment ago', () => {
  const principal = seedPrincipal('wz.hall.officer')!;

  it('are remembered for the time allowed, never past the token’s own expiry', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokens(60_000, 100, () => now);
    cache.set('long-lived', principal, now / 1000 + 3600);
    cache.set('expiring', principal, now / 1000 + 5);
    cache.set('expired', principal, now / 1000 - 1);
    expect(cache.get('long-lived')).toBe(principal);
    expect(cache.get('expired')).toBeUndefined();
    now += 5_000;
    expect(cache.get('expiring')).toBeUndefined();
    expect(cache.get('long-lived')).toBe(principal);
    now += 55_000;
    expect(cache.get('long-lived')).toBeUndefined();
  });

  it('hold at most their capacity, dropping the oldest', () => {
    const cache = new VerifiedTokens(60_000, 3, () => 0);
    for (const token of ['a', 'b', 'c', 'd']) cache.set(token, principal, 3600);
    expect(['a', 'b', 'c', 'd'].map((token) => cache.get(token) !== undefined)).toEqual([false, true, true, true]);
  });

  it('make a verifier refuse a token once it has expired, though it passed before', async () => {
    const verify = tokenVerifier(settings);
    const shortLived = await signToken(principal, settings, 2);
    expect(await verify(shortLived)).toEqual(principal);
    await vi.waitFor(async () => expect(await verify(shortLived).catch((error: unknown) => error)).toBeInstanceOf(InvalidToken), { timeout: 30_000, interval: 500 });
  });
});
