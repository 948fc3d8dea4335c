/** Who issues a certificate: the HR & social security authority of the unit's region, through its service hall. */
import { departmentNames } from '../matters/departments';
import { regionNames, type RegionCode } from '../schemas/region';
import type { DepartmentCode } from '../schemas/matter';

/** 区直 units are served by the autonomous region's department (厅), a prefecture's or a county's by its own bureau (局). */
export function authorityOf(region: string): string {
  if (region === '640000') return '宁夏回族自治区人力资源和社会保障厅';
  return `${regionNames[region as RegionCode] ?? ''}人力资源和社会保障局`;
}

/** The hall issues its own documents; a department record names the office that registered it. */
export function issuerOf(region: string, department?: DepartmentCode): string {
  const hall = `${authorityOf(region)}政务服务大厅`;
  return department ? `${hall}（${departmentNames[department]}）` : hall;
}

/** Where an administrative review of the authority's decision is applied for: the people's government of its level (行政复议法 Art. 24). */
export function reviewAuthority(region: string): string {
  if (region === '640000') return '宁夏回族自治区人民政府';
  return `${regionNames[region as RegionCode] ?? ''}人民政府`;
}
