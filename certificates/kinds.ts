/**
 * 凭证: the documents the employing unit downloads — the hall's acceptance receipt, one record
 * per department that registered a part, the completion notice, or the written notice of a
 * rejection — each titled by what its matter did.
 */
import type { CertificateKind } from '../schemas/certificate';
import type { DepartmentCode, MatterKind } from '../schemas/matter';

/** Titles as a recruitment hire names them: a hire enrols the person and receives the file. */
export const certificateTitles: Record<CertificateKind, string> = {
  'acceptance-receipt': '受理回执',
  'completion-notice': '办结通知书',
  'rejection-notice': '不予办理通知书',
  'personnel-record': '聘用备案表',
  'wage-approval': '起薪核定表',
  'pension-receipt': '养老保险参保登记回执',
  'injury-receipt': '工伤保险参保登记回执',
  'unemployment-receipt': '失业保险参保登记回执',
  'sscard-receipt': '社会保障卡申领回执',
  'archive-notice': '档案接收回执',
  'employment-receipt': '就业登记回执',
};

/** What the other matters did instead: a transfer moves the person's records across, a post change records a new post. */
const titlesOfMatter: Partial<Record<MatterKind, Partial<Record<CertificateKind, string>>>> = {
  transfer: {
    'personnel-record': '调动备案表',
    'wage-approval': '调动工资核定表',
    'pension-receipt': '养老保险关系转移接续回执',
    'injury-receipt': '工伤保险参保变更回执',
    'unemployment-receipt': '失业保险参保变更回执',
    'sscard-receipt': '社会保障卡信息变更回执',
    'archive-notice': '档案转递通知单',
  },
  'post-change': { 'personnel-record': '岗位聘用备案表', 'wage-approval': '岗位变动工资核定表' },
};

export function certificateTitle(kind: CertificateKind, matter: MatterKind): string {
  return titlesOfMatter[matter]?.[kind] ?? certificateTitles[kind];
}

const recordOfDepartment: Partial<Record<DepartmentCode, CertificateKind>> = {
  personnel: 'personnel-record',
  wage: 'wage-approval',
  pension: 'pension-receipt',
  injury: 'injury-receipt',
  unemployment: 'unemployment-receipt',
  sscard: 'sscard-receipt',
  archive: 'archive-notice',
  employment: 'employment-receipt',
};

/** The record a department's registration yields. */
export function departmentCertificate(department: DepartmentCode): CertificateKind | undefined {
  return recordOfDepartment[department];
}

/** The department whose registration a record attests; undefined for the hall's own documents. */
export function certificateDepartment(kind: CertificateKind): DepartmentCode | undefined {
  const entry = Object.entries(recordOfDepartment).find(([, record]) => record === kind);
  return entry?.[0] as DepartmentCode | undefined;
}
