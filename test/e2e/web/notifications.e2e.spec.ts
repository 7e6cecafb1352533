import { randomUUID } from 'node:crypto';

import { EVENT_STORE, type EventStore } from '@ntm/event-store';
import type { Browser, Page } from 'playwright-core';

import { toNewEvents } from '../../../libs/projections/src/dossiers/testing';
import { dispatchedInCamGiang } from '../../../libs/projections/src/notifications/testing';
import { apiJourney } from '../../support/api-journey';
import { until } from '@ntm/test-support';
import { chromiumAvailable, devLogin, launchChromium, type Login, screensVisited } from '../../support/browser';

/** The demo appraiser of six Thái Nguyên departments, SNNMT among them (libs/auth/data/demo-users.yaml). */
const APPRAISER = 'tham-dinh-thai-nguyen';

/**
 * Issue #23 in Chromium: after a dossier's submission is dispatched, the department appraiser's bell
 * counts the notification, the inbox shows it unread with its due date, opening it leads to the
 * criterion's appraisal page and the notification turns read; the preferences form is on the page.
 * Two more dispatches are marked read at once with "Đánh dấu tất cả đã đọc", and stay read on reload.
 */
(chromiumAvailable ? describe : describe.skip)('web application: the notifications inbox', () => {
  const journey = apiJourney();
  let browser: Browser;
  let login: Login;
  const screens = screensVisited();

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
  });
  afterAll(() => browser?.close());

  /** A new Cẩm Giàng dossier dispatched: each of `departments`' criteria to its department. */
  const dispatched = async (departments: Readonly<Record<string, string>>) => {
    const dossierId = randomUUID();
    const store = journey.system().api.app.get<symbol, EventStore>(EVENT_STORE);
    await store.append(`dossier-${dossierId}`, 'no-stream', toNewEvents(dispatchedInCamGiang(dossierId, departments)));
    return dossierId;
  };

  it('the appraiser sees the dispatch in the bell and the inbox, opens it, and it turns read', async () => {
    const dossierId = await dispatched({ 'c-income': 'SNNMT' });

    const page = await login(APPRAISER);
    const bell = await bellCounting(page, 1);
    await bell.click();
    await page.getByRole('heading', { name: 'Thông báo', level: 1 }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: 'Tiêu chí cần thẩm định: Xã Cẩm Giàng' });
    await item.getByText('Mới').waitFor();
    await item.getByText('Hạn thẩm định: 15/04/2026.', { exact: false }).waitFor();
    await page.getByText('1 thông báo chưa đọc').waitFor();
    await screens.visit(page, 'thong-bao');

    await item.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.waitForURL(`**/tham-dinh/${dossierId}/c-income`);
    await page.getByRole('link', { name: 'Thông báo: 0 chưa đọc' }).waitFor();
    await page.goBack();
    await page.getByText('0 thông báo chưa đọc').waitFor();
    expect(await item.getByText('Mới').count()).toBe(0);
    await page.getByText('Cách nhận thông báo').waitFor();
    // Back from the criterion, the pointer still rests on the link it clicked: the page as left, not hovered.
    await page.mouse.move(0, 0);
    await screens.visit(page, 'thong-bao-da-doc');

    expect(screens.names()).toEqual(['thong-bao', 'thong-bao-da-doc']);
    expect(screens.found()).toEqual([]);
  });

  it('two more dispatches are marked read at once, and stay read when the page is read again', async () => {
    await dispatched({ 'c-income': 'SNNMT', 'c-planning': 'SNNMT' });

    const page = await login(APPRAISER);
    await (await bellCounting(page, 2)).click();
    await page.getByText('2 thông báo chưa đọc').waitFor();
    expect(await page.getByText('Mới', { exact: true }).count()).toBe(2);
    await screens.visit(page, 'thong-bao-chua-doc');
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByRole('link', { name: 'Thông báo: 0 chưa đọc' }).waitFor();
    await page.getByText('0 thông báo chưa đọc').waitFor();
    expect(await page.getByText('Mới', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).count()).toBe(0);

    // Read again from the server once the read model has followed the marks: all still read.
    await until(async () => {
      await page.reload();
      await page.getByText(/^\d+ thông báo chưa đọc$/).waitFor();
      return page.getByText('0 thông báo chưa đọc').isVisible();
    }, 'the inbox read again with every mark');
    expect(await page.getByText('Mới', { exact: true }).count()).toBe(0);
    expect(screens.found()).toEqual([]);
  });
});

/** The header's bell once it counts `unread`: it asks again every minute, a reload asks at once. */
async function bellCounting(page: Page, unread: number) {
  const bell = page.getByRole('link', { name: `Thông báo: ${unread} chưa đọc` });
  await page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ }).waitFor();
  while (!(await bell.isVisible())) {
    await page.reload();
    await page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ }).waitFor();
  }
  return bell;
}
