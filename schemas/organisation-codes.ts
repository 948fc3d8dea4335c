/**
 * The codes of the organisations that serve a whole region. Units and competent departments
 * are known by their unified social credit codes; these offices by their function and region,
 * so a matter's review chain can name the one it waits for from the form alone.
 */
import type { DepartmentCode } from './matter';

export const hallOf = (region: string) => `hall-${region}`;
export const personnelDivisionOf = (region: string) => `personnel-division-${region}`;
export const departmentOf = (department: DepartmentCode, region: string) => `${department}-${region}`;
export const supervisionOf = (region: string) => `supervision-${region}`;
export const platformOrganisation = 'platform';
