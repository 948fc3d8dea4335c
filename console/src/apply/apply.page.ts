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

  /** Picks the file for a material's line and waits until it is uploaded (its preview shown). */
  async attach(kind: string, name: string, content: Buffer, mimeType = 'application/pdf'): Promise<void> {
    await this.pick(kind, name, content, mimeType);
    await this.page.getByText(`已上传 ${name}`).waitFor();
  }

  /** Picks a file the server refuses; answers the message shown at the material's line. */
  async attachRefused(kind: string, name: string, content: Buffer, mimeType = 'application/pdf'): Promise<Locator> {
    await this.pick(kind, name, content, mimeType);
    const message = this.page.locator(`${id('materials')}-${kind}-error`);
    await message.waitFor();
    return message;
  }

  /** The preview of an uploaded material. */
  preview(name: string): Locator {
    return this.page.getByLabel(`${name} 的预览`).or(this.page.getByAltText(`${name} 的预览`));
  }

  private pick(kind: string, name: string, content: Buffer, mimeType: string): Promise<void> {
    return this.page.locator(`${id('materials')}-${kind}`).setInputFiles({ name, mimeType, buffer: content });
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
