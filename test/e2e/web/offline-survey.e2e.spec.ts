import { createCalendar, vietnamDateOf } from '@ntm/calendar';
import { EVENT_STORE, type EventStore, surveyStreamId } from '@ntm/event-store';
import { campaignPlan } from '@ntm/survey/testing/fixtures';
import type { Browser } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import { chromiumAvailable, devLogin, launchChromium, type Login, screensVisited } from '../../support/browser';
import { filingSteps, rulesFiledOn } from '../../support/dossier-journey';

const COMMUNE = '02008';
const PROVINCE = '19';
/** Xã Cẩm Giàng's MTTQ officer (libs/auth/data/demo-users.yaml), named on the campaign. */
const OFFICER = 'mttq-cam-giang';
const FORMS = 20;
/** Answered on paper and recorded before the village visit: typed again offline, it is refused. */
const ALREADY_ANSWERED = `T1-${FORMS}`;

/**
 * Issue #24, the survey in a village without coverage, in Chromium with the network switched off
 * (Playwright's `setOffline`): twenty households' forms are typed and kept on the device, sent
 * once each when the network returns, and the one the API refuses stays with its reason and its
 * form until the officer opens it again.
 */
(chromiumAvailable ? describe : describe.skip)('web application: MTTQ forms written offline', () => {
  const journey = apiJourney();
  let browser: Browser;
  let login: Login;
  const screens = screensVisited();
  const visit = screens.visit;
  let dossierId = '';
  let campaignId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
    const commune = journey.as('commune-officer', COMMUNE);
    const mttq = journey.as('survey-officer', COMMUNE, { userId: OFFICER });
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    dossierId = String(registered.body.dossierId);
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, { group: 2 });
    for (const [send, path, body] of filingSteps(rules, { group: 2 }, commune, mttq).slice(0, 3)) {
      const answer = await send(`/dossiers/${dossierId}/${path}`, body);
      if (answer.status !== 200) throw new Error(`${path}: ${JSON.stringify(answer.body)}`);
    }
    const { villages, method, questionnaire, samplePlan, durationWorkingDays } = campaignPlan();
    const opensOn = createCalendar().addWorkingDays(vietnamDateOf(new Date()), 0);
    const officers = [{ level: 'commune', userId: OFFICER }];
    const plan = { villages, method, questionnaire, samplePlan, opensOn, durationWorkingDays, officers };
    const opened = await mttq(`/dossiers/${dossierId}/survey-campaigns`, plan);
    campaignId = String(opened.body.campaignId);
    const answers = questionnaire.questions.map(({ id }) => ({ questionId: id, satisfied: true }));
    const recorded = await mttq(`/dossiers/${dossierId}/survey-campaigns/${campaignId}/responses`, {
      householdCode: ALREADY_ANSWERED,
      village: 'T1',
      channel: 'paper',
      answers,
    });
    if (recorded.status !== 200) throw new Error(`response: ${JSON.stringify(recorded.body)}`);
  });
  afterAll(() => browser?.close());

  const responsesRecorded = async () => {
    const store = journey.system().api.app.get<symbol, EventStore>(EVENT_STORE);
    const events = await store.readStream(surveyStreamId(campaignId));
    return events
      .filter((event) => event.type === 'SurveyResponseRecorded')
      .map((event) => (event.data as { householdCode: string }).householdCode);
  };

  it('keeps twenty forms typed offline, sends each once when the network is back, and keeps the refused one with its reason', async () => {
    const page = await login(OFFICER);
    await page.goto(`${journey.system().api.url}/mttq/${dossierId}/${campaignId}`);
    await page.getByLabel('Mã hộ').waitFor();
    await page.context().setOffline(true);
    await page.getByText('Mất kết nối', { exact: false }).first().waitFor();

    const questions = page.locator('fieldset.form-group').getByRole('radiogroup');
    for (let n = 1; n <= FORMS; n++) {
      await page.getByLabel('Mã hộ').fill(`T1-${n}`);
      for (const question of await questions.all()) await question.getByText('Hài lòng', { exact: true }).click();
      await page.getByRole('button', { name: /Ghi phiếu$/ }).click();
      await page.getByText(`Chưa có mạng: phiếu hộ T1-${n} được giữ trên máy`).waitFor();
    }
    await page.getByText(`Phiếu chờ gửi trên máy này (${FORMS})`).waitFor();
    await visit(page, 'mttq-ngoai-tuyen');
    expect(await responsesRecorded()).toEqual([ALREADY_ANSWERED]);

    await page.context().setOffline(false);
    await page.getByText('Phiếu chờ gửi trên máy này (1)').waitFor();
    await page.getByText('Bị từ chối').waitFor();
    await visit(page, 'mttq-phieu-bi-tu-choi');
    const recorded = await responsesRecorded();
    expect(recorded.toSorted()).toEqual(Array.from({ length: FORMS }, (_, i) => `T1-${i + 1}`).toSorted());

    await page.getByRole('button', { name: `Mở lại để sửa: Hộ ${ALREADY_ANSWERED}` }).click();
    expect(await page.getByLabel('Mã hộ').inputValue()).toBe(ALREADY_ANSWERED);
    await page.getByText(/Phiếu chờ gửi trên máy này/).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any screen', () => {
    expect(screens.names()).toEqual(['mttq-ngoai-tuyen', 'mttq-phieu-bi-tu-choi']);
    expect(screens.found()).toEqual([]);
  });
});
