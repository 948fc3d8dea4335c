/**
 * The personnel register's pure rules: what a completed matter changes, what a prefill fills, what
 * the cross-check refuses — and the pilot's seed agreeing with samples/transfer.json and
 * samples/post-change.json, so the samples prefill from it and pass its check.
 */
import { describe, expect, it } from 'vitest';
import { loadWageScale } from '../../config/wage-scale';
import { registerChangeOf } from '../../register/changes';
import { maskUnit, postChangeProblems, transferProblems } from '../../register/cross-check';
import { prefillOf } from '../../register/prefill';
import { seededStates } from '../../register/seed';
import { hireFormFor, postChangeFormFor, transferFormFor, transferFromOutsideFor } from '../../samples/forms';
import { postChangeForm } from '../../schemas/forms/post-change';
import { transferForm } from '../../schemas/forms/transfer';

const scale = loadWageScale();
const seeds = seededStates(scale);
const lisi = { ...seeds['seed:transfer-sample']!, madeBy: 'seed:transfer-sample' };
const zhangsan = { ...seeds['seed:post-change-sample']!, madeBy: 'seed:post-change-sample' };

describe('the pilot seed and the samples', () => {
  it('prefills the sample transfer with exactly what the sample says of the releasing side', () => {
    const sample = transferFormFor();
    const { form, prefilled } = prefillOf('transfer', lisi);
    expect(form).toEqual({
      releasingUnit: sample.releasingUnit,
      person: sample.person,
      wage: { previousMonthlyBasicWage: sample.wage.previousMonthlyBasicWage },
      insurance: { workInjury: true, unemployment: true, pensionTransfer: sample.insurance.pensionTransfer },
      archive: { currentHolder: sample.archive.currentHolder },
    });
    expect(prefilled).toContain('person.identityNumber');
    expect(prefilled).toContain('releasingUnit.competentDepartment.code');
    expect(prefilled).not.toContain('post.title');
    expect(transferProblems(sample, [lisi.employment])).toEqual([]);
  });

  it('prefills the sample post change with the unit, the person and the post and grade it starts from', () => {
    const sample = postChangeFormFor();
    expect(prefillOf('post-change', zhangsan).form).toEqual({ unit: sample.unit, person: sample.person, currentPost: sample.currentPost, wage: { currentSalaryGrade: sample.wage.currentSalaryGrade } });
    expect(postChangeProblems(sample, [zhangsan.employment])).toEqual([]);
  });

  it('makes a valid form from a prefill and only the fields that change', () => {
    const sample = transferFormFor();
    const { form } = prefillOf('transfer', lisi);
    const typed = { applicationNo: sample.applicationNo, unit: sample.unit, transfer: sample.transfer, post: sample.post, contract: sample.contract, wage: { ...sample.wage, previousMonthlyBasicWage: undefined }, socialSecurityCard: sample.socialSecurityCard, materials: sample.materials };
    const merged = { ...typed, ...form, wage: { ...typed.wage, ...(form as { wage: object }).wage }, archive: { ...(form as { archive: object }).archive, transferMethod: sample.archive.transferMethod } };
    expect(transferForm.safeParse(merged).success).toBe(true);
    const change = postChangeFormFor();
    const prefilled = prefillOf('post-change', zhangsan).form as { wage: object };
    expect(postChangeForm.safeParse({ applicationNo: change.applicationNo, change: change.change, newPost: change.newPost, materials: change.materials, ...prefilled, wage: { ...prefilled.wage, newSalaryGrade: 16, effectiveDate: change.wage.effectiveDate } }).success).toBe(true);
  });
});

describe('what a completed matter changes', () => {
  it('makes the hired person’s employment at the unit, with the wage the scale gives', () => {
    const form = hireFormFor();
    const { employment, ends } = registerChangeOf({ kind: 'hire', form }, scale);
    expect(employment).toMatchObject({ unit: { code: form.unit.code }, post: form.post, salaryGrade: 14, monthlyBasicWage: 863, archiveHolder: form.unit.name, since: form.contract.startDate });
    expect(employment.insurance).toEqual({ pensionRegion: '640300', pensionInsurer: '吴忠市社会保险事业管理局', workInjury: true, unemployment: true });
    expect(ends).toBeUndefined();
  });

  it('moves a transferred person to the receiving unit and ends the releasing unit’s state', () => {
    const form = transferFormFor();
    const change = registerChangeOf({ kind: 'transfer', form }, scale);
    expect(change.employment.unit.code).toBe(form.unit.code);
    expect(change.ends).toBe(form.releasingUnit.code);
    expect(change.employment.since).toBe(form.transfer.effectiveDate);
  });

  it('changes post and wage on a post change and keeps what the register held at the unit', () => {
    const change = registerChangeOf({ kind: 'post-change', form: postChangeFormFor() }, scale, zhangsan.employment);
    expect(change.employment).toMatchObject({ post: { level: 10, title: '主治医师' }, salaryGrade: 16, monthlyBasicWage: 997, contract: zhangsan.employment.contract, archiveHolder: zhangsan.employment.archiveHolder });
    expect(change.ends).toBe(zhangsan.employment.unit.code);
  });
});

describe('the cross-check on submission', () => {
  it('refuses a transfer from a unit that does not employ the person, naming the field and the unit masked', () => {
    const form = transferFormFor();
    const elsewhere = { ...lisi.employment, unit: { ...lisi.employment.unit, code: '12640300MB00012348', name: '吴忠市第一人民医院' } };
    const [problem] = transferProblems(form, [elsewhere]);
    expect(problem?.field).toBe('releasingUnit.code');
    expect(problem?.message).toContain(maskUnit(elsewhere.unit));
    expect(problem?.message).not.toContain('第一人民医院');
    expect(maskUnit(elsewhere.unit)).toBe('126403********2348（吴忠市******）');
  });

  it('passes a person the register does not know, and a transfer from outside the system', () => {
    expect(transferProblems(transferFormFor(), [])).toEqual([]);
    expect(transferProblems(transferFromOutsideFor(), [zhangsan.employment])).toEqual([]);
  });

  it('refuses a post change from a post or grade the person does not hold, and one at another unit', () => {
    const form = postChangeFormFor();
    const wrong = { ...form, currentPost: { ...form.currentPost, level: 11 }, wage: { ...form.wage, currentSalaryGrade: 15 } };
    expect(postChangeProblems(wrong, [zhangsan.employment])).toEqual([
      { field: 'currentPost', message: expect.stringContaining('库中为专业技术岗 12 级') },
      { field: 'wage.currentSalaryGrade', message: expect.stringContaining('库中为 14 级') },
    ]);
    expect(postChangeProblems(postChangeFormFor({ unitSerial: '5' }), [zhangsan.employment])).toEqual([{ field: 'unit.code', message: expect.stringContaining('不在本单位任职') }]);
  });
});
