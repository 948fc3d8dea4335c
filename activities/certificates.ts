/**
 * 出具凭证: fixes what each of a matter's certificates attests, from its record, once, and signs
 * it. A retried or repeated call finds them already issued and keeps them unchanged. Rendering the
 * PDF (hundreds of milliseconds of CPU) waits for the first download, off the worker.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { composeCertificate, CertificateUnavailable } from '../certificates/compose';
import { revocationOf } from '../certificates/revocation';
import { sealCertificate, type CertificateIssuing } from '../certificates/seal';
import { certificateSource, heldCertificates, storeCertificates } from '../certificates/store';
import type { Database } from '../db/client';
import type { PersonalDataVault } from '../vault/vault';
import type { CertificateActivities } from './types';

export function certificateActivities(db: Database, vault: PersonalDataVault, issuing: CertificateIssuing): CertificateActivities {
  return {
    async issueCertificates({ matterId, kinds }) {
      const asked = [...new Set(kinds)];
      const held = await heldCertificates(db, matterId, asked);
      const missing = asked.filter((kind) => !held.has(kind));
      if (missing.length === 0) return asked;

      const source = await certificateSource(db, matterId);
      // The workflow records the matter before it asks for certificates, so a missing row is a race worth retrying.
      if (!source) throw new Error(`matter ${matterId} has no record yet`);
      const now = new Date();
      // A certificate issued once its matter was withdrawn or rejected is born out of force, as its siblings were revoked.
      const revocation = revocationOf(source.matter);
      // Opened for composing only: a certificate keeps the person masked (certificates/mask.ts).
      const matter = { ...source.matter, form: vault.openForm(matterId, source.matter.kind, source.matter.form) };
      const issued = [];
      for (const kind of missing) {
        const input = compose(() => composeCertificate(kind, matter, source.registrations, now));
        if (!input) continue;
        issued.push({ sealed: await sealCertificate(input, issuing), revokedAt: revocation && !revocation.keep.includes(kind) ? revocation.at : undefined });
        held.add(kind);
      }
      await storeCertificates(db, matterId, issued);
      return asked.filter((kind) => held.has(kind));
    },
  };
}

/** A record that cannot make a certificate stays unable to on every retry, so the workflow hears of it at once. */
function compose<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof CertificateUnavailable) throw ApplicationFailure.nonRetryable(error.message, 'CertificateUnavailable');
    throw error;
  }
}
