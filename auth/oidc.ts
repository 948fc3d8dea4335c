/**
 * Sign-in through the identity provider: OpenID Connect's authorization code flow with PKCE
 * (`openid-client`). The provider is discovered at the first sign-in (and again after a failed
 * discovery), so the API starts while the provider is briefly away. Who signed in becomes a
 * Principal: the memberships the ID token carries when it carries them (a provider that knows
 * the organisations), else the directory's for the login (`preferred_username`, or `sub`).
 */
import * as client from 'openid-client';
import { principal, type Principal } from '../schemas/principal';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** A confidential client's secret; without it the client is public and PKCE alone binds the code. */
  clientSecret?: string;
  /** This API's callback, as registered at the provider: …/api/v1/auth/oidc/callback. */
  redirectUrl: string;
  /** Where the provider sends the browser after signing out. */
  postLogoutRedirectUrl: string;
  scopes: string;
}

/** What a sign-in must remember between the redirect to the provider and the way back. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
}

export class OidcSignInFailed extends Error {}

const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/;

export class OidcClient {
  private configuration?: Promise<client.Configuration>;

  constructor(readonly settings: OidcSettings) {}

  async beginSignIn(): Promise<{ url: string; pending: PendingSignIn }> {
    const config = await this.discovered();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** The ID token's claims for the code in `callbackUrl`, checked against what the sign-in began with. */
  async completeSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>> {
    const config = await this.discovered();
    try {
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      const claims = tokens.claims();
      if (!claims) throw new OidcSignInFailed('no ID token');
      return claims as Record<string, unknown>;
    } catch (error) {
      if (error instanceof OidcSignInFailed) throw error;
      throw new OidcSignInFailed(error instanceof Error ? error.message : 'sign-in failed');
    }
  }

  /** The provider's end-session address (RP-initiated logout), or undefined when it offers none. */
  async signOutUrl(): Promise<string | undefined> {
    const config = await this.discovered();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(config, { client_id: this.settings.clientId, post_logout_redirect_uri: this.settings.postLogoutRedirectUrl }).href;
  }

  private discovered(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    this.configuration ??= client
      .discovery(new URL(issuer), clientId, clientSecret, clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(), {
        // Plain HTTP only to a provider on this machine (tests, a local provider).
        execute: loopback.test(issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }
}

/** The login a provider's claims name. */
export function loginOf(claims: Record<string, unknown>): string {
  const preferred = claims.preferred_username;
  return typeof preferred === 'string' && preferred ? preferred : String(claims.sub);
}

/** The Principal the ID token itself describes, when it carries memberships; else undefined (the directory decides). */
export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  if (!Array.isArray(claims.memberships)) return undefined;
  const login = loginOf(claims);
  const parsed = principal.safeParse({ sub: login, name: typeof claims.name === 'string' ? claims.name : login, kind: 'person', memberships: claims.memberships });
  return parsed.success ? parsed.data : undefined;
}
