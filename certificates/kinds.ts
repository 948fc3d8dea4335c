/**
 * 凭证: the documents the employing unit downloads — the hall's acceptance receipt, one record
 * per department that registered a part, and the completion notice.
 */
import type { CertificateKind } from '../schemas/certificate';
import type { DepartmentCode, MatterKind } from '../schemas/matter';

/** Titles as a recruitment hire names them. */
export const certificateTitles: Record<CertificateKind, string> = {
  'acceptance-receipt': '受理回执',
  'completion-notice': '办结通知书',
  'personnel-record': '聘用备案表',
  'wage-approval': '工资核定表',
  'pension-receipt': '参保登记回执',
  'sscard-receipt': '社保卡申领回执',
  'archive-notice': '档案转递通知单',
  'employment-receipt': '就业登记回执',
};

/** A transfer files the person's move rather than a hire, and carries the pension over instead of enrolling it. */
const titlesOfMatter: Partial<Record<MatterKind, Partial<Record<CertificateKind, string>>>> = {
  transfer: { 'personnel-record': '调动备案表', 'pension-receipt': '养老保险关系转移接续回执' },
  'post-change': { 'personnel-record': '岗位聘用备案表' },
};

export function certificateTitle(kind: CertificateKind, matter: MatterKind): string {
  return titlesOfMatter[matter]?.[kind] ?? certificateTitles[kind];
}

const recordOfDepartment: Partial<Record<DepartmentCode, CertificateKind>> = {
  personnel: 'personnel-record',
  wage: 'wage-approval',
  pension: 'pension-receipt',
  sscard: 'sscard-receipt',
  archive: 'archive-notice',
  employment: 'employment-receipt',
};

/** The record a department's registration yields; work-injury and unemployment insurance issue none of their own. */
export function departmentCertificate(department: DepartmentCode): CertificateKind | undefined {
  return recordOfDepartment[department];
}

/** The department whose registration a record attests; undefined for the hall's own documents. */
export function certificateDepartment(kind: CertificateKind): DepartmentCode | undefined {
  const entry = Object.entries(recordOfDepartment).find(([, record]) => record === kind);
  return entry?.[0] as DepartmentCode | undefined;
}
