/** Test page object: 业务监测 and 审计查询 — a chart's table, the late list, the audit search and its export. */
import type { Download, Locator, Page } from 'playwright-core';

export class SupervisionPageObject {
  constructor(private readonly page: Page) {}

  /** A chart's panel (its heading names it), holding the picture and its table. */
  panel(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The row of a chart's table whose first cell is `label`. */
  tableRow(title: string, label: string): Locator {
    return this.panel(title).getByRole('row').filter({ has: this.page.getByRole('cell', { name: label, exact: true }) });
  }

  lateRow(matterId: string): Locator {
    return this.page.getByRole('region', { name: '超时与预警事项' }).getByRole('row').filter({ has: this.page.getByRole('link', { name: matterId, exact: true }) });
  }

  async openAudit(matterId: string): Promise<void> {
    await this.page.getByRole('link', { name: `审计记录 ${matterId}` }).click();
    await this.page.getByRole('heading', { name: '审计查询', level: 1 }).waitFor();
  }

  auditRows(): Locator {
    return this.page.locator('.ant-table-tbody').getByRole('row');
  }

  async exportCsv(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 CSV' }).click();
    return download;
  }
}
