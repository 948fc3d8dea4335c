/**
 * Bearer tokens: HS256 on the shared secret, asymmetric ones against an identity provider's
 * JWKS (served here by a local HTTP server), and every way a token can be wrong.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidToken, signToken, tokenVerifier, type TokenSettings } from '../../auth/tokens';
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
