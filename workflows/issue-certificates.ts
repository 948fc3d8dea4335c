/** 出具凭证: asks the certificate activity for the kinds a matter has earned, summarised by their titles in Temporal UI. */
import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/types';
import { certificateTitle } from '../certificates/kinds';
import type { CertificateKind } from '../schemas/certificate';
import type { MatterState } from '../schemas/matter';
import { activityOptions } from '../temporal.config';
import { localFirst } from './local-first';

type Issuing = Pick<Activities, 'issueCertificates'>;

const { issueCertificates: issue } = proxyActivities<Issuing>(activityOptions.certificate);
const { issueCertificates: issueLocally } = proxyLocalActivities<Issuing>(activityOptions.bookkeepingLocal);

/** Matters with lean histories ask local first (workflows/local-first.ts). */
export async function issueCertificates(state: Pick<MatterState, 'id' | 'kind'>, kinds: CertificateKind[], { lean }: { lean: boolean }): Promise<void> {
  const summary = `凭证 · ${kinds.map((kind) => certificateTitle(kind, state.kind)).join('、')}`;
  const request = [{ matterId: state.id, kinds }] as const;
  const ordinarily = () => issue.executeWithOptions({ ...activityOptions.certificate, summary }, [...request]);
  await (lean ? localFirst('issueCertificates', () => issueLocally.executeWithOptions({ ...activityOptions.bookkeepingLocal, summary }, [...request]), ordinarily) : ordinarily());
}
