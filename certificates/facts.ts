/**
 * The facts a certificate's signature covers, taken from what was fixed at issue: kind, matter,
 * unit, the person masked, issuer, issue time, registration numbers and amounts. The PDF's other
 * lines are prose around these. Masking again here is harmless (the masks are idempotent) and
 * keeps a full name or number out of a payload anyone can read.
 */
import type { CertificateFacts, CertificateInput } from '../schemas/certificate';
import { certificateTitle } from './kinds';
import { maskIdentityNumber, maskName } from './mask';

export function certificateFacts(certificateId: string, input: CertificateInput): CertificateFacts {
  const { receipts, amounts } = input.attests ?? {};
  return {
    id: certificateId,
    kind: input.kind,
    title: certificateTitle(input.kind, input.matterKind),
    matter: { id: input.matterId, kind: input.matterKind },
    unit: { code: input.unit.code, name: input.unit.name },
    person: { name: maskName(input.person.maskedName), identityNumber: maskIdentityNumber(input.person.maskedIdentityNumber) },
    issuer: input.issuer,
    issuedAt: input.issuedAt.toISOString(),
    ...(receipts && Object.keys(receipts).length > 0 ? { receipts } : {}),
    ...(amounts && Object.keys(amounts).length > 0 ? { amounts } : {}),
  };
}
