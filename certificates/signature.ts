/**
 * 电子签名: a certificate's facts as a compact JWS (RFC 7515), EdDSA over Ed25519 with the key id
 * in its header, so any JWS library checks it against the published keys — online through
 * `/verify`, or offline with the key set fetched once.
 */
import { CompactSign, compactVerify } from 'jose';
import type { CertificateFacts } from '../schemas/certificate';
import type { CertificateKeys, SigningKey } from './keys';

export function signFacts(facts: CertificateFacts, signing: SigningKey): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(facts))).setProtectedHeader({ alg: 'EdDSA', kid: signing.kid }).sign(signing.key);
}

export type SignatureCheck = { valid: true; payload: unknown } | { valid: false; reason: string };

/** Whether a published key signed `jws`, and what it signed; a malformed or foreign token is simply not valid. */
export async function checkSignature(jws: string, keys: CertificateKeys): Promise<SignatureCheck> {
  try {
    const { payload } = await compactVerify(
      jws,
      ({ kid }) => {
        const key = kid === undefined ? undefined : keys.published.get(kid);
        if (!key) throw new Error(`no published key ${kid ?? '(none named)'}`);
        return key;
      },
      { algorithms: ['EdDSA'] },
    );
    return { valid: true, payload: JSON.parse(new TextDecoder().decode(payload)) };
  } catch (error) {
    return { valid: false, reason: error instanceof Error ? error.message : 'invalid signature' };
  }
}
