/**
 * Test page object: the one form, filled as a clerk fills it — type into a field and leave it,
 * pick a choice, tick a box, attach each material — by the field paths the schema names.
 */
import type { Locator, Page } from 'playwright-core';

const id = (path: string) => `#f-${path.replace(/\./g, '-')}`;

export class MatterFormObject {
  constructor(private readonly page: Page) {}

  field(path: string): Locator {
    return this.page.locator(id(path));
  }

  /** The message shown at a field. */
  error(path: string): Locator {
    return this.page.locator(`${id(path)}-error`);
  }

  get summary(): Locator {
    return this.page.getByTestId('error-summary');
  }

  /** Types a value into a text, date or number field and leaves it (Tab), as a person moves on. */
  async type(path: string, value: string): Promise<void> {
    const input = this.field(path);
    await input.fill(value);
    await input.press('Tab');
  }

  /**
   * Clicks the choice, then waits until it shows as chosen: the form's state, not the click,
   * checks a controlled radio, a moment after the click returns.
   */
  async choose(path: string, value: string): Promise<void> {
    const radio = this.field(path).locator(`input[type=radio][value="${value}"]`);
    if (!(await radio.isChecked())) await radio.click();
    await this.field(path).locator(`input[type=radio][value="${value}"]:checked`).waitFor({ state: 'attached' });
  }

  async tick(path: string, on: boolean): Promise<void> {
    const box = this.field(path);
    if ((await box.isChecked()) !== on) await box.click();
    await this.page.locator(`${id(path)}${on ? ':checked' : ':not(:checked)'}`).waitFor({ state: 'attached' });
  }

  async attach(kind: string, name: string, content: Buffer): Promise<void> {
    await this.page.locator(`${id('materials')}-${kind}`).setInputFiles({ name, mimeType: 'application/pdf', buffer: content });
    await this.page.getByText(`已选择 ${name}`).waitFor();
  }

  /**
   * Fills every field of a form value the way a person would, section by section: a choice is
   * picked, a yes/no ticked, anything else typed. Materials are attached separately.
   */
  async fillFrom(values: Record<string, unknown>, prefix = ''): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (key === 'materials' && !prefix) continue;
      if (value !== null && typeof value === 'object') await this.fillFrom(value as Record<string, unknown>, path);
      else if (typeof value === 'boolean') await this.tick(path, value);
      else if (typeof value === 'string' && (await this.field(path).locator('input[type=radio]').count()) > 0) await this.choose(path, value);
      else await this.type(path, String(value));
    }
  }

  async submit(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
