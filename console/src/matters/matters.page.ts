/** Test page object: a matter's page — its status, what it waits for, its certificates, its correction. */
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
}
