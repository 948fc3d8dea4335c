/**
 * How webhooks behave in this process, from the environment: whether endpoints must be https,
 * which hosts may be reached although they are local (the local default's and the tests'
 * loopback receivers), how names are resolved and requests sent (tests put their own in, so
 * nothing leaves the machine), and the circuit breaker's window.
 */
import { lookup } from 'node:dns/promises';
import type { Env } from '../config/env';
import { defaultCircuitPolicy, type CircuitPolicy } from '../schemas/webhook';
import { httpTransport, type Transport } from './transport';

/** Every address a host name resolves to. */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;

export interface WebhookSettings {
  requireHttps: boolean;
  /** Host names or IP addresses (IPv6 without brackets) exempt from the name and address rules. */
  allowedHosts: readonly string[];
  resolve: Resolver;
  transport: Transport;
  circuit: CircuitPolicy;
  /** For one request, resolution included. */
  requestTimeoutMs: number;
}

export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** The loopback receivers `npm start` lets through unless WEBHOOK_ALLOWED_HOSTS says otherwise. */
export const localAllowedHosts = ['127.0.0.1', 'localhost', '::1'];

/**
 * From the environment. `local` is the `npm start` default (its own dev server, nothing in
 * production): loopback receivers are allowed there unless WEBHOOK_ALLOWED_HOSTS is set.
 */
export function webhookSettingsFrom(env: Pick<Env, 'NODE_ENV' | 'WEBHOOK_REQUIRE_HTTPS' | 'WEBHOOK_ALLOWED_HOSTS' | 'WEBHOOK_DISABLE_AFTER'>, local: boolean): WebhookSettings {
  return {
    requireHttps: env.WEBHOOK_REQUIRE_HTTPS ?? env.NODE_ENV === 'production',
    allowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? (local ? localAllowedHosts : [])).map(normaliseHost),
    resolve: systemResolver,
    transport: httpTransport,
    circuit: { ...defaultCircuitPolicy, disableAfterMs: env.WEBHOOK_DISABLE_AFTER ?? defaultCircuitPolicy.disableAfterMs },
    requestTimeoutMs: 10_000,
  };
}

/** Production's rules: https only, nothing local, the system's resolver. */
export const productionWebhookSettings: WebhookSettings = webhookSettingsFrom({ NODE_ENV: 'production' }, false);

function normaliseHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}
