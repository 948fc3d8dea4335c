/**
 * The console in a real browser, on the stack `npm start` runs: people sign in, fill the one
 * form, find their tasks, decide and follow the matter — by clicking and typing, as they would.
 * Each page is photographed and checked with axe-core on the way. Waiting is Playwright's own
 * (a locator waited for, with a bound), never a pause.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MatterFormObject } from '../../console/src/apply/apply.page';
import { InboxPageObject } from '../../console/src/inbox/inbox.page';
import { MatterPageObject } from '../../console/src/matters/matters.page';
import { initialJavaScriptSize } from '../../scripts/lib/console-build';
import { projectRoot } from '../../config/env';
import { materials } from '../../db/schema';
import { identityNumberCheckDigit } from '../../schemas/identity-number';
import type { HireForm } from '../../schemas/forms/hire';
import { consoleSuite, inspect } from './support/console';

const suite = consoleSuite();

/** How long a page may take to show a change made elsewhere (a decision, the departments' work). */
const changeShown = { timeout: 30_000 };
/** A scenario of several people, each signing in and working through pages, on a shared 2-core machine. */
const scenario = { timeout: 360_000 };

const sample = (): HireForm => JSON.parse(readFileSync(resolve(projectRoot, 'samples/hire.json'), 'utf8'));

/** The sample's person with another sequence number, a valid identity number of its own. */
function person(form: HireForm, sequence: string): HireForm {
  const first17 = `${form.person.identityNumber.slice(0, 14)}${sequence}`;
  form.person.identityNumber = first17 + identityNumberCheckDigit(first17);
  form.person.gender = Number(sequence.at(-1)) % 2 === 1 ? 'male' : 'female';
  return form;
}

