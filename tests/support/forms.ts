/**
 * Valid synthetic forms built from the samples, varied where a test needs another unit,
 * another person or another figure. Identity numbers and unit codes get correct check
 * characters; none belongs to a real person or organisation.
 */
import type { HireForm } from '../../schemas/forms/hire';
import { identityNumberCheckDigit, unitCodeCheckChar } from '../../schemas/domain';
import { sampleForm } from './harness';

export interface HireFormOverrides {
  applicationNo?: string;
  /** A digit that makes a different employing unit. */
  unitSerial?: string;
  /** Three digits that make a different person born on the sample's birth date. */
  identitySuffix?: string;
  salaryGrade?: number;
}

export function hireFormFor(overrides: HireFormOverrides = {}): HireForm {
  const form = sampleForm('hire') as HireForm;
  if (overrides.applicationNo) form.applicationNo = overrides.applicationNo;
  if (overrides.unitSerial) form.unit.code = unitCode(`12640300MB0001${overrides.unitSerial.padStart(3, '0')}`);
  if (overrides.identitySuffix) {
    const first17 = `${form.person.identityNumber.slice(0, 14)}${overrides.identitySuffix}`;
    form.person.identityNumber = first17 + identityNumberCheckDigit(first17);
    form.person.gender = Number(overrides.identitySuffix.at(-1)) % 2 === 1 ? 'male' : 'female';
  }
  if (overrides.salaryGrade) form.wage.salaryGrade = overrides.salaryGrade;
  return form;
}

export function unitCode(first17: string): string {
  return first17 + unitCodeCheckChar(first17);
}
