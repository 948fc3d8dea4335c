/**
 * Bearer tokens: signed and verified with HS256 on a shared secret locally, verified against
 * an identity provider's JWKS in production. The claims are a `Principal`; anything else
 * in them is ignored, anything missing makes the token invalid.
 */
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import { principal, type Principal } from '../schemas/principal';

export interface TokenSettings {
  /** HS256 secret (local and tests); ignored when a JWKS URL is given. */
  secret: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export class InvalidToken extends Error {}

export async function signToken(claims: Principal, settings: Pick<TokenSettings, 'secret' | 'issuer' | 'audience'>, ttlSeconds = 8 * 3600): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(settings.secret));
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export function tokenVerifier(settings: TokenSettings): TokenVerifier {
  const options = { issuer: settings.issuer, audience: settings.audience };
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : undefined;
  const secret = new TextEncoder().encode(settings.secret);
  const verify = (token: string) =>
    jwks ? jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] }) : jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
  return async (token) => {
    let payload: unknown;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const parsed = principal.safeParse(payload);
    if (!parsed.success) throw new InvalidToken('token claims do not name a person or service account with memberships');
    return parsed.data;
  };
}
