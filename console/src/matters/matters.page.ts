/** Test page object: a matter's page — its status, what it waits for, its certificates, its correction, its rating. */
import type { Download, Locator, Page } from 'playwright-core';

export class MatterPageObject {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, id: string): Promise<void> {
    await this.page.goto(`${baseUrl}/console/matters/${encodeURIComponent(id)}`);
  }

  get status(): Locator {
    return this.page.getByTestId('matter-status');
  }

  get waitingFor(): Locator {
    return this.page.getByTestId('matter-waiting');
  }

  /** The matter's history (办理记录). */
  get history(): Locator {
    return this.page.getByRole('region', { name: '办理记录' });
  }

  /** The matter id from the page's address. */
  idFromUrl(): string {
    const match = /\/console\/matters\/([^/?#]+)/.exec(this.page.url());
    if (!match) throw new Error(`not a matter page: ${this.page.url()}`);
    return decodeURIComponent(match[1]!);
  }

  async download(title: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `下载${title}` }).click();
    return download;
  }

  async startCorrection(): Promise<void> {
    await this.page.getByRole('button', { name: '补正' }).click();
  }

  /** 好差评: the clerk's one rating of a finished matter, at a level as labelled, with a comment. */
  async rate(level: string, comment: string): Promise<void> {
    await this.page.getByRole('radio', { name: level, exact: true }).check();
    await this.page.getByRole('textbox', { name: '评价意见（可选）' }).fill(comment);
    await this.page.getByRole('button', { name: '提交评价' }).click();
  }

  /** Where a 差评's rectification stands: its status and the step it waits for. */
  get rectification(): Locator {
    return this.page.getByTestId('rectification-status');
  }

  /** A supervisor records the rectification's next step, named as the page names it (回访核实 …). */
  async recordRectificationStep(step: string, note: string): Promise<void> {
    await this.page.getByRole('textbox', { name: `${step}情况` }).fill(note);
    await this.page.getByRole('button', { name: `记录${step}` }).click();
  }
}
