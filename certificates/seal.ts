/**
 * Sealing a certificate at issue: a fresh id, the page that verifies it, and the signature over
 * its facts, all fixed with what it attests — nothing of it is computed again later.
 */
import type { CertificateInput } from '../schemas/certificate';
import { certificateFacts } from './facts';
import { newCertificateId } from './identity';
import type { SigningKey } from './keys';
import { signFacts } from './signature';

export interface CertificateIssuing {
  signing: SigningKey;
  /** Where `/verify` is reached from outside, e.g. https://yjs.example.gov.cn — printed into every QR code. */
  publicBaseUrl: string;
}

export interface SealedCertificate {
  input: CertificateInput;
  certificateId: string;
  jws: string;
}

/** The public page that verifies the certificate; its QR code adds the signature after a `#`. */
const verificationUrl = (publicBaseUrl: string, certificateId: string) => `${publicBaseUrl.replace(/\/+$/, '')}/verify/${certificateId}`;

export async function sealCertificate(input: CertificateInput, { signing, publicBaseUrl }: CertificateIssuing): Promise<SealedCertificate> {
  const certificateId = newCertificateId();
  const jws = await signFacts(certificateFacts(certificateId, input), signing);
  return { input: { ...input, verifyAt: verificationUrl(publicBaseUrl, certificateId) }, certificateId, jws };
}
