import { describe, expect, it } from 'vitest';
import { problemFields } from '../support/fields';
import { anyRegionCode } from '../../schemas/forms/common';
import { transferForm } from '../../schemas/forms/transfer';
import { hireFormFor, transferFormFor } from '../../samples/forms';

const fieldsOf = (input: unknown) => problemFields(transferForm, input);

/** 商调函回执: what a transfer from outside the system brings instead of a releasing competent department's review. */
const consent = { kind: 'release-consent', name: '商调函回执.pdf', sha256: 'b'.repeat(64), size: 2048 };

describe('the transfer form', () => {
  it('accepts the sample, and the builder’s variations of it', () => {
    expect(fieldsOf(transferFormFor())).toEqual([]);
    expect(fieldsOf(transferFormFor({ applicationNo: 'T-2', unitSerial: '7', identitySuffix: '053', salaryGrade: 20 }))).toEqual([]);
  });

  it('moves someone other than the hire sample’s person between units other than the hire sample’s', () => {
    const transfer = transferFormFor();
    const hire = hireFormFor();
    expect(transfer.person.identityNumber).not.toBe(hire.person.identityNumber);
    expect([transfer.unit.code, transfer.releasingUnit.code]).not.toContain(hire.unit.code);
    expect(transfer.releasingUnit.competentDepartment?.code).not.toBe(transfer.unit.competentDepartment.code);
  });

  it('reports a birth date or gender that disagrees with the identity number', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, person: { ...form.person, birthDate: '1990-07-23', gender: 'male' } })).toEqual(['person.birthDate', 'person.gender']);
  });

  it('reports a releasing unit that is the receiving unit', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, releasingUnit: { ...form.releasingUnit, code: form.unit.code.toLowerCase() } })).toEqual(['releasingUnit.code']);
  });

  it('reports a wage that starts before the transfer, and accepts one that starts later', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, wage: { ...form.wage, effectiveDate: '2026-11-30' } })).toEqual(['wage.effectiveDate']);
    expect(fieldsOf({ ...form, wage: { ...form.wage, effectiveDate: '2027-01-01' } })).toEqual([]);
  });

  it('requires the competent department of a releasing public institution of Ningxia only, which reviews the release', () => {
    const { competentDepartment: _, ...withoutDepartment } = transferFormFor().releasingUnit;
    const form = { ...transferFormFor(), materials: [...transferFormFor().materials, consent] };
    expect(fieldsOf({ ...form, releasingUnit: withoutDepartment })).toEqual(['releasingUnit.competentDepartment']);
    for (const sector of ['government', 'enterprise', 'other']) {
      expect(fieldsOf({ ...form, releasingUnit: { ...withoutDepartment, sector } })).toEqual([]);
    }
    expect(fieldsOf({ ...form, releasingUnit: { ...withoutDepartment, region: '110105' } })).toEqual([]);
  });

  it('takes a releasing unit and a previous enrolment from anywhere in the country, with the releasing side’s consent', () => {
    const form = transferFormFor();
    const fromBeijing = {
      ...form,
      releasingUnit: { code: form.releasingUnit.code, name: '北京市某中学', region: '110105', sector: 'enterprise' },
      insurance: { ...form.insurance, pensionTransfer: { fromRegion: '110105', previousInsurer: '北京市朝阳区社会保险事业管理中心' } },
      contract: { ...form.contract, probationMonths: 3 },
    };
    expect(fieldsOf(fromBeijing)).toEqual(['materials']);
    expect(fieldsOf({ ...fromBeijing, materials: [...form.materials, consent] })).toEqual([]);
  });

  it('refuses a form that opts out of the compulsory work-injury or unemployment insurance', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, insurance: { ...form.insurance, workInjury: false, unemployment: false } })).toEqual(['insurance.workInjury', 'insurance.unemployment']);
  });

  it('carries the new employment contract: no probation between public institutions, at most six months from outside, dates in order', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, contract: { ...form.contract, probationMonths: 3 } })).toEqual(['contract.probationMonths']);
    const { contract: _, ...withoutContract } = form;
    expect(fieldsOf(withoutContract)).toEqual(['contract']);
    expect(fieldsOf({ ...form, contract: { ...form.contract, endDate: '2026-11-30' } })).toEqual(['contract.endDate']);
    expect(fieldsOf({ ...form, contract: { ...form.contract, startDate: '2026-11-20' } })).toEqual(['contract.startDate']);
    const fromEnterprise = { ...form, releasingUnit: { ...form.releasingUnit, sector: 'enterprise' }, materials: [...form.materials, consent] };
    expect(fieldsOf({ ...fromEnterprise, contract: { ...form.contract, probationMonths: 6 } })).toEqual([]);
    expect(fieldsOf({ ...fromEnterprise, contract: { ...form.contract, probationMonths: 7 } })).toEqual(['contract.probationMonths']);
  });

  it('reports every missing material', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, materials: [] })).toEqual(['materials', 'materials']);
    expect(fieldsOf({ ...form, materials: form.materials.slice(1) })).toEqual(['materials']);
  });

  it('names the field of an invalid identity number, unit code, region, level, date or method', () => {
    const form = transferFormFor();
    expect(fieldsOf({ ...form, person: { ...form.person, identityNumber: '640302199007220429' } })).toEqual(['person.identityNumber']);
    expect(fieldsOf({ ...form, releasingUnit: { ...form.releasingUnit, code: '12640302MB0003105Y' } })).toEqual(['releasingUnit.code']);
    expect(fieldsOf({ ...form, releasingUnit: { ...form.releasingUnit, region: '190000' }, materials: [...form.materials, consent] })).toEqual(['releasingUnit.region']);
    expect(fieldsOf({ ...form, post: { ...form.post, level: 14 } })).toEqual(['post.level']);
    expect(fieldsOf({ ...form, transfer: { ...form.transfer, effectiveDate: '2026-02-29' } })).toEqual(['transfer.effectiveDate']);
    expect(fieldsOf({ ...form, wage: { ...form.wage, previousMonthlyBasicWage: 1045.005 } })).toEqual(['wage.previousMonthlyBasicWage']);
    expect(fieldsOf({ ...form, insurance: { ...form.insurance, pensionTransfer: { ...form.insurance.pensionTransfer, fromRegion: '64030' } } })).toEqual([
      'insurance.pensionTransfer.fromRegion',
    ]);
    expect(fieldsOf({ ...form, archive: { ...form.archive, transferMethod: 'fax' } })).toEqual(['archive.transferMethod']);
  });

  it('reports every field problem at once, the releasing unit’s department among them', () => {
    const form = transferFormFor();
    const { competentDepartment: _, ...withoutDepartment } = form.releasingUnit;
    const fields = fieldsOf({
      ...form,
      releasingUnit: { ...withoutDepartment, code: '12640302MB0003105Y' },
      person: { ...form.person, identityNumber: '64030219900722042' },
      post: { ...form.post, level: 0 },
      wage: { ...form.wage, effectiveDate: '2026-13-01' },
    });
    expect(fields).toEqual(['releasingUnit.code', 'releasingUnit.competentDepartment', 'person.identityNumber', 'post.level', 'wage.effectiveDate']);
  });

  it('reports a cross-field problem together with a field that failed only its own rule', () => {
    const form = transferFormFor();
    const fields = fieldsOf({
      ...form,
      person: { ...form.person, identityNumber: '640302199007220429' },
      wage: { ...form.wage, effectiveDate: '2026-11-01' },
    });
    expect(fields).toEqual(['person.identityNumber', 'wage.effectiveDate']);
  });

  it('reports every cross-field problem at once', () => {
    const form = transferFormFor();
    const fields = fieldsOf({
      ...form,
      releasingUnit: { ...form.releasingUnit, code: form.unit.code },
      person: { ...form.person, gender: 'male' },
      wage: { ...form.wage, effectiveDate: '2026-11-01' },
      materials: [],
    });
    expect(fields).toEqual(['person.gender', 'releasingUnit.code', 'wage.effectiveDate', 'materials', 'materials']);
  });
});

describe('a region code anywhere in the country', () => {
  it('takes six digits under a known province and nothing else', () => {
    for (const code of ['110000', '640300', '710000', '820000']) expect(anyRegionCode.safeParse(code).success).toBe(true);
    for (const code of ['000000', '190000', '910000', '64030', '6403000', '64030a', 640300]) expect(anyRegionCode.safeParse(code).success).toBe(false);
  });
});
