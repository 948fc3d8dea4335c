/**
 * Who may use the codec server until users have real identities (JWTs come with the auth
 * issue): static bearer tokens from CODEC_ADMIN_TOKENS, or one generated on the first local
 * start so that `npm start` is restricted too, never open.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Decides whether a bearer token belongs to an administrator; the auth issue plugs in JWT verification here. */
export type AdminTokenCheck = (token: string) => boolean | Promise<boolean>;

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares digests in constant time, so response timing tells nothing about a token's prefix. */
export function staticAdminTokens(tokens: readonly string[]): AdminTokenCheck {
  const known = tokens.map(digest);
  return (token) => {
    const candidate = digest(token);
    return known.reduce((found, expected) => timingSafeEqual(candidate, expected) || found, false);
  };
}

/** Reads the local token file, creating it (readable by its owner only) on first use. */
export function localAdminToken(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
