/** Test page object: 工作日历 — the warning, the year's calendar, the form that loads a year, its changes. */
import type { Locator, Page } from 'playwright-core';

export class CalendarPageObject {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, year?: number): Promise<void> {
    await this.page.goto(`${baseUrl}/console/admin/calendar${year ? `?year=${year}` : ''}`);
    await this.page.getByRole('heading', { name: '工作日历', level: 1 }).waitFor();
  }

  get warning(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '请尽快载入' });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: '载入或更正年度安排' });
  }

  /** The problems listed under a field of the form, by its label. */
  problems(label: '年份' | '放假日期' | '调休上班日期'): Locator {
    const id = { 年份: 'year', 放假日期: 'holidays', 调休上班日期: 'makeupWorkdays' }[label];
    return this.page.locator(`#arrangement-${id}-problems`);
  }

  day(date: string): Locator {
    return this.page.locator(`[data-testid="year-calendar"] td[data-date="${date}"]`);
  }

  get changes(): Locator {
    return this.page.getByRole('region', { name: '变更记录' }).getByRole('row');
  }
}
