/**
 * Whether an endpoint may receive anything, decided in one place for the subscription (400
 * naming the field) and for every delivery (the name is resolved again each time, since its
 * address may have changed since): the scheme, the host name's form, and each address the name
 * resolves to. The answer carries the address that was checked, and the request connects to
 * that address — never to a second resolution an attacker's DNS could answer differently.
 * Hosts on the allowlist (local receivers, tests) skip the name and address rules.
 */
import { isIP } from 'node:net';
import { refusedAddress } from './address';
import type { WebhookSettings } from './settings';
import type { ConnectTarget } from './transport';

/** Approved: the request must connect to `address`. */
export type CheckedEndpoint = ConnectTarget & { ok: true };

export type EndpointCheck = CheckedEndpoint | { ok: false; reason: string };

/** Suffixes that name nothing on the public Internet (RFC 6761, RFC 8375, ICANN's collision list). */
const privateSuffixes = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'invalid', 'home.arpa'];

const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The rules that need no resolution: scheme, credentials, host name form, an address written out. */
export function endpointUrlProblem(raw: string, settings: Pick<WebhookSettings, 'requireHttps' | 'allowedHosts'>): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:' && (settings.requireHttps || url.protocol !== 'http:')) {
    return settings.requireHttps ? 'must be an https URL' : 'must be an http or https URL';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = hostOf(url);
  if (isAllowed(host, settings)) return undefined;
  if (isIP(host)) {
    const refused = refusedAddress(host);
    return refused && `${host} is ${refused}`;
  }
  if (host.length > 253) return 'the host name is longer than 253 characters';
  const labels = host.split('.');
  if (labels.length < 2) return 'the host name must be a fully qualified domain name';
  if (!labels.every((part) => label.test(part))) return 'the host name has a label that is empty, longer than 63 characters or not letters, digits and hyphens';
  if (/^\d+$/.test(labels.at(-1)!)) return 'the host name has a numeric top-level domain';
  if (privateSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return `${host} is not a public host name`;
  return undefined;
}

/** Every rule, with the name resolved now: the address to connect to, or why not. */
export async function checkEndpoint(raw: string, settings: WebhookSettings): Promise<EndpointCheck> {
  const problem = endpointUrlProblem(raw, settings);
  if (problem) return { ok: false, reason: problem };
  const url = new URL(raw);
  const host = hostOf(url);
  const literal = isIP(host);
  if (literal) return { ok: true, url, address: host, family: literal as 4 | 6 };
  let addresses: { address: string; family: number }[];
  try {
    addresses = await withTimeout(settings.resolve(host), settings.requestTimeoutMs, `resolving ${host} took longer than ${settings.requestTimeoutMs} ms`);
  } catch (error) {
    return { ok: false, reason: `${host} does not resolve (${error instanceof Error ? error.message : String(error)})` };
  }
  if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve` };
  if (!isAllowed(host, settings)) {
    // Every address, not just the first: a name answering a public and a private address would
    // otherwise reach the private one on a later delivery.
    for (const { address } of addresses) {
      const refused = refusedAddress(address);
      if (refused) return { ok: false, reason: `${host} resolves to ${address}, ${refused}` };
    }
  }
  const [first] = addresses;
  return { ok: true, url, address: first!.address, family: first!.family === 6 ? 6 : 4 };
}

/** The host as compared and resolved: lower case, IPv6 without its brackets, no trailing dot. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

function isAllowed(host: string, settings: Pick<WebhookSettings, 'allowedHosts'>): boolean {
  return settings.allowedHosts.includes(host);
}

async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
