/**
 * Who an operator's Signal comes from. A Signal sent from Temporal UI or the CLI goes around the
 * API, so it carries the operator's bearer token, and the worker verifies it as the API would
 * (signature, issuer, audience, expiry; an account deactivated since is refused). The workflow
 * gets the verified login and memberships, never a free-text sender, and no display name.
 */
import type { TokenVerifier } from '../auth/tokens';
import type { Database } from '../db/client';
import { isAccountDeactivated } from '../directory/store';
import type { OperatorActivities } from './types';

export function operatorActivities(db: Database, verifyToken: TokenVerifier | undefined): OperatorActivities {
  return {
    async identifyOperator({ token }) {
      if (!verifyToken) return { refusal: '本工作进程不核验运维信号 / this worker verifies no operator signals' };
      try {
        const principal = await verifyToken(token);
        if (await isAccountDeactivated(db, principal.sub)) return { refusal: '账号已停用 / the account is deactivated' };
        return { operator: { sub: principal.sub, memberships: principal.memberships } };
      } catch (error) {
        return { refusal: `令牌无效 / the token is not valid (${error instanceof Error ? error.message : 'invalid'})` };
      }
    },
  };
}
