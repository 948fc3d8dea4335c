/**
 * 从人员信息库带入 in a real browser: the hospital's clerk starts a post change, types a stranger's
 * identity number and is told the register has nothing to bring in, then 张三's (seeded by
 * `npm start`); the form fills with the unit, the person, the current post and grade, each marked
 * 已带入, and the clerk types only the change before submitting.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatterFormObject } from '../../console/src/apply/apply.page';
import { MatterPageObject } from '../../console/src/matters/matters.page';
import { projectRoot } from '../../config/env';
import { identityNumberCheckDigit } from '../../schemas/identity-number';
import type { PostChangeForm } from '../../schemas/forms/post-change';
import { consoleSuite, inspect } from './support/console';

const suite = consoleSuite();
const scenario = { timeout: 240_000 };
const sample = (): PostChangeForm => JSON.parse(readFileSync(resolve(projectRoot, 'samples/post-change.json'), 'utf8'));
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`);

describe('prefill from the personnel register', () => {
  it('fills a post change by identity number, marks what it filled, and submits with only the change typed', scenario, async () => {
    const form = sample();
    const clerk = await suite.signedIn('wz.hospital.clerk');
    await clerk.getByRole('link', { name: '办事' }).click();
    await clerk.getByRole('link', { name: '开始办理' }).nth(2).click();
    await clerk.getByRole('heading', { name: '从人员信息库带入' }).waitFor();

    const strangerFirst17 = '64030219960315099';
    await clerk.locator('#prefill-identity-number').fill(strangerFirst17 + identityNumberCheckDigit(strangerFirst17));
    await clerk.getByRole('button', { name: '带入信息' }).click();
    await clerk.getByRole('alert').getByText('人员信息库中没有可供带入的信息').waitFor();

    await clerk.locator('#prefill-identity-number').fill(form.person.identityNumber);
    await clerk.getByRole('button', { name: '带入信息' }).click();
    await clerk.getByRole('status').getByText(/已带入 \d+ 项/).waitFor();
    const filling = new MatterFormObject(clerk);
    expect(await filling.field('person.name').inputValue()).toBe(form.person.name);
    expect(await filling.field('currentPost.title').inputValue()).toBe(form.currentPost.title);
    expect(await clerk.getByText('已带入', { exact: true }).count()).toBeGreaterThanOrEqual(10);
    // Checked as the page rests, not under the pointer (antd's hover shade of the primary colour is a theme-wide matter).
    await clerk.mouse.move(0, 0);
    await inspect(clerk, 'prefill-01-post-change-filled');

    // Only what changes: the application number, the change, the new post, the new grade and its date, the materials.
    await filling.fillFrom({ applicationNo: 'BR-PREFILL-1', change: form.change, newPost: form.newPost, wage: { newSalaryGrade: form.wage.newSalaryGrade, effectiveDate: form.wage.effectiveDate } });
    for (const material of form.materials) await filling.attach(material.kind, material.name, pdf(material.name));
    await filling.submit('提交申请');
    const matter = new MatterPageObject(clerk);
    await matter.status.getByText('审核中').waitFor();
    expect(matter.idFromUrl()).toBe(`${form.unit.code}-BR-PREFILL-1`);
    await inspect(clerk, 'prefill-02-post-change-submitted');
  });
});
