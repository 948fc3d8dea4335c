/**
 * The supervisors' and administrators' pages in a real browser, on the stack `npm start` runs:
 * a supervisor finds an overdue matter in the dashboard's figures and its late list, opens its
 * audit and exports it; an administrator loads next year's holidays from the form (by keyboard),
 * after which counting into that year answers a date; and manages accounts and deliveries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordActivities } from '../../activities/record';
import { slaActivities } from '../../activities/sla';
import { findMatter } from '../../db/matters';
import { CalendarPageObject } from '../../console/src/admin/admin.page';
import { SupervisionPageObject } from '../../console/src/supervision/supervision.page';
import { hireFormFor } from '../../samples/forms';
import type { MatterState, SlaCard } from '../../schemas/matter';
import { tokenFor } from '../support/auth';
import { consoleSuite, inspect } from './support/console';
import { testVault } from '../support/harness';

const suite = consoleSuite();
const scenario = { timeout: 240_000 };

/**
 * A hire filed over HTTP by the hospital's clerk, once the workflow has recorded it waiting at the
 * competent department with the step's deadline planned: its last write before it waits for the
 * reviewer. (A version written over an earlier one, read live from the workflow, would lose to the
 * workflow's own record of that version.)
 */
async function filedHire(applicationNo: string): Promise<MatterState> {
  const clerk = await tokenFor('wz.hospital.clerk');
  const filed = await suite.stack.call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo }), clerk);
  expect(filed.status).toBe(202);
  let state: MatterState | undefined;
  await expect
    .poll(async () => {
      state = await findMatter(suite.stack.db.db, filed.body.id);
      return [state?.waitingFor?.step, state?.sla.step?.step];
    }, { timeout: 60_000, interval: 500 })
    .toEqual(['competent', 'competent']);
  return state!;
}

/** A hire taken to completed over HTTP: both reviews approve, the departments register it. */
async function completedHire(applicationNo: string): Promise<string> {
  const { id } = await filedHire(applicationNo);
  const clerk = await tokenFor('wz.hospital.clerk');
  const read = async () => (await suite.stack.call('GET', `/api/v1/matters/${id}`, undefined, clerk)).body as MatterState;
  for (const [login, step] of [['wz.health.reviewer', 'competent'], ['wz.hall.officer', 'hall']] as const) {
    await expect.poll(async () => (await read()).waitingFor?.step, { timeout: 60_000, interval: 500 }).toBe(step);
    const decided = await suite.stack.call('POST', `/api/v1/matters/${id}/decisions`, { step, decision: 'approve' }, await tokenFor(login));
    expect(decided.status, JSON.stringify(decided.body)).toBeLessThan(300);
  }
  await expect.poll(async () => (await read()).status, { timeout: 120_000, interval: 1_000 }).toBe('completed');
  return id;
}

/**
 * The step's deadline passes: the dev server's clock cannot run five working days ahead, so the
 * workflow's SLA clock is stood in for by the very activities it runs when its timer fires — the
 * snapshot projected with the step red, and the red card recorded (its notifications and webhook).
 */
async function deadlinePassed(state: MatterState): Promise<void> {
  const due = new Date(Date.now() - 3_600_000).toISOString();
  const card: SlaCard = { card: 'red', scope: 'step', step: 'competent', due, at: new Date().toISOString(), notified: [`competent-reviewer@${state.waitingFor!.organisations[0]}`, 'supervisor@640300'] };
  await recordActivities(suite.stack.db.db, testVault).recordMatter({
    ...state,
    version: state.version + 1,
    updatedAt: new Date().toISOString(),
    sla: { ...state.sla, state: 'overdue', step: { step: 'competent', due, yellowAt: due }, cards: [...state.sla.cards, card] },
  });
  await slaActivities(suite.stack.db.db).recordSlaCard({ matterId: state.id, kind: state.kind, card });
}

