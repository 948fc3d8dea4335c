/**
 * The one content security policy (api/http-hardening.ts) in a real browser: the console — signed
 * in, on the pages a clerk and a reviewer work in — and Swagger UI load, render and run under it
 * without a single violation. Chromium reports each refused script, style, font, image or
 * connection on the page's console; the pages are photographed for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleSuite, screenshot } from './support/console';

const suite = consoleSuite();

/** Adds to `violations` every report of the content security policy on this page's documents from now on. */
async function watchPolicy(page: Page, violations: string[]): Promise<void> {
  // Chromium prints refusals itself; the event also catches what only a report would say.
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (event) => console.error('Content Security Policy violation: ' + event.effectiveDirective + ' ' + event.blockedURI));",
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
}

describe('the content security policy', () => {
  it('is satisfied by the console and by Swagger UI', async () => {
    const violations: string[] = [];
    const clerk = await suite.signedIn('wz.hospital.clerk');
    await watchPolicy(clerk, violations);
    await clerk.goto(`${suite.baseUrl}/console/`);
    await clerk.getByRole('link', { name: '办事' }).click();
    await clerk.getByRole('link', { name: '开始办理' }).first().click();
    await clerk.getByRole('button', { name: '提交申请' }).waitFor();
    await screenshot(clerk, 'security-policy-console-apply');

    const reviewer = await suite.signedIn('wz.health.reviewer');
    await watchPolicy(reviewer, violations);
    await reviewer.goto(`${suite.baseUrl}/console/inbox`);
    await reviewer.getByRole('button', { name: '退出' }).waitFor();
    await screenshot(reviewer, 'security-policy-console-inbox');

    await clerk.goto(`${suite.baseUrl}/docs`);
    await clerk.locator('.swagger-ui .opblock').first().waitFor();
    await screenshot(clerk, 'security-policy-swagger-ui');
    expect(violations).toEqual([]);
  }, 240_000);
});
