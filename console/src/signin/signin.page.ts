/** Test page object: the sign-in page, as a person uses it (choose a login, press 登录). */
import type { Page } from 'playwright-core';

export class SignInPageObject {
  constructor(private readonly page: Page) {}

  async open(baseUrl: string, path = '/console/'): Promise<void> {
    await this.page.goto(`${baseUrl}${path}`);
  }

  async signInAs(login: string): Promise<void> {
    await this.page.getByRole('button', { name: `以 ${login} 登录` }).click();
    await this.page.getByRole('button', { name: '退出' }).waitFor();
  }
}
