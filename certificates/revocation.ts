/**
 * Which certificates a closed matter takes out of force: a withdrawn matter's every one, a rejected
 * matter's every one but the written notice of the rejection itself — the acceptance receipt's
 * promise and the departments' records no longer hold once what they registered is revoked.
 * From the moment the matter closed, which verification shows as the date of revocation.
 */
import type { CertificateKind } from '../schemas/certificate';
import type { MatterStatus } from '../schemas/matter';

export interface Revocation {
  at: Date;
  /** Kinds that stay in force. */
  keep: readonly CertificateKind[];
}

export function revocationOf(matter: { status: MatterStatus; completedAt?: Date | string | null }): Revocation | undefined {
  if (!matter.completedAt) return undefined;
  const at = new Date(matter.completedAt);
  if (matter.status === 'withdrawn') return { at, keep: [] };
  if (matter.status === 'rejected') return { at, keep: ['rejection-notice'] };
  return undefined;
}

/** Why verification says a certificate is no longer in force. */
export function revocationReason(status: MatterStatus): string {
  return status === 'withdrawn' ? '事项已由申请单位撤回' : '事项不予办理，各部门已办理的登记已撤销';
}
