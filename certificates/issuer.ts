/** Who issues a certificate: the HR & social security authority of the unit's region, through its service hall. */
import { departmentNames } from '../matters/departments';
import { regionNames } from '../schemas/region';
import type { DepartmentCode } from '../schemas/matter';

/** 区直 units are served by the autonomous region's department (厅), the cities' by their bureau (局). */
export function authorityOf(region: string): string {
  if (region === '640000') return '宁夏回族自治区人力资源和社会保障厅';
  const city = regionNames[region as keyof typeof regionNames];
  return `${city ?? ''}人力资源和社会保障局`;
}

/** The hall issues its own documents; a department record names the office that registered it. */
export function issuerOf(region: string, department?: DepartmentCode): string {
  const hall = `${authorityOf(region)}政务服务大厅`;
  return department ? `${hall}（${departmentNames[department]}）` : hall;
}
