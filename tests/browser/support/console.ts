/**
 * A browser suite's world: the stack `npm start` runs (API serving the built console), one
 * headless Chromium, and a signed-in page per person; screenshots and axe-core results of each
 * page kept under .artifacts/browser/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { SignInPageObject } from '../../../console/src/signin/signin.page';
import { projectRoot } from '../../../config/env';
import { launchChromium } from '../../support/chromium';
import { startTestStack, type TestStack } from '../../support/stack';

export const artefacts = resolve(projectRoot, '.artifacts', 'browser');

export interface ConsoleSuite {
  readonly stack: TestStack;
  readonly baseUrl: string;
  /** A fresh browser context (its own session storage) signed in as `login`. */
  signedIn(login: string): Promise<Page>;
}

export function consoleSuite(): ConsoleSuite {
  const suite = {} as { stack: TestStack; browser: Browser; baseUrl: string };
  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    [suite.stack, suite.browser] = await Promise.all([startTestStack(), launchChromium()]);
    suite.baseUrl = suite.stack.stack.apiUrl;
  });
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    // What each person's page showed when the test failed, for whoever reads the failure.
    const pages = suite.browser.contexts().flatMap((c) => c.pages());
    for (const [index, page] of pages.entries()) await screenshot(page, `failed-${context.task.name.slice(0, 40)}-${index}`).catch(() => undefined);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  return {
    get stack() {
      return suite.stack;
    },
    get baseUrl() {
      return suite.baseUrl;
    },
    async signedIn(login) {
      const context = await suite.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      const signIn = new SignInPageObject(page);
      await signIn.open(suite.baseUrl);
      await signIn.signInAs(login);
      return page;
    },
  };
}

/** A full-page screenshot under .artifacts/browser/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(artefacts, `${name}.png`), fullPage: true });
}

/** What the test needs of the page's document (its compiler knows no DOM). */
type AnimatedDocument = { getAnimations(): { playState: string; effect: { getComputedTiming(): { iterations?: number } } | null }[] };

/**
 * Until the page's finite animations are over (a dialog zooming in, a message sliding in after an
 * action), so what axe and the screenshot see is what a person sees: half-faded text fails a
 * contrast check that the same text passes once shown.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: AnimatedDocument }).document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** axe-core on the page as it is now, once its animations are over: no serious or critical violation; the full result kept beside the screenshots. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await animationsSettled(page);
  const result = await new AxeBuilder({ page }).analyze();
  writeFileSync(resolve(artefacts, `${name}.axe.json`), JSON.stringify({ url: page.url(), violations: result.violations }, null, 2));
  const blocking = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), `axe on ${name}`).toEqual([]);
}

/** Screenshot and axe-core check of the page as it is once its animations are over. */
export async function inspect(page: Page, name: string): Promise<void> {
  await animationsSettled(page);
  await screenshot(page, name);
  await expectAccessible(page, name);
}
