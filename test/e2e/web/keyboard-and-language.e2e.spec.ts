import type { Browser, Page } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import { chromiumAvailable, launchChromium, OFFICE_SCREEN, pickDemoUser } from '../../support/browser';

const COMMUNE = '02008';
/** More presses than any of these pages has stops before the control sought: a trap shows as a miss. */
const MAX_TABS = 40;

/** What the focused element is, and whether the user can see where the focus is. */
interface Focused {
  readonly name: string;
  readonly role: string;
  readonly indicated: boolean;
}

/**
 * A commune officer who works without a mouse, and one who reads English: the login, the skip link,
 * the navigation and a registration by keyboard alone, every stop visibly focused; then the
 * English toggle, which also turns the API's refusals into English, and back.
 */
(chromiumAvailable ? describe : describe.skip)('web application: keyboard only, and in English', () => {
  const journey = apiJourney();
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const open = async () => {
    const context = await browser.newContext({ viewport: OFFICE_SCREEN, locale: 'vi-VN' });
    // A ceiling for a broken page, not a pace: a loaded machine may take long for each step.
    context.setDefaultTimeout(300_000);
    page = await context.newPage();
    await page.goto(`${journey.system().api.url}/`);
  };

  it('logs in, skips to the content and registers a dossier by keyboard alone, focus always visible', async () => {
    await open();
    await page.getByText('Đăng nhập thử (môi trường phát triển)').waitFor();
    const unseen: string[] = [];
    const tabTo = async (sought: (focused: Focused) => boolean, backwards = false) => {
      for (let press = 0; press < MAX_TABS; press++) {
        await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
        const focused = await focusedElement(page);
        if (!focused.indicated) unseen.push(`${focused.role} "${focused.name}" on ${new URL(page.url()).pathname}`);
        if (sought(focused)) return focused;
      }
      throw new Error(`no control sought within ${MAX_TABS} presses of Tab on ${page.url()}`);
    };

    await tabTo((focused) => focused.role === 'combobox' && focused.name === 'Người dùng');
    await pickDemoUser(page, 'can-bo-cam-giang', true);
    await tabTo((focused) => focused.name === 'Đăng nhập');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Hồ sơ của xã ${COMMUNE}` }).waitFor();

    // The first stop of a page is the skip link, shown while focused, and it moves the focus past the header.
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ name: 'Bỏ qua, đến nội dung chính', indicated: true });
    expect(await visibleOnScreen(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // From the content, back into the navigation (Shift+Tab), to the registration page.
    await tabTo((focused) => focused.role === 'link' && focused.name === 'Đăng ký hồ sơ', true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Đăng ký hồ sơ đề nghị xét công nhận' }).waitFor();

    await tabTo((focused) => focused.name === 'Nhóm xã (bộ tiêu chí 2026–2030)');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByTitle('Nhóm 2', { exact: true }).first().waitFor();
    await tabTo((focused) => focused.name === 'Đăng ký');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    await page.getByText('Tự đánh giá theo tiêu chí, chỉ tiêu').waitFor();

    // The first criterion's first value, by keyboard, counts live.
    await tabTo((focused) => focused.role === 'radio' || focused.role === 'spinbutton');
    expect(unseen).toEqual([]);
    await page.context().close();
  });

  it('switches to English, keeps it on reload, shows the API refusals in English, and switches back', async () => {
    await open();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Development login').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('combobox', { name: 'User' }).fill('can-bo-cam-giang');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: `Commune dossiers ${COMMUNE}` }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: `Commune dossiers ${COMMUNE}` }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The first test's dossier stands for this commune, level and year: the refusal comes in English.
    await page
      .getByRole('navigation', { name: 'Work pages' })
      .getByRole('link', { name: 'Register a dossier' })
      .click();
    await page.getByRole('heading', { name: 'Register a recognition dossier' }).waitFor();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    const said = await refusal.innerText();
    expect(said).toMatch(/[A-Za-z]{4,}/);
    expect(said).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Đăng ký hồ sơ đề nghị xét công nhận' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.context().close();
  });
});

/** The focused element's accessible name and role, and whether an outline or ring marks it. */
function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: '', role: 'body', indicated: false };
    const labelled = element.getAttribute('aria-labelledby');
    const name = (
      element.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent ??
      ''
    ).trim();
    const role =
      element.getAttribute('role') ??
      (
        { A: 'link', BUTTON: 'button', INPUT: (element as HTMLInputElement).type, TEXTAREA: 'textbox' } as Record<
          string,
          string
        >
      )[element.tagName] ??
      element.tagName.toLowerCase();
    // The ring may sit on the element or on the widget wrapping it (antd draws a focused input's on its box).
    const marked = (each: Element) => {
      const style = getComputedStyle(each);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    };
    const wrapper = element.closest(
      '.ant-select, .ant-input-number, .ant-input-affix-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper, .ant-switch',
    );
    return { name, role, indicated: marked(element) || (wrapper !== null && marked(wrapper)) };
  });
}

/** The focused element lies inside the viewport, not off-screen like a hidden skip link. */
function visibleOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return !!box && box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth;
  });
}
