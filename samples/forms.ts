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
import { identityNumberCheckDigit } from '../schemas/identity-number';
import { unitCodeCheckChar } from '../schemas/unit-code';

export interface FormOverrides {
  applicationNo?: string;
  /** A digit that makes a different filing unit. */
  unitSerial?: string;
  /** Three digits that make a different person born on the sample's birth date. */
  identitySuffix?: string;
  /** The salary grade the matter sets (after the change, for a post change). */
  salaryGrade?: number;
}

export function hireFormFor(overrides: FormOverrides = {}): HireForm {
  const form = varied<HireForm>('hire', overrides, hireUnits);
  if (overrides.salaryGrade) form.wage.salaryGrade = overrides.salaryGrade;
  return form;
}

export function transferFormFor(overrides: FormOverrides = {}): TransferForm {
  // A unit series apart from hireFormFor's, so a transfer never lands on a hire test's unit by
  // accident; the releasing unit stays the sample's.
  const form = varied<TransferForm>('transfer', overrides, '12640300MB0002');
  if (overrides.salaryGrade) form.wage.salaryGrade = overrides.salaryGrade;
  return form;
}

/** The sample is the hire sample's person in the hire sample's unit, and the same overrides make the same ones, so a hire and its post change chain. */
export function postChangeFormFor(overrides: FormOverrides = {}): PostChangeForm {
  const form = varied<PostChangeForm>('post-change', overrides, hireUnits);
  if (overrides.salaryGrade) form.wage.newSalaryGrade = overrides.salaryGrade;
  return form;
}

const hireUnits = '12640300MB0001';

/** A fresh copy of a sample with the overrides every kind shares applied. */
function varied<Form extends { applicationNo: string; unit: { code: string }; person: { identityNumber: string; gender: 'male' | 'female' } }>(
  kind: 'hire' | 'transfer' | 'post-change',
  overrides: FormOverrides,
  unitSeries: string,
): Form {
  const form = readSample(kind) as Form;
  if (overrides.applicationNo) form.applicationNo = overrides.applicationNo;
  if (overrides.unitSerial) form.unit.code = unitCode(`${unitSeries}${overrides.unitSerial.padStart(3, '0')}`);
  if (overrides.identitySuffix) withIdentitySuffix(form.person, overrides.identitySuffix);
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