const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`);
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A Windows program's first bytes: MZ, and the PE signature where its header points. */
const windowsProgram = Buffer.alloc(512);
windowsProgram.write('MZ');
windowsProgram.writeUInt32LE(0x80, 0x3c);
windowsProgram.write('PE\0\0', 0x80, 'latin1');

/** The clerk files a hire through 办事 and lands on its page; answers the matter id. */
async function fileHire(clerk: Page, form: HireForm): Promise<string> {
  await clerk.getByRole('link', { name: '办事' }).click();
  await clerk.getByRole('link', { name: '开始办理' }).first().click();
  const filling = new MatterFormObject(clerk);
  await filling.fillFrom(form);
  for (const material of form.materials) await filling.attach(material.kind, material.name, pdf(material.name));
  await filling.submit('提交申请');
  const matter = new MatterPageObject(clerk);
  await matter.status.getByText('审核中').waitFor();
  return matter.idFromUrl();
}

async function approveAs(login: string, matterId: string, name: string): Promise<void> {
  const page = await suite.signedIn(login);
  const inbox = new InboxPageObject(page);
  await inbox.row(matterId).waitFor();
  await inspect(page, `${name}-inbox`);
  await inbox.claim(matterId);
  await inbox.openTask(matterId);
  await inspect(page, `${name}-task`);
  await inbox.approve();
  await inbox.row(matterId).waitFor({ state: 'detached' });
  await page.context().close();
}

describe('the console in a browser', () => {
  it('takes a hire from the form to completed: a wrong identity number shown at its field, two approvals from the inbox, the completion notice as a PDF, a 差评 and its first rectification step', scenario, async () => {
    const clerk = await suite.signedIn('wz.hospital.clerk');
    await inspect(clerk, '01-my-matters-empty');
    const form = sample();
    const right = form.person.identityNumber;
    const wrong = right.slice(0, 17) + (right.at(-1) === '9' ? '8' : String((Number(right.at(-1)) || 0) + 1));

    await clerk.getByRole('link', { name: '办事' }).click();
    await inspect(clerk, '02-apply');
    await clerk.getByRole('link', { name: '开始办理' }).first().click();
    const filling = new MatterFormObject(clerk);
    await filling.fillFrom({ ...form, person: { ...form.person, identityNumber: wrong } });
    // Left with a wrong check digit, the field says so in Chinese at once.
    await filling.error('person.identityNumber').getByText('公民身份号码校验位错误').waitFor();
    await inspect(clerk, '03-form-field-error');

    await filling.submit('提交申请');
    // Submitting lists every problem at once: the identity number and the two missing materials.
    await filling.summary.getByText('公民身份号码校验位错误').waitFor();
    expect(await filling.summary.getByRole('listitem').count()).toBe(2);
    await filling.summary.getByText('缺少要件').first().waitFor();
    await inspect(clerk, '04-form-error-summary');

    await filling.type('person.identityNumber', right);
    await filling.error('person.identityNumber').waitFor({ state: 'detached' });
    for (const material of form.materials) await filling.attach(material.kind, material.name, pdf(material.name));
    await filling.submit('提交申请');

    const matter = new MatterPageObject(clerk);
    await matter.status.getByText('审核中').waitFor();
    await matter.waitingFor.getByText('主管部门审核').waitFor();
    const id = matter.idFromUrl();
    expect(id).toBe(`${form.unit.code}-${form.applicationNo}`);
    await inspect(clerk, '05-matter-submitted');

    await approveAs('wz.health.reviewer', id, '06-reviewer');
    // The clerk's page, open all along and never reloaded, follows the matter.
    await matter.waitingFor.getByText('政务大厅').waitFor(changeShown);
    await approveAs('wz.hall.officer', id, '07-hall');
    await matter.status.getByText('已办结').waitFor(changeShown);
    await clerk.getByRole('button', { name: '下载办结通知书' }).waitFor(changeShown);
    // The history names the acceptance and each department in Chinese, not by their codes.
    await matter.history.getByText('受理', { exact: true }).waitFor(changeShown);
    await matter.history.getByText('· 人事 · 聘用备案', { exact: false }).first().waitFor(changeShown);
    expect(await matter.history.getByText('accepted', { exact: true }).count()).toBe(0);
    await inspect(clerk, '08-matter-completed');

    const download = await matter.download('办结通知书');
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // 好差评: the clerk rates the finished matter; a 差评 lands in the supervision office's inbox, whose supervisor takes its first step on the matter's page.
    await matter.rate('不满意', '窗口答复不清楚，往返两次');
    await matter.rectification.getByText('整改中').waitFor(changeShown);
    await inspect(clerk, '08b-matter-rated');
    const supervisor = await suite.signedIn('wz.supervisor');
    const supervision = new InboxPageObject(supervisor);
    await supervision.open(suite.baseUrl);
    await supervision.row(id).getByText('差评整改').waitFor(changeShown);
    await inspect(supervisor, '08c-supervisor-inbox');
    await supervisor.getByRole('link', { name: id, exact: true }).click();
    const rectifying = new MatterPageObject(supervisor);
    await rectifying.recordRectificationStep('回访核实', '已电话回访评价人，了解往返原因');
    await rectifying.rectification.getByText('核实情况').waitFor(changeShown);
    await inspect(supervisor, '08d-rectification-step');
    await supervisor.context().close();

    await clerk.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '我的事项' }).click();
    await clerk.getByRole('row').filter({ hasText: id }).locator('.ant-tag').filter({ hasText: '已办结' }).waitFor();
    await inspect(clerk, '09-my-matters');
    await clerk.context().close();
  });

  it('returns a matter with two field problems; the clerk sees each at its field, corrects, and the matter resumes at the step that returned it', scenario, async () => {
    const form = person(sample(), '052');
    form.applicationNo = 'WZ2026-0002';
    const clerk = await suite.signedIn('wz.hospital.clerk');
    const id = await fileHire(clerk, form);

    const reviewer = await suite.signedIn('wz.health.reviewer');
    const inbox = new InboxPageObject(reviewer);
    await inbox.row(id).waitFor();
    await inbox.openTask(id);
    // The form is read masked; showing it in full is a recorded act.
    await reviewer.getByText(`${form.person.identityNumber.slice(0, 6)}********${form.person.identityNumber.slice(-4)}`).waitFor();
    await reviewer.getByRole('button', { name: '显示完整信息' }).click();
    await reviewer.getByText(form.person.identityNumber, { exact: true }).waitFor();
    await inbox.openDecision();
    await inbox.dialog.getByRole('radio', { name: '通过', exact: true }).and(reviewer.locator(':focus')).waitFor();
    await inspect(reviewer, '10-decision-dialog');
    await reviewer.keyboard.press('Escape');
    await inbox.dialog.waitFor({ state: 'detached' });
    await inbox.returnForCorrection([
      ['拟聘人员 › 手机号码', '手机号码为空号，请核实'],
      ['起薪 › 薪级', '薪级与岗位不符，应为 15 级'],
    ]);

    const matter = new MatterPageObject(clerk);
    await matter.status.getByText('待补正').waitFor(changeShown);
    await inspect(clerk, '11-matter-correcting');
    await matter.startCorrection();
    const correcting = new MatterFormObject(clerk);
    await correcting.error('person.phone').getByText('手机号码为空号，请核实').waitFor();
    await correcting.error('wage.salaryGrade').getByText('薪级与岗位不符，应为 15 级').waitFor();
    await correcting.summary.waitFor();
    await inspect(clerk, '12-correction-form');

    await correcting.type('person.phone', '13900000002');
    await correcting.type('wage.salaryGrade', '15');
    await correcting.submit('提交补正');
    await matter.status.getByText('审核中').waitFor();
    await matter.waitingFor.getByText('主管部门审核').waitFor();

    // The reviewer who returned it finds it again, and decides by keyboard alone: reject, with a reason.
    await inbox.open(suite.baseUrl);
    await inbox.openTask(id);
    await reviewer.getByRole('button', { name: '办理', disabled: false }).focus();
    await reviewer.keyboard.press('Enter');
    await inbox.dialog.waitFor();
    // The dialog opens with its choice in focus (after its opening animation).
    await inbox.dialog.getByRole('radio', { name: '通过', exact: true }).and(reviewer.locator(':focus')).waitFor();
    await reviewer.keyboard.press('ArrowDown');
    await inbox.dialog.getByRole('radio', { name: '不予通过' }).and(reviewer.locator(':focus')).waitFor();
    await reviewer.keyboard.press('Tab');
    await inbox.dialog.getByRole('textbox', { name: /理由/ }).and(reviewer.locator(':focus')).waitFor();
    await reviewer.keyboard.type('岗位设置未经核准');
    const submit = inbox.dialog.getByRole('button', { name: '提交决定' });
    for (let tab = 0; tab < 6 && !(await submit.evaluate((button) => button === button.ownerDocument.activeElement)); tab++) await reviewer.keyboard.press('Tab');
    await submit.and(reviewer.locator(':focus')).waitFor();
    await reviewer.keyboard.press('Enter');
    await reviewer.getByText('决定已提交。').waitFor();

    await matter.status.getByText('不予通过').waitFor(changeShown);
    await clerk.getByText('查看完整个人信息').first().waitFor(changeShown);
    await clerk.context().close();
    await reviewer.context().close();
  });

  it('uploads each material as the clerk picks it, with its preview; a program renamed .pdf is refused at its line and never kept', scenario, async () => {
    const clerk = await suite.signedIn('wz.hospital.clerk');
    await clerk.getByRole('link', { name: '办事' }).click();
    await clerk.getByRole('link', { name: '开始办理' }).first().click();
    const filling = new MatterFormObject(clerk);
    const [approval, contract] = sample().materials;
    await filling.attach(approval!.kind, '公示材料扫描件.png', onePixelPng, 'image/png');
    await filling.preview('公示材料扫描件.png').waitFor();
    const refused = await filling.attachRefused(contract!.kind, 'offer.pdf', windowsProgram);
    await refused.getByText('只接受 PDF、JPEG 或 PNG 文件').waitFor();
    expect(await refused.textContent()).toContain('exe (application/x-msdownload)');
    await inspect(clerk, '13-materials-uploaded-and-refused');

    await filling.attach(contract!.kind, contract!.name, pdf(contract!.name));
    await filling.preview(contract!.name).waitFor();
    await refused.waitFor({ state: 'detached' });
    await inspect(clerk, '14-materials-uploaded');
    const kept = await suite.stack.db.db.select({ name: materials.name, kind: materials.kind }).from(materials).where(eq(materials.uploadedBy, 'wz.hospital.clerk'));
    expect(kept).toEqual(expect.arrayContaining([{ name: '公示材料扫描件.png', kind: 'png' }, { name: contract!.name, kind: 'pdf' }]));
    expect(kept.some((row) => row.name === 'offer.pdf')).toBe(false);
    await clerk.context().close();
  });

  it('prints the console’s budgets: initial JavaScript gzipped and the inbox’s first render', async () => {
    const { files, gzipBytes } = await initialJavaScriptSize();
    const reviewer = await suite.signedIn('wz.hall.officer');
    await reviewer.goto(`${suite.baseUrl}/console/inbox`);
    await reviewer.getByRole('heading', { name: '待办', level: 1 }).waitFor();
    const render = await reviewer.waitForFunction(() => performance.getEntriesByName('inbox-rendered')[0]?.duration);
    const firstRenderMs = Math.round((await render.jsonValue()) as number);
    console.log(
      `[console budget] initial JavaScript ${(gzipBytes / 1024).toFixed(0)} KB gzipped (budget 600 KB; ${files.join(', ')}); inbox first render ${firstRenderMs} ms in headless Chromium (budget 1500 ms)`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(firstRenderMs).toBeGreaterThan(0);
    await reviewer.context().close();
  });
});
