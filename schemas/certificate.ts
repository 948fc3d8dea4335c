/**
 * 凭证 as data: the kinds a matter earns and what a certificate attests, fixed when it is issued
 * and stored until it is rendered (certificates/ renders and titles them).
 */
import { z } from 'zod';
import type { MatterKind } from './matter';

export const certificateKinds = [
  'acceptance-receipt',
  'completion-notice',
  'personnel-record',
  'wage-approval',
  'pension-receipt',
  'sscard-receipt',
  'archive-notice',
  'employment-receipt',
] as const;
export const certificateKind = z.enum(certificateKinds).describe('凭证种类 / certificate kind');
export type CertificateKind = z.infer<typeof certificateKind>;

export interface CertificateLine {
  label: string;
  value: string;
}

export interface CertificateInput {
  kind: CertificateKind;
  /** Decides the title where matters name a record differently (调动备案表 …). */
  matterKind: MatterKind;
  /** 事项编号, by which the certificate is verified. */
  matterId: string;
  /** 事业单位聘用工作人员 … */
  matterTitle: string;
  unit: { name: string; code: string };
  person: { maskedName: string; maskedIdentityNumber: string };
  issuedAt: Date;
  /** 吴忠市人力资源和社会保障局政务服务大厅 … */
  issuer: string;
  /** The department's registration number (登记号), on department records. */
  receipt?: string;
  /** What this kind of certificate attests: post, wage amounts, bank, … */
  lines: CertificateLine[];
  /** 审核情况, one entry per review decision. */
  decisions: string[];
}

/** A certificate as stored until it is rendered: the same, with the time as ISO 8601. */
export type StoredCertificate = Omit<CertificateInput, 'issuedAt'> & { issuedAt: string };

