/**
 * A typed client of the Yijianshi (一件事) API for backend teams: every path, parameter, body and
 * answer as the API's OpenAPI document states them (./schema.d.ts, generated), over openapi-fetch.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type YijianshiClient = Client<paths>;
/** The one error shape every 4xx and 503 answers with. */
export type ErrorBody = { error: string; message: string; problems?: { field: string; message: string }[]; requestId?: string };

export interface YijianshiClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** Where the API is, e.g. https://yijianshi.example.gov.cn */
  baseUrl: string;
  /**
   * The bearer token every /api call needs: a person's from the identity provider, or a service
   * account's from POST /api/v1/auth/token (client credentials). A function is asked before each
   * request, so a token about to expire can be renewed there.
   */
  token: string | (() => string | Promise<string>);
}

export function createYijianshiClient({ token, ...options }: YijianshiClientOptions): YijianshiClient {
  const client = createClient<paths>(options);
  client.use({
    async onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`);
      return request;
    },
  });
  return client;
}
