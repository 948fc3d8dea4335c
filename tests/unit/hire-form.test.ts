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

describe('recruitment as the notice names it', () => {
  const form = hireFormFor();
  const assessment = { kind: 'talent-assessment', name: '直接考核方案及考核结果.pdf', sha256: 'c'.repeat(64), size: 4096 };

  it('takes 统一公开招聘 with its announcement, 自主公开招聘 with the filing of its plan too', () => {
    expect(fieldsOf({ ...form, recruitment: { method: 'unified-open', announcementNo: 'A-1' } })).toEqual([]);
    expect(fieldsOf({ ...form, recruitment: { method: 'unified-open' } })).toEqual(['recruitment.announcementNo']);
    expect(fieldsOf({ ...form, recruitment: { method: 'independent-open', announcementNo: 'A-1' } })).toEqual(['recruitment.planFilingNo']);
    expect(fieldsOf({ ...form, recruitment: { method: 'independent-open', announcementNo: 'A-1', planFilingNo: 'BA-1' } })).toEqual([]);
  });

  it('takes 直接考核 of high-level talent with its category and the assessment among the materials', () => {
    expect(fieldsOf({ ...form, recruitment: { method: 'direct-assessment' } })).toEqual(['recruitment.talentCategory', 'materials']);
    expect(fieldsOf({ ...form, recruitment: { method: 'direct-assessment', talentCategory: 'B 类' }, materials: [...form.materials, assessment] })).toEqual([]);
  });

  it('knows no other method, the open examination of before included', () => {
    expect(fieldsOf({ ...form, recruitment: { method: 'public-exam', announcementNo: 'A-1' } })).toEqual(['recruitment.method']);
  });
});

describe('insurance', () => {
  it('refuses a hire that opts out of the compulsory work-injury or unemployment insurance', () => {
    const form = hireFormFor();
    expect(fieldsOf({ ...form, insurance: { workInjury: false, unemployment: true } })).toEqual(['insurance.workInjury']);
    expect(fieldsOf({ ...form, insurance: { workInjury: true, unemployment: false } })).toEqual(['insurance.unemployment']);
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
