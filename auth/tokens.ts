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
  const verified = new VerifiedTokens();
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: { exp?: number };
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new InvalidToken(error instanceof Error ? error.message : 'invalid token');
    }
    const parsed = principal.safeParse(payload);
    if (!parsed.success) throw new InvalidToken('token claims do not name a person or service account with memberships');
    verified.set(token, parsed.data, payload.exp);
    return parsed.data;
  };
}

/**
 * Tokens verified a moment ago, so a client polling with the same token is not verified (a
 * signature, and a JWKS look-up for the identity provider's) on every request. A token is
 * immutable, so its answer cannot change but by expiring: an entry lives `ttlMs` at most and
 * never past the token's own expiry. Deactivation is checked on every request all the same.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly capacity = 10_000,
    private readonly now = () => Date.now(),
  ) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, verified: Principal, expiresAtSeconds: number | undefined): void {
    const now = this.now();
    const until = Math.min(now + this.ttlMs, expiresAtSeconds === undefined ? Infinity : expiresAtSeconds * 1000);
    if (until <= now) return;
    if (this.entries.size >= this.capacity) {
      for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
      // Still full of live entries: the oldest go (a Map iterates in insertion order).
      for (const key of this.entries.keys()) {
        if (this.entries.size < this.capacity) break;
        this.entries.delete(key);
      }
    }
    this.entries.set(token, { principal: verified, until });
  }
}
