import { describe, expect, it } from 'vitest';
import { problemFields } from '../support/fields';
import { postChangeForm } from '../../schemas/forms/post-change';
import { hireFormFor, postChangeFormFor } from '../../samples/forms';

const fieldsOf = (input: unknown) => problemFields(postChangeForm, input);

/** The sample with another change and posts, the rest untouched. */
const withChange = (kind: string, currentPost: object, newPost: object) => {
  const form = postChangeFormFor();
  return { ...form, change: { ...form.change, kind }, currentPost, newPost };
};

const resident = { category: 'professional', level: 12, title: '住院医师' };

describe('the post-change form', () => {
  it('accepts the sample, and the builder’s variations of it', () => {
    expect(fieldsOf(postChangeFormFor())).toEqual([]);
    expect(fieldsOf(postChangeFormFor({ applicationNo: 'P-2', unitSerial: '7', identitySuffix: '053', salaryGrade: 17 }))).toEqual([]);
  });

  it('changes the post of the hire sample’s person in the hire sample’s unit, with a business key of its own', () => {
    const change = postChangeFormFor({ unitSerial: '7', identitySuffix: '053' });
    const hire = hireFormFor({ unitSerial: '7', identitySuffix: '053' });
    expect(change.person).toEqual(hire.person);
    expect(change.unit).toEqual(hire.unit);
    expect(postChangeFormFor().currentPost).toEqual(hireFormFor().post);
    expect(postChangeFormFor().wage.currentSalaryGrade).toBe(hireFormFor().wage.salaryGrade);
    expect(postChangeFormFor().applicationNo).not.toBe(hireFormFor().applicationNo);
  });

  it('reports a birth date or gender that disagrees with the identity number', () => {
    const form = postChangeFormFor();
    expect(fieldsOf({ ...form, person: { ...form.person, birthDate: '1996-03-16', gender: 'female' } })).toEqual(['person.birthDate', 'person.gender']);
  });

  it('reports a new post that is the current post', () => {
    expect(fieldsOf(withChange('transfer-within-unit', resident, { ...resident, title: ' 住院医师 ' }))).toEqual(['newPost']);
    expect(fieldsOf(withChange('transfer-within-unit', resident, { ...resident, title: '全科住院医师' }))).toEqual([]);
  });

  it('takes a promotion only to a higher level of the same category', () => {
    expect(fieldsOf(withChange('promotion', resident, { ...resident, level: 11, title: '医师' }))).toEqual([]);
    expect(fieldsOf(withChange('promotion', resident, { ...resident, title: '医师' }))).toEqual(['newPost.level']);
    expect(fieldsOf(withChange('promotion', resident, { ...resident, level: 13, title: '医士' }))).toEqual(['newPost.level']);
    expect(fieldsOf(withChange('promotion', resident, { category: 'management', level: 8, title: '医务科副科长' }))).toEqual(['newPost.category']);
  });

  it('ranks a general worker below a technician of the fifth level', () => {
    const general = { category: 'worker', workerGrade: 'general', title: '维修工' };
    const technician = { category: 'worker', workerGrade: 'technician', level: 5, title: '维修电工' };
    expect(fieldsOf(withChange('promotion', general, technician))).toEqual([]);
    expect(fieldsOf(withChange('promotion', technician, general))).toEqual(['newPost.level']);
    expect(fieldsOf(withChange('demotion', technician, general))).toEqual([]);
  });

  it('takes a demotion only to a lower level of the same category', () => {
    expect(fieldsOf(withChange('demotion', resident, { ...resident, level: 13, title: '医士' }))).toEqual([]);
    expect(fieldsOf(withChange('demotion', resident, { ...resident, level: 10, title: '主治医师' }))).toEqual(['newPost.level']);
    expect(fieldsOf(withChange('demotion', resident, { category: 'worker', workerGrade: 'general', title: '护工' }))).toEqual(['newPost.category']);
  });

  it('lets a competitive appointment or a transfer within the unit change the category, at any level', () => {
    const officer = { category: 'management', level: 8, title: '医务科副科长' };
    expect(fieldsOf(withChange('competitive-appointment', resident, officer))).toEqual([]);
    expect(fieldsOf(withChange('transfer-within-unit', resident, officer))).toEqual([]);
    expect(fieldsOf(withChange('competitive-appointment', resident, { ...resident, level: 13, title: '医士' }))).toEqual([]);
  });

  it('reports a new wage that starts before the new post', () => {
    const form = postChangeFormFor();
    expect(fieldsOf({ ...form, wage: { ...form.wage, effectiveDate: '2028-12-31' } })).toEqual(['wage.effectiveDate']);
  });

  it('reports the missing appointment approval', () => {
    expect(fieldsOf({ ...postChangeFormFor(), materials: [] })).toEqual(['materials']);
  });

  it('names the field of an invalid identity number, unit code, kind, level, grade or date', () => {
    const form = postChangeFormFor();
    expect(fieldsOf({ ...form, person: { ...form.person, identityNumber: '640302199603150519' } })).toEqual(['person.identityNumber']);
    expect(fieldsOf({ ...form, unit: { ...form.unit, code: '12640300MB0001234O' } })).toEqual(['unit.code']);
    expect(fieldsOf({ ...form, change: { ...form.change, kind: 'secondment' } })).toEqual(['change.kind']);
    expect(fieldsOf({ ...form, newPost: { ...form.newPost, level: 14 } })).toEqual(['newPost.level']);
    expect(fieldsOf({ ...form, wage: { ...form.wage, newSalaryGrade: 66 } })).toEqual(['wage.newSalaryGrade']);
    expect(fieldsOf({ ...form, wage: { ...form.wage, effectiveDate: '2029-02-29' } })).toEqual(['wage.effectiveDate']);
    expect(fieldsOf({ ...form, change: { ...form.change, reason: '' } })).toEqual(['change.reason']);
  });

  it('reports every field problem at once', () => {
    const form = postChangeFormFor();
    const fields = fieldsOf({
      ...form,
      unit: { ...form.unit, code: '12640300MB0001234' },
      person: { ...form.person, identityNumber: '640302199602300518' },
      currentPost: { ...form.currentPost, level: undefined },
      newPost: { ...form.newPost, level: 14 },
      wage: { ...form.wage, effectiveDate: '2029-1-1' },
    });
    expect(fields).toEqual(['unit.code', 'person.identityNumber', 'currentPost.level', 'newPost.level', 'wage.effectiveDate']);
  });

  it('reports a cross-field problem together with a field that failed only its own rule, and that field once', () => {
    const form = postChangeFormFor();
    const fields = fieldsOf({
      ...form,
      person: { ...form.person, identityNumber: '640302199603150519' },
      newPost: { ...form.newPost, level: 14 },
      wage: { ...form.wage, effectiveDate: '2028-12-01' },
    });
    expect(fields).toEqual(['person.identityNumber', 'newPost.level', 'wage.effectiveDate']);
  });

  it('reports every cross-field problem at once', () => {
    const form = postChangeFormFor();
    const fields = fieldsOf({
      ...form,
      person: { ...form.person, gender: 'female' },
      newPost: { ...form.newPost, level: 12 },
      wage: { ...form.wage, effectiveDate: '2028-12-01' },
      materials: [],
    });
    expect(fields).toEqual(['person.gender', 'newPost.level', 'wage.effectiveDate', 'materials']);
  });
});
