/**
 * Valid synthetic hire forms for scripts (the bench) that must not import the test support,
 * which pulls in vitest. Each index is another person: identity numbers get a correct check
 * digit and agree with birth date and gender; none belongs to a real person.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../../config/env';
import { identityNumberCheckDigit } from '../../schemas/domain';
import type { HireForm } from '../../schemas/forms/hire';

const sample = readFileSync(resolve(projectRoot, 'samples/hire.json'), 'utf8');

/** The sample form with its own applicationNo and the `index`-th distinct person. */
export function hireFormForPerson(applicationNo: string, index: number): HireForm {
  const form = JSON.parse(sample) as HireForm;
  form.applicationNo = applicationNo;
  // Three sequence digits give 1000 people per birth date; beyond that the birth date moves
  // on by a day, so identity numbers stay distinct for any bench size.
  const birth = new Date(`${form.person.birthDate}T00:00:00Z`);
  birth.setUTCDate(birth.getUTCDate() + Math.floor(index / 1000));
  const birthDate = birth.toISOString().slice(0, 10);
  const sequence = String(index % 1000).padStart(3, '0');
  const first17 = `${form.person.identityNumber.slice(0, 6)}${birthDate.replaceAll('-', '')}${sequence}`;
  form.person.identityNumber = first17 + identityNumberCheckDigit(first17);
  form.person.birthDate = birthDate;
  form.person.gender = Number(sequence.at(-1)) % 2 === 1 ? 'male' : 'female';
  return form;
}
