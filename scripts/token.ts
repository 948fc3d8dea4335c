/**
 * `npm run token -- <login>`: a bearer token for a seeded person or service account, signed
 * with AUTH_SECRET (the local default unless set), printed alone on stdout so it can be
 * captured: `TOKEN=$(npm run -s token -- wz.hall.officer)`.
 */
import { signToken } from '../auth/tokens';
import { tokenSettingsOf } from '../startup/api';
import { loadEnv } from '../config/env';
import { seedAccounts, seedPrincipal } from '../directory/seed';

const login = process.argv[2];
const claims = login ? seedPrincipal(login) : undefined;
if (!claims) {
  const known = seedAccounts.map((a) => `  ${a.login.padEnd(24)} ${a.memberships.map((m) => `${m.roles.join('+')}@${m.organisation}`).join(', ')}`);
  console.error(`${login ? `no seeded login ${login}` : 'usage: npm run token -- <login>'}\nseeded logins:\n${known.join('\n')}`);
  process.exit(2);
}
const env = loadEnv();
console.log(await signToken(claims, tokenSettingsOf(env), env.TOKEN_TTL_SECONDS));
