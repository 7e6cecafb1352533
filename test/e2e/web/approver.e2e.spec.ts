import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { vietnamDateOf } from '@ntm/calendar';
import type { Browser } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import { chromiumAvailable, devLogin, launchChromium, type Login, screensVisited } from '../../support/browser';
import { awaitingRecognition, consolidatedDossier, revocationReady } from '../../support/decision-journey';
import { rulesFiledOn } from '../../support/dossier-journey';
import { proposedFromReview } from '../../support/revocation-journey';
import { APPROVER, openFromQueue, revokeRecognition, signRecognition } from './steps/approver';

const PROVINCE = '19';
const TODAY = vietnamDateOf(new Date());
const CAM_GIANG = { province: PROVINCE, commune: '02008', variant: { group: 2 } as const };
const CHO_RA = { province: PROVINCE, commune: '01912', variant: { group: 3 } as const };

/**
 * The approver's workbench in Chromium against the real system: the desk with its filters, a
 * dossier returned with a reason per criterion, a recognition signed after a mistyped number was
 * refused at its field, and a revocation decided once its steps are done. The steps before each
 * decision (filing, appraisal, councils, the revocation's steps) are other roles': through the API.
 */
(chromiumAvailable ? describe : describe.skip)("web application: the approver's decisions", () => {
  const journey = apiJourney();
  let browser: Browser;
  let login: Login;
  const screens = screensVisited();
  const visit = screens.visit;
  const camGiang = { ...CAM_GIANG, rules: rulesFiledOn(TODAY, PROVINCE, CAM_GIANG.variant) };
  const choRa = { ...CHO_RA, rules: rulesFiledOn(TODAY, PROVINCE, CHO_RA.variant) };
  let recognitionId = '';
  let refusalId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
    recognitionId = await awaitingRecognition(journey.as, camGiang);
    refusalId = await consolidatedDossier(journey.as, choRa, [choRa.rules.criteriaSet.criteria[0]!.id]);
  });
  afterAll(() => browser?.close());

  it('the desk lists the recognition and the refusal waiting, and says when no decision matches its filters', async () => {
    const page = await login(APPROVER);
    await openFromQueue(page, refusalId);
    await page.goBack();
    // Back on the desk, the pointer still rests on the row just followed.
    await page.mouse.move(0, 0);
    await page.locator(`a[href="/quyet-dinh/${recognitionId}"]`).waitFor();
    const rows = page.locator('.ant-table-row');
    expect(await rows.filter({ hasText: 'Công nhận' }).filter({ hasText: 'Xã Cẩm Giàng' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'Trả hồ sơ' }).filter({ hasText: 'Xã Chợ Rã' }).count()).toBe(1);
    await visit(page, 'quyet-dinh');
    await page.getByRole('combobox', { name: 'Lọc theo loại quyết định' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Thu hồi', { exact: true }).click();
    await page.getByText('Không có quyết định nào khớp bộ lọc.').waitFor();
    await visit(page, 'quyet-dinh-loc');
    await page.context().close();
  });

  it('a dossier with a criterion unmet: the recognition is explained as impossible, the refusal needs a reason and keeps it', async () => {
    const page = await login(APPROVER);
    await openFromQueue(page, refusalId);
    const unmet = choRa.rules.criteriaSet.criteria[0]!;
    await page.getByText('Còn tiêu chí chưa đạt — chưa thể ký quyết định công nhận.').waitFor();
    expect(await page.getByRole('button', { name: 'Ký quyết định công nhận' }).isDisabled()).toBe(true);
    await visit(page, 'quyet-dinh-tra-ho-so');
    await page.getByRole('button', { name: 'Trả hồ sơ' }).click();
    await page.getByText('Cần nêu ít nhất một lý do trả hồ sơ.').waitFor();
    const reason = 'Chỉ tiêu dưới ngưỡng theo kết quả thẩm định của sở';
    await page.getByLabel(`Lý do — tiêu chí ${unmet.id}. ${unmet.name}`).fill(reason);
    await page.getByLabel('Lý do chung').fill('Xã khắc phục và nộp lại hồ sơ');
    await page.getByRole('button', { name: 'Trả hồ sơ' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bị trả lại' }).waitFor();
    await page.context().close();
  });

  it('a mistyped decision number is refused at its field with the input kept; the recognition is then signed from the queue', async () => {
    const page = await login(APPROVER);
    await openFromQueue(page, recognitionId);
    await page.getByLabel('Số quyết định').fill('123-QĐ-UBND');
    await page.getByRole('button', { name: 'Ký quyết định công nhận' }).click();
    const refusal = 'Số quyết định phải có dạng số/QĐ-cơ quan ban hành, ví dụ 123/QĐ-UBND.';
    await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: refusal }).waitFor();
    expect(await page.getByLabel('Số quyết định').inputValue()).toBe('123-QĐ-UBND');
    await visit(page, 'quyet-dinh-so-sai');
    await page.context().close();

    await signRecognition({ login, visit }, recognitionId, '123/QĐ-UBND');
  });

  it('the signed decision is downloaded from the dossier page, which shows the SHA-256 of the very file saved', async () => {
    const page = await login(APPROVER);
    await page.goto(`${journey.system().api.url}/ho-so/${recognitionId}`);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByText('Chưa tải về lần nào').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải PDF: Quyết định công nhận' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('Quyết định công nhận.pdf');
    const sha256 = createHash('sha256')
      .update(await readFile(await saved.path()))
      .digest('hex');
    await page.getByText(sha256).waitFor();
    await visit(page, 'ho-so-van-ban');
    await page.context().close();
  });

  it('a revocation proposal: explained as not yet decidable until its steps are done, then revoked in the browser', async () => {
    const criteria = await proposedFromReview(journey.as, { id: recognitionId, ...camGiang });
    const page = await login(APPROVER);
    await page.goto(`${journey.system().api.url}/quyet-dinh/${recognitionId}`);
    await page.getByText('Chưa kiểm tra, xác minh — chưa thể ký quyết định thu hồi.').waitFor();
    expect(await page.getByRole('button', { name: 'Ký quyết định thu hồi' }).isDisabled()).toBe(true);
    await visit(page, 'quyet-dinh-thu-hoi-cho');
    await page.context().close();

    await revocationReady(journey.as, { id: recognitionId, province: PROVINCE, commune: CAM_GIANG.commune, criteria });
    await revokeRecognition({ login, visit }, recognitionId, '77/QĐ-UBND');
  });

  it('finds no serious or critical accessibility violation on any screen', () => {
    expect(screens.names()).toEqual(
      [
        'quyet-dinh',
        'quyet-dinh-loc',
        'quyet-dinh-tra-ho-so',
        'quyet-dinh-so-sai',
        'quyet-dinh-cong-nhan',
        'quyet-dinh-da-cong-nhan',
        'ho-so-van-ban',
        'quyet-dinh-thu-hoi-cho',
        'quyet-dinh-thu-hoi',
        'quyet-dinh-da-thu-hoi',
      ].sort(),
    );
    expect(screens.found()).toEqual([]);
  });
});
