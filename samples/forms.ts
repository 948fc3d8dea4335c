/**
 * Valid synthetic forms built from the samples, varied where a test or the benchmark needs
 * another unit, another person or another figure. Identity numbers and unit codes get correct check
 * characters; none belongs to a real person or organisation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HireForm } from '../schemas/forms/hire';
import type { PostChangeForm } from '../schemas/forms/post-change';
import type { TransferForm } from '../schemas/forms/transfer';
import { identityNumberCheckDigit, unitCodeCheckChar } from '../schemas/domain';

export interface HireFormOverrides {
  applicationNo?: string;
  /** A digit that makes a different employing unit. */
  unitSerial?: string;
  /** Three digits that make a different person born on the sample's birth date. */
  identitySuffix?: string;
  salaryGrade?: number;
}

export function hireFormFor(overrides: HireFormOverrides = {}): HireForm {
  const form = readSample('hire') as HireForm;
  if (overrides.applicationNo) form.applicationNo = overrides.applicationNo;
  if (overrides.unitSerial) form.unit.code = unitCode(`12640300MB0001${overrides.unitSerial.padStart(3, '0')}`);
  if (overrides.identitySuffix) withIdentitySuffix(form.person, overrides.identitySuffix);
  if (overrides.salaryGrade) form.wage.salaryGrade = overrides.salaryGrade;
  return form;
}

export interface TransferFormOverrides {
  applicationNo?: string;
  /** A digit that makes a different receiving unit (the releasing unit stays the sample's). */
  unitSerial?: string;
  /** Three digits that make a different person born on the sample's birth date. */
  identitySuffix?: string;
  salaryGrade?: number;
}

export function transferFormFor(overrides: TransferFormOverrides = {}): TransferForm {
  const form = readSample('transfer') as TransferForm;
  if (overrides.applicationNo) form.applicationNo = overrides.applicationNo;
  // A series apart from hireFormFor's, so a transfer never lands on a hire test's unit by accident.
  if (overrides.unitSerial) form.unit.code = unitCode(`12640300MB0002${overrides.unitSerial.padStart(3, '0')}`);
  if (overrides.identitySuffix) withIdentitySuffix(form.person, overrides.identitySuffix);
  if (overrides.salaryGrade) form.wage.salaryGrade = overrides.salaryGrade;
  return form;
}

export interface PostChangeFormOverrides {
  applicationNo?: string;
  /** A digit that makes a different unit — the same one hireFormFor makes from that digit. */
  unitSerial?: string;
  /** Three digits that make a different person — the same one hireFormFor makes from those digits. */
  identitySuffix?: string;
  /** The salary grade after the change. */
  salaryGrade?: number;
}

/** The sample is the hire sample's person in the hire sample's unit, so the same overrides chain a hire and its post change. */
export function postChangeFormFor(overrides: PostChangeFormOverrides = {}): PostChangeForm {
  const form = readSample('post-change') as PostChangeForm;
  if (overrides.applicationNo) form.applicationNo = overrides.applicationNo;
  if (overrides.unitSerial) form.unit.code = unitCode(`12640300MB0001${overrides.unitSerial.padStart(3, '0')}`);
  if (overrides.identitySuffix) withIdentitySuffix(form.person, overrides.identitySuffix);
  if (overrides.salaryGrade) form.wage.newSalaryGrade = overrides.salaryGrade;
  return form;
}

function withIdentitySuffix(person: { identityNumber: string; gender: 'male' | 'female' }, suffix: string): void {
  const first17 = `${person.identityNumber.slice(0, 14)}${suffix}`;
  person.identityNumber = first17 + identityNumberCheckDigit(first17);
  person.gender = Number(suffix.at(-1)) % 2 === 1 ? 'male' : 'female';
}

function readSample(kind: 'hire' | 'transfer' | 'post-change'): Record<string, any> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, `${kind}.json`), 'utf8'));
}

export function unitCode(first17: string): string {
  return first17 + unitCodeCheckChar(first17);
}

/**
 * The hire sample with its own applicationNo and the `index`-th distinct person, for as many
 * matters as the benchmark drives: three sequence digits give 1000 people per birth date,
 * beyond that the birth date moves on by a day.
 */
export function hireFormForPerson(applicationNo: string, index: number): HireForm {
  const form = hireFormFor({ applicationNo });
  const birth = new Date(`${form.person.birthDate}T00:00:00Z`);
  birth.setUTCDate(birth.getUTCDate() + Math.floor(index / 1000));
  form.person.birthDate = birth.toISOString().slice(0, 10);
  form.person.identityNumber = `${form.person.identityNumber.slice(0, 6)}${form.person.birthDate.replaceAll('-', '')}000`;
  withIdentitySuffix(form.person, String(index % 1000).padStart(3, '0'));
  return form;
}
