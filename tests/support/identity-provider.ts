/**
 * A real OpenID provider for tests (`oidc-provider`), on loopback: its own development sign-in
 * and consent pages, one registered client, and every login it is given as an account whose
 * `preferred_username` is that login — the directory then says what the person may do.
 */
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

export async function startIdentityProvider({ port, redirectUri, postLogoutRedirectUri }: { port: number; redirectUri: string; postLogoutRedirectUri: string }): Promise<TestIdentityProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'yijianshi-console';
  const clientSecret = 'test-client-secret-of-the-console';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], post_logout_redirect_uris: [postLogoutRedirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    findAccount: async (_context: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, preferred_username: sub, name: sub }) }),
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['test-identity-provider-cookie-key'] },
    // Set, not defaulted: the provider otherwise notes each default it falls back to.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
