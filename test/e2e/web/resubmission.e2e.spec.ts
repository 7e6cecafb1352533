import { vietnamDateOf } from '@ntm/calendar';
import type { Browser } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import {
  chromiumAvailable,
  devLogin,
  launchChromium,
  type Login,
  reopenUntil,
  screensVisited,
} from '../../support/browser';
import { refusedDossier } from '../../support/decision-journey';
import { rulesFiledOn } from '../../support/dossier-journey';

const PROVINCE = '19';
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const REASON = 'Chỉ tiêu dưới ngưỡng theo kết quả thẩm định của sở';

/**
 * A dossier returned by the approver for one criterion, in Chromium against the real system: the
 * commune officer reads the reason, resubmits, reassesses only that criterion (the others keep the
 * results posted and surveyed) and submits again, without a new posting or survey. The steps
 * before the return are other roles': through the API.
 */
(chromiumAvailable ? describe : describe.skip)('web application: a returned dossier resubmitted by the commune', () => {
  const journey = apiJourney();
  let browser: Browser;
  let login: Login;
  const screens = screensVisited();
  const camGiang = { ...CAM_GIANG, rules: rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, CAM_GIANG.variant) };
  const [questioned, kept] = camGiang.rules.criteriaSet.criteria;
  let dossierId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
    dossierId = await refusedDossier(journey.as, camGiang, questioned!.id);
  });
  afterAll(() => browser?.close());

  it('reassesses only the criterion returned and submits again without posting or surveying again', async () => {
    const page = await login('can-bo-cam-giang');
    await page.goto(`${journey.system().api.url}/ho-so/${dossierId}`);
    await page.getByRole('tab', { name: 'Yêu cầu đối với xã' }).click();
    await page.getByText(REASON).first().waitFor();
    await screens.visit(page, 'nop-lai-ly-do');
    await page.getByLabel('Ghi chú khi nộp lại').fill('Xã đã khắc phục tiêu chí bị trả');
    await page.getByRole('button', { name: 'Nộp lại hồ sơ (vòng mới)' }).click();

    // The detail is a read model: the page is opened again until it shows the new round.
    const correcting = page.getByText(/chỉ đánh giá lại các tiêu chí bị trả/);
    const ready = () => page.getByRole('tab', { name: 'Tự đánh giá' }).waitFor();
    await reopenUntil(page, ready, correcting, 'the round carried over, open to reassess');
    const card = (id: string, name: string) => page.locator('.ant-card', { hasText: `Tiêu chí ${id}. ${name}` });
    const keptCard = card(kept!.id, kept!.name);
    expect(await keptCard.locator('input:not([type=file]):disabled').count()).toBeGreaterThan(0);
    expect(await keptCard.locator('input:not([type=file]):enabled').count()).toBe(0);
    expect(
      await card(questioned!.id, questioned!.name).locator('input:not([type=file]):enabled').count(),
    ).toBeGreaterThan(0);
    await screens.visit(page, 'nop-lai-tu-danh-gia');
    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).click();
    await page.getByText('Đã ghi kết quả tự đánh giá.').waitFor();

    // The posting, the survey and the submission documents stand: the dossier goes straight back.
    await page.getByRole('tab', { name: 'Công khai và ý kiến' }).click();
    const submit = page.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' });
    await submit.click();
    await page.getByText('Đã trình hồ sơ.').waitFor();
    await page.getByText('Đang thẩm tra, thẩm định').first().waitFor();
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any screen', () => {
    expect(screens.names()).toEqual(['nop-lai-ly-do', 'nop-lai-tu-danh-gia']);
    expect(screens.found()).toEqual([]);
  });
});
