/**
 * The parts of the review chain every matter shares, written once: the filing unit's competent
 * department, the service hall of its region, and the personnel division that countersigns
 * special cases level by level (经办人 → 科长 → 分管领导). A matter's definition names only what
 * is its own: its countersign rules, a second competent department.
 */
import { hallOf, personnelDivisionOf } from '../schemas/organisation-codes';
import type { CountersignPolicy, MatterDefinition, ReviewStepDefinition } from './types';

/** What every form says of the unit that files it. */
interface FiledByUnit {
  applicationNo: string;
  unit: { code: string; region: string; competentDepartment: { code: string } };
}

export const unitKeys = (form: FiledByUnit): ReturnType<MatterDefinition['keys']> => ({
  unitCode: form.unit.code,
  applicationNo: form.applicationNo,
  region: form.unit.region,
});

export const filingUnit = (form: FiledByUnit) => ({ code: form.unit.code, region: form.unit.region, competentDepartment: form.unit.competentDepartment.code });

/** The filing unit and its competent department. */
export const unitParties = (form: FiledByUnit): string[] => [form.unit.code, form.unit.competentDepartment.code];

export const competentReview: ReviewStepDefinition<FiledByUnit> = {
  step: 'competent',
  title: '主管部门审核',
  role: 'competent-reviewer',
  organisations: (form) => [form.unit.competentDepartment.code],
};

export const hallReview: ReviewStepDefinition<FiledByUnit> = {
  step: 'hall',
  title: '政务大厅审核',
  role: 'hall-officer',
  organisations: (form) => [hallOf(form.unit.region)],
};

export const countersignLevels = ['经办人审核', '科长审核', '分管领导审核'] as const;

/** The region's personnel division countersigns at every level when one of `rules` applies or the hall asks. */
export function personnelDivisionCountersign<Form extends FiledByUnit>(rules: CountersignPolicy<Form>['rules']): CountersignPolicy<Form> {
  return { levels: countersignLevels, organisation: (form) => personnelDivisionOf(form.unit.region), rules };
}
