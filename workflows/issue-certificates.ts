/** 出具凭证: asks the certificate activity for the kinds a matter has earned, summarised by their titles in Temporal UI. */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/types';
import { certificateTitle } from '../certificates/kinds';
import type { CertificateKind } from '../schemas/certificate';
import type { MatterState } from '../schemas/matter';
import { activityOptions } from '../temporal.config';

const { issueCertificates: issue } = proxyActivities<Pick<Activities, 'issueCertificates'>>(activityOptions.certificate);

export async function issueCertificates(state: Pick<MatterState, 'id' | 'kind'>, kinds: CertificateKind[]): Promise<void> {
  await issue.executeWithOptions({ ...activityOptions.certificate, summary: `凭证 · ${kinds.map((kind) => certificateTitle(kind, state.kind)).join('、')}` }, [{ matterId: state.id, kinds }]);
}
