import { vietnamDateOf } from '@ntm/calendar';
import { dossierStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';
import type { Browser, Page } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import { chromiumAvailable, devLogin, launchChromium, type Login, screensVisited } from '../../support/browser';
import { EVIDENCE, meetingValues, rulesFiledOn, versionOf } from '../../support/dossier-journey';

const COMMUNE = '02008';
const PROVINCE = '19';
/** Xã Cẩm Giàng's commune officer (libs/auth/data/demo-users.yaml). */
const OFFICER = 'can-bo-cam-giang';
const GROUP = { group: 2 } as const;

/**
 * Issue #24, the self-assessment typed where there is no coverage, in Chromium with the network
 * switched off (Playwright's `setOffline`): the draft outlives a reload without a network (the
 * application's shell from the service worker, the draft from IndexedDB), its command is recorded
 * once when the network returns; a draft another session overtook meanwhile is refused 412, shown
 * with its reason and kept, merged with the server's values and sent again.
 */
(chromiumAvailable ? describe : describe.skip)('web application: the self-assessment written offline', () => {
  const journey = apiJourney();
  const commune = journey.as('commune-officer', COMMUNE, { userId: 'can-bo-xa-khac' });
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);
  const values = meetingValues(rules.criteriaSet, GROUP);
  const [roads, lighting] = rules.criteriaSet.criteria
    .flatMap((criterion) => criterion.indicators)
    .filter((indicator) => indicator.measure.kind === 'number');
  const withValues = (changed: Record<string, number>) => ({
    indicators: values.map((v) => (v.indicatorId in changed ? { ...v, value: changed[v.indicatorId] } : v)),
    constructionDebt: { outstanding: false, evidence: EVIDENCE },
    securityAndOrder: { complicated: false, evidence: EVIDENCE },
  });
  let browser: Browser;
  let login: Login;
  const screens = screensVisited();
  let dossierId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    login = devLogin(browser, journey.system().api.url);
    const registered = await commune('/dossiers', { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 });
    dossierId = String(registered.body.dossierId);
    const assessed = await commune(`/dossiers/${dossierId}/self-assessment`, withValues({}));
    if (assessed.status !== 200) throw new Error(`self-assessment: ${JSON.stringify(assessed.body)}`);
  });
  afterAll(() => browser?.close());

  /** The values each recorded self-assessment gave `indicatorId`, in order. */
  const recordedValues = async (indicatorId: string) => {
    const store = journey.system().api.app.get<symbol, EventStore>(EVENT_STORE);
    const events = await store.readStream(dossierStreamId(dossierId));
    return events
      .filter((event) => event.type === 'SelfAssessmentRecorded')
      .map((event) => (event.data as { indicators: { indicatorId: string; value: unknown }[] }).indicators)
      .map((indicators) => indicators.find((each) => each.indicatorId === indicatorId)?.value);
  };
  const field = (page: Page, indicatorId: string) =>
    page.getByRole('spinbutton', { name: new RegExp(`^${indicatorId.replace('.', '\\.')}\\. `) });
  const retype = async (page: Page, indicatorId: string, value: string) => {
    await field(page, indicatorId).fill(value);
    await field(page, indicatorId).blur();
  };

  it('keeps the draft through a reload without a network and records its command once when the network is back', async () => {
    const page = await login(OFFICER);
    await page.goto(`${journey.system().api.url}/ho-so/${dossierId}`);
    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).waitFor();
    // The service worker has the shell once it controls the page: installed means precached.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await page.getByText('Mất kết nối', { exact: false }).first().waitFor();

    await retype(page, roads!.id, '96');
    await page.getByText(/Bản nháp trên máy này \(bắt đầu từ phiên bản/).waitFor();
    await page.reload();
    await page.getByText('Không có kết nối: đang mở bản nháp tự đánh giá trên máy này', { exact: false }).waitFor();
    expect(await field(page, roads!.id).inputValue()).toBe('96');
    await screens.visit(page, 'tu-danh-gia-ngoai-tuyen');
    // The commune's desk lists the device's drafts without the API, and opens this one again.
    await page.getByRole('link', { name: 'Hồ sơ của xã' }).click();
    const reopen = page.getByRole('link', { name: /^Mở bản nháp: Hồ sơ Nông thôn mới năm 2026 — Xã Cẩm Giàng/ });
    await reopen.waitFor();
    // What only the API knows says there is no connection instead of a loader: well within the 7 s
    // that three retries would spin.
    await page.getByText('Không kết nối được máy chủ', { exact: false }).first().waitFor({ timeout: 5_000 });
    await screens.visit(page, 'ban-nhap-tren-may');
    await reopen.click();
    expect(await field(page, roads!.id).inputValue()).toBe('96');

    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).click();
    await page.getByText('Chưa có mạng: kết quả tự đánh giá được giữ trên máy', { exact: false }).waitFor();
    await page.getByText('Lệnh ghi tự đánh giá chờ gửi trên máy này (1)').waitFor();
    await screens.visit(page, 'tu-danh-gia-cho-gui');
    expect(await recordedValues(roads!.id)).toHaveLength(1);

    await page.context().setOffline(false);
    await page.getByText('Đã ghi kết quả tự đánh giá.').waitFor();
    expect(await recordedValues(roads!.id)).toEqual([expect.any(Number), 96]);
    await page.getByText(/Lệnh ghi tự đánh giá chờ gửi/).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('a draft another session overtook is refused 412, shown with its reason and kept, merged and sent again', async () => {
    const page = await login(OFFICER);
    await page.goto(`${journey.system().api.url}/ho-so/${dossierId}`);
    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).waitFor();
    await page.context().setOffline(true);
    await retype(page, roads!.id, '97');
    await retype(page, lighting!.id, '88');
    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).click();
    await page.getByText('Lệnh ghi tự đánh giá chờ gửi trên máy này (1)').waitFor();

    // Meanwhile another officer of the commune records other values through the API.
    const before = (await recordedValues(roads!.id)).length;
    const other = await commune(
      `/dossiers/${dossierId}/self-assessment`,
      withValues({ [roads!.id]: 92, [lighting!.id]: 99 }),
    );
    expect(other.status).toBe(200);

    await page.context().setOffline(false);
    await page.getByText('Bị từ chối').waitFor();
    await page.getByText('Hồ sơ đã thay đổi', { exact: false }).first().waitFor();
    await page.getByText(`hồ sơ nay ở phiên bản ${versionOf(other.etag)}`, { exact: false }).waitFor();
    expect(await field(page, roads!.id).inputValue()).toBe('97');
    expect(await recordedValues(roads!.id)).toHaveLength(before + 1);
    await screens.visit(page, 'tu-danh-gia-gop');

    // Theirs for the lighting, mine for the roads.
    const lightingChoice = page.getByRole('radiogroup', {
      name: new RegExp(`^${lighting!.id.replace('.', '\\.')}\\. `),
    });
    await lightingChoice.getByText(/^Lấy trên máy chủ/).click();
    await page.getByRole('button', { name: 'Gộp và gửi lại' }).click();
    await page.getByText('Đã ghi kết quả tự đánh giá.').waitFor();
    const roadsRecorded = await recordedValues(roads!.id);
    expect([roadsRecorded.length, roadsRecorded.at(-1)]).toEqual([before + 2, 97]);
    expect((await recordedValues(lighting!.id)).at(-1)).toBe(99);
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any screen', () => {
    expect(screens.names()).toEqual([
      'ban-nhap-tren-may',
      'tu-danh-gia-cho-gui',
      'tu-danh-gia-gop',
      'tu-danh-gia-ngoai-tuyen',
    ]);
    expect(screens.found()).toEqual([]);
  });
});
