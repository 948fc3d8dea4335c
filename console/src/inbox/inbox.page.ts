/** Test page object: 待办 and a task's page — find a matter's row, claim it, open it, decide. */
import type { Locator, Page } from 'playwright-core';

export class InboxPageObject {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/console/inbox`);
  }

  row(matterId: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: matterId, exact: true }) });
  }

  async claim(matterId: string): Promise<void> {
    await this.page.getByRole('button', { name: `认领 ${matterId}` }).click();
    await this.row(matterId).getByText('我', { exact: true }).waitFor();
  }

  async openTask(matterId: string): Promise<void> {
    await this.page.getByRole('link', { name: matterId, exact: true }).click();
    await this.page.getByRole('button', { name: '办理', disabled: false }).waitFor();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async openDecision(): Promise<void> {
    await this.page.getByRole('button', { name: '办理' }).click();
    await this.dialog.waitFor();
  }

  async approve(): Promise<void> {
    await this.openDecision();
    await this.dialog.getByRole('radio', { name: '通过', exact: true }).check();
    await this.dialog.getByRole('button', { name: '提交决定' }).click();
    await this.page.getByText('决定已提交。').waitFor();
  }

  /** 退回补正 with one problem per [field label as offered, e.g. 起薪 › 薪级, message]; the field is picked by typing its label. */
  async returnForCorrection(problems: [string, string][]): Promise<void> {
    await this.openDecision();
    await this.dialog.getByRole('radio', { name: '退回补正' }).check();
    for (const [index, [field, message]] of problems.entries()) {
      if (index > 0) await this.dialog.getByRole('button', { name: '添加问题' }).click();
      const picker = this.dialog.getByRole('combobox', { name: `第 ${index + 1} 个问题的字段` });
      await picker.click();
      await picker.fill(field);
      // The search narrows the list to the field; Enter takes the option it marks.
      await this.page.locator(`.ant-select-item-option-active[title="${field}"]`).waitFor();
      await picker.press('Enter');
      await this.dialog.locator(`[title="${field}"]`).waitFor();
      await this.dialog.getByRole('textbox', { name: `第 ${index + 1} 个问题的说明` }).fill(message);
    }
    await this.dialog.getByRole('button', { name: '提交决定' }).click();
    await this.page.getByText('决定已提交。').waitFor();
  }
}
