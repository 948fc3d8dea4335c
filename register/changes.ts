/**
 * What a completed matter changes in the personnel register, read from its form alone (pure):
 * a hire makes the person's employment at the unit; a transfer makes it at the receiving unit
 * and ends it at the releasing one; a post change makes the new post and wage at the unit, on
 * top of what the register held there (contract, insurances, file) — ending that state.
 */
import { basicWage, type WageScale } from '../config/wage-scale';
import type { HireForm } from '../schemas/forms/hire';
import type { PostChangeForm } from '../schemas/forms/post-change';
import type { TransferForm } from '../schemas/forms/transfer';
import type { Post } from '../schemas/post';
import { prefectureOf, regionNames } from '../schemas/region';
import type { RegisterEmployment, RegisterPerson } from '../schemas/register';

export type CompletedForm = { kind: 'hire'; form: HireForm } | { kind: 'transfer'; form: TransferForm } | { kind: 'post-change'; form: PostChangeForm };

export interface RegisterChange {
  person: RegisterPerson;
  employment: RegisterEmployment;
  /** The unit at which the person's state in force ends with this change. */
  ends?: string;
}

/** 机关事业单位养老保险 is administered by the prefecture's agency (吴忠市社会保险事业管理局 for 利通区). */
export const pensionAgencyOf = (region: string) => `${(regionNames as Record<string, string | undefined>)[prefectureOf(region)] ?? region}社会保险事业管理局`;

function wageOf(scale: WageScale, post: Post, salaryGrade: number): number | undefined {
  return basicWage(scale, post, salaryGrade)?.total;
}

/** `current` is the person's state in force at the unit, which a post change builds on. */
export function registerChangeOf(completed: CompletedForm, scale: WageScale, current?: RegisterEmployment): RegisterChange {
  const { kind, form } = completed;
  const unit = { code: form.unit.code, name: form.unit.name, region: form.unit.region, competentDepartment: form.unit.competentDepartment };
  // A hire and a transfer both bring the person to the unit on the form's post and grade; the
  // pension enrolment and the archive go to the unit, and a transfer ends the releasing unit's state.
  if (kind === 'hire' || kind === 'transfer') {
    const arrival = {
      person: form.person,
      employment: {
        unit,
        post: form.post,
        salaryGrade: form.wage.salaryGrade,
        monthlyBasicWage: wageOf(scale, form.post, form.wage.salaryGrade),
        insurance: { pensionRegion: form.unit.region, pensionInsurer: pensionAgencyOf(form.unit.region), workInjury: form.insurance.workInjury, unemployment: form.insurance.unemployment },
        archiveHolder: form.unit.name,
        contract: { startDate: form.contract.startDate, endDate: form.contract.endDate },
        since: kind === 'transfer' ? form.transfer.effectiveDate : form.contract.startDate,
      },
    };
    return kind === 'transfer' ? { ...arrival, ends: form.releasingUnit.code } : arrival;
  }
  return {
    person: form.person,
    employment: {
      unit,
      post: form.newPost,
      salaryGrade: form.wage.newSalaryGrade,
      monthlyBasicWage: wageOf(scale, form.newPost, form.wage.newSalaryGrade),
      insurance: current?.insurance ?? { pensionRegion: form.unit.region, pensionInsurer: pensionAgencyOf(form.unit.region), workInjury: true, unemployment: true },
      archiveHolder: current?.archiveHolder ?? form.unit.name,
      contract: current?.contract,
      since: form.change.effectiveDate,
    },
    ends: form.unit.code,
  };
}
