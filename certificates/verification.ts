/**
 * 核验: a certificate is genuine when its signature verifies with a published key and what it
 * signed is exactly what the record says now — so a row whose facts or signature were altered
 * after issue is caught — and in force when genuine and not revoked.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CertificateVerification } from '../schemas/certificate';
import { certificateFacts } from './facts';
import { shortCode } from './identity';
import type { CertificateKeys } from './keys';
import { fromStored } from './render';
import { revocationReason } from './revocation';
import { checkSignature } from './signature';
import type { CertificateRecord } from './store';

export async function verifyCertificate(record: CertificateRecord, keys: CertificateKeys): Promise<CertificateVerification> {
  const facts = certificateFacts(record.certificateId, fromStored(record.content));
  const signature = record.jws ? await checkSignature(record.jws, keys) : undefined;
  const genuine = signature?.valid === true && isDeepStrictEqual(signature.payload, facts);
  return {
    certificateId: record.certificateId,
    shortCode: shortCode(record.certificateId),
    genuine,
    inForce: genuine && !record.revokedAt,
    ...(record.revokedAt ? { revokedAt: record.revokedAt.toISOString(), revocationReason: revocationReason(record.matterStatus) } : {}),
    kind: facts.kind,
    title: facts.title,
    facts,
    signature: record.jws,
  };
}
