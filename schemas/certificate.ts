/**
 * 凭证 as data: the kinds a matter earns and what a certificate attests, fixed when it is issued
 * and stored until it is rendered (certificates/ renders and titles them).
 */
import { z } from 'zod';
import { departmentCode, matterKind, type DepartmentCode, type MatterKind } from './matter';

export const certificateKinds = [
  'acceptance-receipt',
  'completion-notice',
  'rejection-notice',
  'personnel-record',
  'wage-approval',
  'pension-receipt',
  'injury-receipt',
  'unemployment-receipt',
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
  /** What it attests in numbers: the departments' registration numbers and, on a wage record, the amounts (元/月). */
  attests?: { receipts?: Partial<Record<DepartmentCode, string>>; amounts?: Record<string, number> };
  /** The public page that verifies it (…/verify/{certificate id}), as configured when it was issued; none before signing existed. */
  verifyAt?: string;
}

/** A certificate as stored until it is rendered: the same, with the time as ISO 8601. */
export type StoredCertificate = Omit<CertificateInput, 'issuedAt'> & { issuedAt: string };


/**
 * What a certificate's signature covers and `/verify` answers: the facts it attests, the person
 * masked. The same object is the payload of its compact JWS, so a third party checks it offline.
 */
export const certificateFacts = z.object({
  id: z.string().describe('凭证编号，即核验码 / the certificate id, printed as the short code'),
  kind: certificateKind,
  title: z.string().describe('凭证名称 / title'),
  matter: z.object({ id: z.string().describe('事项编号 / matter id'), kind: matterKind }),
  unit: z.object({ code: z.string(), name: z.string() }),
  person: z.object({ name: z.string().describe('姓名（脱敏）/ masked name'), identityNumber: z.string().describe('公民身份号码（脱敏）/ masked identity number') }),
  issuer: z.string().describe('出具机构 / issuer'),
  issuedAt: z.iso.datetime().describe('出具时间 / issued at'),
  receipts: z.partialRecord(departmentCode, z.string()).optional().describe('部门登记号 / registration numbers by department'),
  amounts: z.record(z.string(), z.number()).optional().describe('核定金额（元/月）/ amounts, yuan a month'),
});
export type CertificateFacts = z.infer<typeof certificateFacts>;

/** What `/verify/{certificateId}` answers: whether the certificate is genuine and still in force, and its masked facts. */
export const certificateVerification = z.object({
  certificateId: z.string(),
  shortCode: z.string().describe('核验码 / the short code printed beside the QR code'),
  genuine: z.boolean().describe('签名有效且内容未被改动 / signed by a published key, and the facts on record are the ones signed'),
  inForce: z.boolean().describe('真实且未被撤销 / genuine and not revoked'),
  revokedAt: z.iso.datetime().optional().describe('撤销时间：事项撤回或不予办理 / when the matter’s withdrawal or rejection revoked it'),
  revocationReason: z.string().optional(),
  kind: certificateKind,
  title: z.string(),
  facts: certificateFacts.describe('凭证所载事实（已脱敏）/ what it attests, the person masked'),
  signature: z.string().nullable().describe('紧凑 JWS，可用公开密钥离线核验 / the compact JWS, to verify offline with the published keys'),
});
export type CertificateVerification = z.infer<typeof certificateVerification>;