describe('supervisors and administrators in a browser', () => {
  it('a supervisor sees an overdue matter in the chart and the late list with who holds it, opens its audit and exports it', scenario, async () => {
    await completedHire('DASH-0000');
    const matter = await filedHire('DASH-0001');
    await deadlinePassed(matter);
    const competent = matter.waitingFor!.organisations[0]!;

    const supervisor = await suite.signedIn('wz.supervisor');
    // Supervisors land on 业务监测.
    await supervisor.getByRole('heading', { name: '业务监测', level: 1 }).waitFor();
    const dashboard = new SupervisionPageObject(supervisor);
    const byStage = '在办事项（按环节，当前）';
    const stageRow = dashboard.tableRow(byStage, '主管部门审核');
    await stageRow.waitFor();
    // 在办 1, 预警 0, 超时 1 — in the table beside the chart, and the chart draws the step's bar.
    expect(await stageRow.getByRole('cell').allTextContents()).toEqual(['主管部门审核', '1', '0', '1']);
    await dashboard.panel(byStage).getByRole('img', { name: new RegExp(`^${byStage}`) }).locator('svg text', { hasText: '主管部门审核' }).first().waitFor();
    expect(await dashboard.tableRow('黄牌、红牌（按环节）', '主管部门审核').getByRole('cell').allTextContents()).toEqual(['主管部门审核', '0', '1']);
    // The completed hire: decided in time at both reviews, completed on time.
    expect(await dashboard.tableRow('按时办结率（按事项类型）', '事业单位聘用工作人员').getByRole('cell').allTextContents()).toEqual(['事业单位聘用工作人员', '1', '0', '100%']);
    expect(await dashboard.tableRow('按时率（按审核环节）', '政务大厅审核').getByRole('cell').allTextContents()).toEqual(['政务大厅审核', '1', '0', '100%']);

    const late = dashboard.lateRow(matter.id);
    await late.getByText('红牌超时').waitFor();
    await late.getByText(`${competent}（未认领）`).waitFor();
    await inspect(supervisor, 'supervisor-dashboard');

    await dashboard.openAudit(matter.id);
    await dashboard.auditRows().filter({ hasText: '提交申请' }).first().waitFor();
    // The card's outcome reads as the card, not as its code.
    await dashboard.auditRows().filter({ hasText: '时限预警' }).filter({ hasText: '红牌' }).first().waitFor();
    await inspect(supervisor, 'supervisor-audit');

    const download = await dashboard.exportCsv();
    const csv = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFF时间 / at (Asia/Shanghai),事项编号 / matter')).toBe(true);
    expect(csv).toContain(`,${matter.id},submitted,`);
    expect(csv).not.toContain(hireFormFor({ applicationNo: 'DASH-0001' }).person.identityNumber);
    await supervisor.getByText(/已导出 \d+ 条记录/).waitFor();

    // A person is searched by login: an identity number typed there is refused at the field (Enter submits) and never reaches the address.
    const identityNumber = hireFormFor().person.identityNumber;
    await supervisor.getByLabel('经办人登录名').fill(identityNumber);
    await supervisor.getByLabel('经办人登录名').press('Enter');
    await supervisor.getByRole('alert').getByText('经办人应为登录名，不能是公民身份号码').waitFor();
    expect(supervisor.url()).not.toContain(identityNumber);
    await supervisor.context().close();
  });

  it('an administrator loads next year from the form by keyboard, its problems at their fields, and counting then crosses into it', scenario, async () => {
    const adminToken = await tokenFor('admin');
    const health = (await suite.stack.call('GET', '/api/v1/calendar/health', undefined, adminToken)).body as { missingUpcomingYears: number[] };
    expect((await suite.stack.call('GET', '/api/v1/calendar/add?from=2026-12-30&days=2', undefined, adminToken)).status).toBe(422);

    const admin = await suite.signedIn('admin');
    await admin.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作日历' }).click();
    const calendar = new CalendarPageObject(admin);
    await admin.getByRole('heading', { name: '工作日历', level: 1 }).waitFor();
    // From 1 November the monitor warns of next year missing; the page says so at the top.
    if (health.missingUpcomingYears.length > 0) await calendar.warning.getByText(`${health.missingUpcomingYears.join('、')} 年节假日安排尚未载入`).waitFor();
    await admin.getByRole('combobox', { name: '年份' }).click();
    // antd's visible choices (its role="option" elements are a hidden copy for screen readers).
    await admin.locator('.ant-select-item-option').filter({ hasText: /^2027$/ }).click();
    await admin.getByText('2027 年节假日安排尚未载入。').waitFor();

    // By keyboard alone: the year is filled in from the choice; Tab through the fields, Enter submits.
    const year = calendar.form.getByRole('spinbutton', { name: '年份' });
    expect(await year.inputValue()).toBe('2027');
    await year.focus();
    await admin.keyboard.press('Tab');
    await calendar.form.getByRole('textbox', { name: '放假日期' }).and(admin.locator(':focus')).waitFor();
    await admin.keyboard.type('2027-01-01~2027-01-03\n2027-02-06~2027-02-13\n2027-02-30');
    await admin.keyboard.press('Tab');
    await admin.keyboard.type('2027-02-20\n2027-02-22');
    await admin.keyboard.press('Tab');
    await admin.keyboard.type('国办发明电〔2026〕测试号');
    await admin.keyboard.press('Enter');
    // Every problem at once, each at its field and naming its date.
    await calendar.problems('放假日期').getByText('“2027-02-30”不是日期（YYYY-MM-DD）').waitFor();
    await calendar.problems('调休上班日期').getByText('2027-02-22：调休上班日应为周六或周日').waitFor();
    await inspect(admin, 'admin-calendar-form-problems');

    await calendar.form.getByRole('textbox', { name: '放假日期' }).fill('2027-01-01~2027-01-03\n2027-02-06~2027-02-13');
    await calendar.form.getByRole('textbox', { name: '调休上班日期' }).fill('2027-02-20');
    await calendar.form.getByRole('button', { name: '载入' }).focus();
    await admin.keyboard.press('Enter');
    await admin.getByText('2027 年节假日安排已载入').waitFor();

    await admin.getByTestId('calendar-summary').getByText('放假 11 天，调休上班 1 天').waitFor();
    expect(await calendar.day('2027-01-01').getAttribute('data-kind')).toBe('holiday');
    expect(await calendar.day('2027-02-20').getAttribute('data-kind')).toBe('makeup');
    expect(await calendar.day('2027-01-04').getAttribute('data-kind')).toBe('workday');
    await calendar.changes.filter({ hasText: '首次载入' }).filter({ hasText: 'admin' }).waitFor();
    if (health.missingUpcomingYears.join() === '2027') await calendar.warning.waitFor({ state: 'detached' });
    await inspect(admin, 'admin-calendar-2027');

    const counted = await suite.stack.call('GET', '/api/v1/calendar/add?from=2026-12-30&days=2', undefined, adminToken);
    expect(counted).toMatchObject({ status: 200, body: { date: '2027-01-04' } });
    await admin.context().close();
  });

  it('an administrator finds accounts, issues a service account its secret shown once, deactivates a person, lists deliveries, and opens a late matter’s workflow in Temporal UI', scenario, async () => {
    const matter = await filedHire('DASH-0002');
    await deadlinePassed(matter);
    const admin = await suite.signedIn('admin');
    await admin.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '机构与账号' }).click();
    await admin.getByLabel('搜索代码、登录名或名称').fill('svc.');
    await admin.getByLabel('搜索代码、登录名或名称').press('Enter');
    await admin.getByRole('button', { name: '签发密钥 svc.wz-hospital-hr' }).click();
    const secret = admin.getByTestId('client-secret');
    await secret.waitFor();
    expect((await secret.textContent())!.length).toBeGreaterThanOrEqual(32);
    await admin.getByText('密钥只显示这一次').waitFor();
    await inspect(admin, 'admin-secret-once');
    await admin.getByRole('button', { name: '我已保存，关闭' }).click();
    await secret.waitFor({ state: 'detached' });

    await admin.getByLabel('搜索代码、登录名或名称').fill('wz.school');
    await admin.getByLabel('搜索代码、登录名或名称').press('Enter');
    await admin.getByRole('button', { name: '停用 wz.school.clerk' }).click();
    await admin.getByRole('row').filter({ hasText: 'wz.school.clerk' }).getByText('已停用').waitFor();
    await inspect(admin, 'admin-directory');
    expect((await suite.stack.call('GET', '/api/v1/me', undefined, await tokenFor('wz.school.clerk'))).status).toBe(401);

    await admin.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: 'Webhook 投递' }).click();
    await admin.getByRole('heading', { name: 'Webhook 投递', level: 1 }).waitFor();
    await admin.getByRole('combobox', { name: '投递状态' }).waitFor();
    await inspect(admin, 'admin-webhooks');

    // The late matter from the dashboard's list, in the dev server's Temporal UI.
    await admin.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '业务监测' }).click();
    const temporal = admin.waitForEvent('popup');
    await admin.getByRole('button', { name: `在 Temporal UI 中查看工作流 ${matter.id}` }).click();
    const ui = await temporal;
    await ui.waitForURL(new RegExp(`^http://(127\\.0\\.0\\.1|localhost):\\d+/namespaces/default/workflows/${matter.id}$`), { waitUntil: 'commit' });
    await ui.close();
    await admin.context().close();
  });
});
