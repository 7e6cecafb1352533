import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

import { until } from './until';

/** Debian's Chromium: playwright's own browser download cannot work on an offline machine. */
export const CHROMIUM = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** Where the e2e run leaves its screenshots (git-ignored), for people to look at. */
export const SCREENSHOTS_DIR = resolve(__dirname, '..', '..', 'test-results', 'screens');

export const OFFICE_SCREEN = { width: 1366, height: 768 } as const;
export const PHONE_SCREEN = { width: 360, height: 740 } as const;

/** Playwright gives every launch a fresh temporary profile (its own --user-data-dir). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeRunViolation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => String(node.target)),
      }));
  });
}

interface AxeRunViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { readonly target: unknown }[];
}

/** The page at the office screen and on a phone, as `<name>-1366.png` and `<name>-360.png`. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  for (const [size, viewport] of [
    ['1366', OFFICE_SCREEN],
    ['360', PHONE_SCREEN],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(OFFICE_SCREEN);
}

/**
 * A journey's screens: each one visited is photographed at both sizes and checked with axe, and
 * the journey ends by asserting which screens it saw and that none had a serious violation.
 */
export function screensVisited() {
  const violations: Record<string, AxeViolation[]> = {};
  return {
    visit: async (page: Page, name: string) => {
      violations[name] = await seriousViolations(page);
      await screenshots(page, name);
    },
    names: () => Object.keys(violations).sort(),
    /** "screen: rule target | target", for each serious or critical violation found. */
    found: () =>
      Object.entries(violations).flatMap(([screen, list]) =>
        list.map(({ id, targets }) => `${screen}: ${id} ${targets.slice(0, 3).join(' | ')}`),
      ),
  };
}

/** A page of a fresh browser context, logged in as `userId`. */
export type Login = (userId: string) => Promise<Page>;
/** Called on each screen a step reaches (screenshots, accessibility checks), by its name. */
export type Visit = (page: Page, name: string) => Promise<void>;

/**
 * The dev login's picker, typed into, then chosen once the list of demo users shows the user: Enter
 * on a list still loading picks nobody, and the login then waits on a form asking for a user.
 */
export async function pickDemoUser(page: Page, userId: string, type = false): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Người dùng' });
  if (type) await page.keyboard.type(userId);
  else await picker.fill(userId);
  await page.locator(`.ant-select-dropdown:visible [title$="(${userId})"]`).waitFor();
  await page.keyboard.press('Enter');
}

/** The dev login's user picker of the application at `baseUrl`, in a fresh context at the office screen, Vietnamese first. */
export function devLogin(browser: Browser, baseUrl: string): Login {
  return async (userId) => {
    const context = await browser.newContext({ viewport: OFFICE_SCREEN, locale: 'vi-VN' });
    // A ceiling for a broken page, not a pace: a loaded machine may take long for each step.
    context.setDefaultTimeout(300_000);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await pickDemoUser(page, userId);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('navigation', { name: 'Các trang làm việc' }).waitFor();
    return page;
  };
}

/**
 * A page reading a read model, opened again until it shows `shown`: what was just done elsewhere
 * reaches the projection a moment later. `ready` waits for the page itself after each load.
 */
export async function reopenUntil(page: Page, ready: () => Promise<unknown>, shown: Locator, what: string) {
  await ready();
  await until(async () => {
    if (await shown.isVisible()) return true;
    await page.reload();
    await ready();
    return shown.isVisible();
  }, what);
}
