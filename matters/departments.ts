import type { DepartmentCode } from '../schemas/matter';

/** The handling offices of the HR & social security system, as the notice names them. */
export const departmentNames: Record<DepartmentCode, string> = {
  personnel: '人事',
  wage: '工资',
  pension: '养老保险',
  injury: '工伤保险',
  unemployment: '失业保险',
  sscard: '社会保障卡',
  archive: '档案',
  employment: '就业',
};
