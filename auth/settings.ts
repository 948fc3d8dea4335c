import type { Env } from '../config/env';
import type { TokenSettings } from './tokens';

export function tokenSettingsOf(env: Env): TokenSettings {
  return { secret: env.AUTH_SECRET, jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE };
}
