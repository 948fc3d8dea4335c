/**
 * Bearer tokens. People's tokens come from the identity provider (verified against its JWKS)
 * in production and from `npm run token` locally; service accounts get theirs from the API's
 * client-credentials endpoint. Those the API or the script sign are HS256 on AUTH_SECRET, the
 * rest asymmetric from the JWKS. The claims are a `Principal`; anything else in them is
 * ignored, anything missing makes the token invalid.
 */
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { principal, type Principal } from '../schemas/principal';

export interface TokenSettings {
  /** HS256 secret of the tokens signed here (service accounts, `npm run token`). */
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
  const verify = (token: string) => {
    if (decodeProtectedHeader(token).alg === 'HS256') return jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
    if (!jwks) throw new InvalidToken('only HS256 tokens are accepted without AUTH_JWKS_URL');
    return jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256', 'EdDSA'] });
  };
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
