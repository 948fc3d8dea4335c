/**
 * Tokens outlive a change to the directory: a token is self-contained for hours. So that
 * deactivating an account (a leaked service-account secret, a person who left) takes effect
 * at once, the API asks here on every request, through a short cache: each replica learns of
 * a deactivation within `ttlMs`, the replica that made the change immediately (`forget`).
 * Logins the directory does not hold (people of the identity provider only) are not refused.
 */
import type { Database } from '../db/client';
import { isAccountDeactivated } from './store';

export interface DeactivationCheck {
  isDeactivated(login: string): Promise<boolean>;
  /** Drops what is cached for a login whose account has just changed. */
  forget(login: string): void;
}

export function deactivationCheck(db: Database, ttlMs = 30_000): DeactivationCheck {
  const cache = new Map<string, { deactivated: boolean; until: number }>();
  return {
    async isDeactivated(login) {
      const now = Date.now();
      const cached = cache.get(login);
      if (cached && cached.until > now) return cached.deactivated;
      const deactivated = await isAccountDeactivated(db, login);
      // Bounded: expired entries go when the cache grows past what one directory holds.
      if (cache.size > 10_000) for (const [key, entry] of cache) if (entry.until <= now) cache.delete(key);
      cache.set(login, { deactivated, until: now + ttlMs });
      return deactivated;
    },
    forget(login) {
      cache.delete(login);
    },
  };
}
