import { randomUUID } from 'node:crypto';

import { EVENT_STORE, type EventStore } from '@ntm/event-store';
import type { Browser } from 'playwright-core';

import { toNewEvents } from '../../../libs/projections/src/dossiers/testing';
import { dispatchedInCamGiang } from '../../../libs/projections/src/notifications/testing';
import { apiJourney } from '../../support/api-journey';
import { chromiumAvailable, devLogin, launchChromium, type Login, screensVisited } from '../../support/browser';

/** The demo appraiser of six Thái Nguyên departments, SNNMT among them (libs/auth/data/demo-users.yaml). */
const APPRAISER = 'tham-dinh-thai-nguyen';

/**
 * Issue #23 in Chromium: after a dossier's submission is dispatched, the department appraiser's bell
 * counts the notification, the inbox shows it unread with its due date, opening it leads to the
 * criterion's appraisal page and the notification turns read; the preferences form is on the page.
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

  it('the appraiser sees the dispatch in the bell and the inbox, opens it, and it turns read', async () => {
    const dossierId = randomUUID();
    const store = journey.system().api.app.get<symbol, EventStore>(EVENT_STORE);
    await store.append(
      `dossier-${dossierId}`,
      'no-stream',
      toNewEvents(dispatchedInCamGiang(dossierId, { 'c-income': 'SNNMT' })),
    );

    const page = await login(APPRAISER);
    const bell = page.getByRole('link', { name: 'Thông báo: 1 chưa đọc' });
    // The bell asks again every minute; a reload asks at once once the projection has the dispatch.
    await bell
      .or(page.getByRole('link', { name: 'Thông báo: 0 chưa đọc' }))
      .first()
      .waitFor();
    while (!(await bell.isVisible())) {
      await page.reload();
      await page.getByRole('link', { name: /^Thông báo: \d+ chưa đọc$/ }).waitFor();
    }
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
});
