/**
 * Who may use the codec server: an administrator's bearer token (a JWT with the admin role),
 * or one of the static tokens from CODEC_ADMIN_TOKENS — by default one generated on the first
 * local start, for the dev UI, which can only carry a token inside the endpoint's path.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Decides whether a bearer token belongs to an administrator. */
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

/** Either check admits. */
export function anyAdminToken(...checks: AdminTokenCheck[]): AdminTokenCheck {
  return async (token) => {
    for (const check of checks) if (await check(token)) return true;
    return false;
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
