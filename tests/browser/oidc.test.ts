/**
 * Sign-in through the identity provider, end to end: a real OpenID provider (`oidc-provider`)
 * on loopback, the stack `npm start` runs configured for it, and Chromium signing in there as a
 * person would — landing in the console with that person's inbox — then signing out at the
 * provider. A login the directory does not know is turned back at the console's sign-in.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxPageObject } from '../../console/src/inbox/inbox.page';
import { hireFormFor } from '../../samples/forms';
import { freePort } from '../../scripts/lib/ports';
import { tokenFor } from '../support/auth';
import { launchChromium } from '../support/chromium';
import { startIdentityProvider, type TestIdentityProvider } from '../support/identity-provider';
import { startTestStack, type TestStack } from '../support/stack';
import { artefacts, inspect, screenshot } from './support/console';

let stack: TestStack;
let provider: TestIdentityProvider;
let browser: Browser;
let base: string;

beforeAll(async () => {
  mkdirSync(artefacts, { recursive: true });
  const [apiPort, providerPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${apiPort}`;
  provider = await startIdentityProvider({ port: providerPort, redirectUri: `${base}/api/v1/auth/oidc/callback`, postLogoutRedirectUri: `${base}/console/signin` });
  [stack, browser] = await Promise.all([
    startTestStack({
      env: {
        PORT: String(apiPort),
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_REDIRECT_URL: `${base}/api/v1/auth/oidc/callback`,
      },
    }),
    launchChromium(),
  ]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await provider?.stop();
});

describe('sign-in through the identity provider', () => {
  it('signs a reviewer in at the provider, lands in the console with the reviewer’s inbox, and signs out at the provider', { timeout: 240_000 }, async () => {
    const form = hireFormFor({ applicationNo: 'OIDC-0001' });
    const submitted = await stack.call('POST', '/api/v1/matters/hire', form, await tokenFor('wz.hospital.clerk'));
    expect(submitted.status).toBe(202);
    const matterId: string = submitted.body.id;

    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/console/inbox`);
    await page.getByRole('link', { name: '通过统一身份认证登录' }).click();
    // The provider's own sign-in page, on its own origin.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await screenshot(page, 'oidc-01-provider-sign-in');
    await page.locator('input[name=login]').fill('wz.health.reviewer');
    await page.locator('input[name=password]').fill('any password the test provider takes');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    const inbox = new InboxPageObject(page);
    await inbox.row(matterId).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe('/console/inbox');
    await page.getByText('（wz.health.reviewer）').waitFor();
    // The token reached the console through a cookie redeemed once, never through a URL.
    expect(await page.evaluate('Object.keys(sessionStorage)')).toEqual(['yijianshi.session']);
    await inspect(page, 'oidc-02-inbox');

    await page.getByRole('button', { name: '退出' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${base}/console/signin`);
    await page.getByRole('link', { name: '通过统一身份认证登录' }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('yijianshi.session')")).toBeNull();

    // Signed out at the provider too: signing in asks for a login again, and one the directory lacks is turned back.
    await page.getByRole('link', { name: '通过统一身份认证登录' }).click();
    await page.locator('input[name=login]').fill('nobody.in.the.directory');
    await page.locator('input[name=password]').fill('x');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('统一身份认证登录未成功').waitFor();
    expect(new URL(page.url()).searchParams.get('failed')).toBe('oidc');
    await inspect(page, 'oidc-03-unknown-login');
    await context.close();
  });

  it('answers 401 to a second redemption of the same sign-in, and sends a sign-in without its cookie back to the console', async () => {
    const redeemed = await fetch(`${base}/api/v1/auth/oidc/session`, { method: 'POST' });
    expect(redeemed.status).toBe(401);
    const stray = await fetch(`${base}/api/v1/auth/oidc/callback?code=made-up&state=made-up`, { redirect: 'manual' });
    expect(stray.status).toBe(302);
    expect(stray.headers.get('location')).toBe('/console/signin?failed=oidc');
    const outside = await fetch(`${base}/api/v1/auth/oidc/sign-in?next=//evil.example`, { redirect: 'manual' });
    expect(outside.status).toBe(400);
  });
});
