/**
 * Certificate keys and the public address as every process that issues or verifies certificates
 * reads them from the environment: configured keys, or on the local default a key generated into
 * the data directory on first use (production refuses to start without configured keys).
 */
import { resolve } from 'node:path';
import { localCertificateKeys, parseCertificateKeys, type CertificateKeys } from '../certificates/keys';
import type { CertificateIssuing } from '../certificates/seal';
import type { Env } from '../config/env';

export function certificateKeysFor(env: Env): CertificateKeys {
  if (env.CERTIFICATE_SIGNING_KEYS || env.CERTIFICATE_PUBLIC_KEYS) return parseCertificateKeys({ signing: env.CERTIFICATE_SIGNING_KEYS, published: env.CERTIFICATE_PUBLIC_KEYS });
  return localCertificateKeys(resolve(env.DATA_DIR, 'certificate-keys'));
}

/** PUBLIC_BASE_URL, or the API's own address on `port` (the one it listens on, when the environment leaves it to chance). */
export function publicBaseUrlOf(env: Env, port: number = env.PORT): string {
  return env.PUBLIC_BASE_URL ?? `http://${urlHost(env.HOST)}:${port}`;
}

/** A listening address as a URL names it: a wildcard is reached on localhost, an IPv6 literal in brackets. */
export function urlHost(host: string): string {
  if (['0.0.0.0', '::'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** What a worker signs certificates with; a process given public keys only cannot issue. */
export function certificateIssuingFor(env: Env, port?: number): CertificateIssuing {
  const { signing } = certificateKeysFor(env);
  if (!signing) throw new Error('CERTIFICATE_SIGNING_KEYS is needed to issue certificates: CERTIFICATE_PUBLIC_KEYS only verifies');
  return { signing, publicBaseUrl: publicBaseUrlOf(env, port) };
}
