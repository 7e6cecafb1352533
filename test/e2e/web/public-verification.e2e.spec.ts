import type { Browser, Page } from 'playwright-core';

import { PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import {
  type AxeViolation,
  chromiumAvailable,
  devLogin,
  launchChromium,
  screenshots,
  seriousViolations,
} from '../../support/browser';
import {
  type PublicVerification,
  publicVerifications,
  recognised,
  revoked,
  signCheckpoint,
} from '../../support/public-decisions';
import { APPROVER } from './steps/approver';

/**
 * An anonymous visitor on a phone with scripts off scans the QR code printed on a recognition
 * decision, and on one since revoked, then looks the province's list up (issue #20). The pages are
 * checked with axe-core in a second context that may run it (bypassing the pages' CSP).
 */
(chromiumAvailable ? describe : describe.skip)('public verification pages in a browser without JavaScript', () => {
  let system: TestSystem;
  let store: PostgresEventStore;
  let browser: Browser;
  let standing: PublicVerification;
  let withdrawn: PublicVerification;
  const violations: Record<string, AxeViolation[]> = {};
  const { verified: verification } = publicVerifications(() => system);

  /** A fresh context as a stranger's phone: no login, no script, no cache. */
  const visitor = async (): Promise<Page> =>
    (await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' })).newPage();
  const visit = async (page: Page, name: string) => {
    await screenshots(page, name);
    const checker = await (await browser.newContext({ bypassCSP: true })).newPage();
    await checker.goto(page.url());
    violations[name] = await seriousViolations(checker);
    await checker.context().close();
  };

  beforeAll(async () => {
    system = await startTestSystem({ publishDraftCatalogue: false });
    store = new PostgresEventStore(system.db.openPool(2));
    await recognised(store, 'hs-02008-2026', '02008');
    const history = await recognised(store, 'hs-01912-2026', '01912');
    await revoked(store, 'hs-01912-2026', history, '77/QĐ-UBND');
    standing = await verification('hs-02008-2026');
    withdrawn = await verification('hs-01912-2026', 'revoked');
    await signCheckpoint(system);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await store?.drain();
    await system?.stop();
  });

  it("the QR link of a standing recognition opens its page: the unit, the decision, 'Còn hiệu lực'", async () => {
    const page = await visitor();
    const response = await page.goto(standing.url);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026' }).waitFor();
    expect(await page.getByText('Còn hiệu lực', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('123/QĐ-UBND', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('01/05/2026', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: 'Mã QR dẫn tới trang xác minh' }).isVisible()).toBe(true);
    await visit(page, 'xac-minh-con-hieu-luc');
    await page.context().close();
  });

  it('the QR link of a revoked recognition says so, with the revoking decision', async () => {
    const page = await visitor();
    await page.goto(withdrawn.url);
    await page.getByText('Đã bị thu hồi theo Quyết định số 77/QĐ-UBND ngày 01/06/2027').waitFor();
    expect(await page.getByText('Còn hiệu lực').count()).toBe(0);
    await visit(page, 'xac-minh-da-thu-hoi');
    await page.context().close();
  });

  it("the province's list, searched with its form: a GET that needs no script", async () => {
    const page = await visitor();
    await page.goto(standing.url);
    await page.getByRole('link', { name: 'Tỉnh Thái Nguyên' }).click();
    const table = page.getByRole('table', { name: '2 quyết định công nhận đạt chuẩn nông thôn mới' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await visit(page, 'xac-minh-tinh');
    await page.getByLabel('Tìm theo tên đơn vị, mã đơn vị hoặc số quyết định').fill('cho ra');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByRole('table', { name: '1 quyết định khớp “cho ra”' }).waitFor();
    await page.getByRole('link', { name: 'Xã Chợ Rã' }).click();
    await page.getByText('Đã bị thu hồi', { exact: false }).waitFor();
    expect(page.url()).toBe(withdrawn.url);
    await page.goto(`${system.api.url}/xac-minh/tinh/19?q=cho+ra`);
    await visit(page, 'xac-minh-tinh-tim');
    await page.goto(`${system.api.url}/xac-minh/KHONGCO000`);
    await page.getByRole('heading', { name: 'Không tìm thấy quyết định' }).waitFor();
    await visit(page, 'xac-minh-khong-co');
    await page.context().close();
  });

  it("the approver finds the code and its QR on the decision's page, to print on the decision", async () => {
    const page = await devLogin(browser, system.api.url)(APPROVER);
    await page.goto(`${system.api.url}/quyet-dinh/hs-02008-2026`);
    await page.getByRole('heading', { name: 'Xác minh công khai' }).waitFor();
    await page.getByRole('img', { name: `Mã QR dẫn tới trang xác minh ${standing.code}` }).waitFor();
    expect(await page.getByRole('link', { name: standing.url }).getAttribute('href')).toBe(standing.url);
    await page.getByRole('heading', { name: 'Xác minh công khai' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'quyet-dinh-xac-minh');
    violations['quyet-dinh-xac-minh'] = await seriousViolations(page);
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any page', () => {
    expect(Object.keys(violations).sort()).toEqual(
      [
        'quyet-dinh-xac-minh',
        'xac-minh-con-hieu-luc',
        'xac-minh-da-thu-hoi',
        'xac-minh-khong-co',
        'xac-minh-tinh',
        'xac-minh-tinh-tim',
      ].sort(),
    );
    const found = Object.entries(violations).flatMap(([screen, list]) =>
      list.map(({ id, targets }) => `${screen}: ${id} ${targets.slice(0, 3).join(' | ')}`),
    );
    expect(found).toEqual([]);
  });
});
