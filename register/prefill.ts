/**
 * 从人员信息库带入: the part of a transfer's or a post change's form the register fills from the
 * person's state in force, with the paths it filled so the form can mark them. What changes —
 * the new unit's post, contract and dates, the new post — is left for the unit to type.
 */
import type { PostChangePrefill, PrefillAnswer, PrefillKind, RegisterEmployment, RegisterPerson, TransferPrefill } from '../schemas/register';
import { pensionAgencyOf } from './changes';

export interface RegisterState {
  person: RegisterPerson;
  employment: RegisterEmployment;
  madeBy: string;
}

/** Every leaf path of a value, dotted (`person.name`, `wage.currentSalaryGrade`). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => (inner === undefined ? [] : leafPaths(inner, prefix ? `${prefix}.${key}` : key)));
}

export function prefillOf(kind: PrefillKind, { person, employment, madeBy }: RegisterState): PrefillAnswer {
  const form = kind === 'transfer' ? transferPrefill(person, employment) : postChangePrefill(person, employment);
  return { kind, form, prefilled: leafPaths(form), source: { matterId: madeBy, since: employment.since } };
}

function transferPrefill(person: RegisterPerson, employment: RegisterEmployment): TransferPrefill {
  return {
    releasingUnit: { ...employment.unit, sector: 'public-institution' },
    person,
    wage: { previousMonthlyBasicWage: employment.monthlyBasicWage },
    insurance: {
      workInjury: true,
      unemployment: true,
      pensionTransfer: { fromRegion: employment.insurance.pensionRegion, previousInsurer: employment.insurance.pensionInsurer ?? pensionAgencyOf(employment.insurance.pensionRegion) },
    },
    archive: { currentHolder: employment.archiveHolder },
  };
}

function postChangePrefill(person: RegisterPerson, employment: RegisterEmployment): PostChangePrefill {
  return { unit: employment.unit, person, currentPost: employment.post, wage: { currentSalaryGrade: employment.salaryGrade } };
}
