import { describe, expect, it } from 'vitest';
import { problemFields } from '../support/fields';
import { basicWage, loadWageScale } from '../../config/wage-scale';
import { hireForm } from '../../schemas/forms/hire';
import { hireFormFor } from '../../samples/forms';

const fieldsOf = (input: unknown) => problemFields(hireForm, input);

describe('the hire form', () => {
  it('accepts the sample', () => {
    expect(fieldsOf(hireFormFor())).toEqual([]);
  });

  it('reports a birth date or gender that disagrees with the identity number', () => {
    const form = hireFormFor();
    expect(fieldsOf({ ...form, person: { ...form.person, birthDate: '1996-03-16', gender: 'female' } })).toEqual(['person.birthDate', 'person.gender']);
  });

  it('reports dates out of order, a card without a bank and missing materials, all at once', () => {
    const form = hireFormFor();
    const fields = fieldsOf({
      ...form,
      contract: { ...form.contract, endDate: '2026-11-30' },
      wage: { ...form.wage, effectiveDate: '2026-11-01' },
      socialSecurityCard: { apply: true },
      materials: form.materials.slice(0, 1),
    });
    expect(fields).toEqual(['contract.endDate', 'wage.effectiveDate', 'socialSecurityCard.bank', 'materials']);
  });
});

describe('the wage scale', () => {
  const scale = loadWageScale();

  it('adds the post wage of the level to the grade wage', () => {
    expect(basicWage(scale, { category: 'professional', level: 12, title: '住院医师' }, 14)).toEqual({ postWage: 590, gradeWage: 273, total: 863 });
    expect(basicWage(scale, { category: 'worker', workerGrade: 'general', title: '保洁' }, 1)).toEqual({ postWage: 540, gradeWage: 80, total: 620 });
  });

  it('has no amount for a level or grade outside the scale', () => {
    expect(basicWage(scale, { category: 'management', level: 11, title: 'x' }, 14)).toBeUndefined();
    expect(basicWage(scale, { category: 'management', level: 1, title: 'x' }, 66)).toBeUndefined();
  });
});
