import { vietnamDateOf } from '@ntm/calendar';
import type { Browser, Page } from 'playwright-core';

import type { Indicator } from '@ntm/catalogue';

import { apiJourney } from '../../support/api-journey';
import {
  chromiumAvailable,
  launchChromium,
  OFFICE_SCREEN,
  pickDemoUser,
  reopenUntil,
  screenshots,
  seriousViolations,
  type AxeViolation,
} from '../../support/browser';
import { meetingValues, rulesFiledOn } from '../../support/dossier-journey';
import { lapsedReview } from '../../support/revocation-journey';
import { ok } from '../../support/three-tier-journey';
import { until } from '../../support/until';
import { signRecognition, revokeRecognition } from './steps/approver';
import { councilApprovesInBrowser } from './steps/council';

const COMMUNE = '02008';
const PROVINCE = '19';
const GROUP = { group: 2 } as const;
const DAY_MS = 24 * 3600 * 1000;
/** Thôn Nà Pài's households; all but the officer's own form come from the paper forms' file. */
const HOUSEHOLDS = 30;
const PAPER_FORMS = 24;

/** The paper forms as the MTTQ types them: one dissatisfied with a reason, and a row naming no village. */
function paperForms(): string {
  const rows = Array.from({ length: PAPER_FORMS }, (_, i) =>
    i === 0 ? `T1-${i + 2},T1,0,1,1,duong-xuong-cap` : `T1-${i + 2},T1,1,1,1,`,
  );
  return ['ma_ho,ma_thon,q1,q2,q3,ly_do_q1', ...rows, 'T9-1,T9,1,1,1,'].join('\n');
}

/** dd/mm/yyyy, as the date pickers take it, `days` from today in Việt Nam. */
const typedDate = (days: number) => {
  const [year, month, day] = vietnamDateOf(Date.now() + days * DAY_MS).split('-');
  return `${day}/${month}/${year}`;
};

/**
 * A dossier from registration to appraisal, every step in Chromium against the real system: a
 * commune officer files and self-assesses it, posts it and answers a comment; the commune's MTTQ
 * officer surveys the residents (a form typed, a file of paper forms imported) and certifies the
 * result; the commune officer submits; a department appraiser of several Sở appraises its criteria
 * from the queue.
 */
(chromiumAvailable ? describe : describe.skip)('web application: commune officer, MTTQ officer and appraiser', () => {
  // One browser on one address signs in as a dozen people within a minute: more than the login's
  // per-address limit allows an office, which would answer the later ones "try again in 60 s".
  const journey = apiJourney({ config: { AUTH_LOGIN_RATE_LIMIT: 100 } });
  let browser: Browser;
  let page: Page;
  const violations: Record<string, AxeViolation[]> = {};
  let dossierId: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const visit = async (name: string, at = page) => {
    violations[name] = await seriousViolations(at);
    await screenshots(at, name);
  };

  /** The council's and the approver's browser steps log in and look at their pages as this spec does. */
  const roleSteps = {
    login: async (userId: string) => {
      await login(userId);
      return page;
    },
    visit: (at: Page, name: string) => visit(name, at),
  };

  const login = async (userId: string) => {
    const context = await browser.newContext({ viewport: OFFICE_SCREEN, locale: 'vi-VN' });
    // A ceiling for a broken page, not a pace: a loaded machine may take long for each step.
    context.setDefaultTimeout(300_000);
    page = await context.newPage();
    await page.goto(`${journey.system().api.url}/`);
    await page.getByText('Đăng nhập thử (môi trường phát triển)').waitFor();
    await visit('dang-nhap');
    await pickDemoUser(page, userId);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  };

  it('a commune officer registers, self-assesses and posts a dossier in the browser', async () => {
    await login('can-bo-cam-giang');
    await page.getByRole('heading', { name: `Hồ sơ của xã ${COMMUNE}` }).waitFor();
    await visit('xa');

    await page.getByRole('button', { name: 'Đăng ký hồ sơ' }).click();
    await page.getByRole('heading', { name: 'Đăng ký hồ sơ đề nghị xét công nhận' }).waitFor();
    await visit('dang-ky');
    // A refusal is said, and keeps what was typed: another commune is outside the officer's unit.
    await page.getByLabel('Mã xã').fill('01843');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Không tìm thấy' }).waitFor();
    expect(await page.getByLabel('Mã xã').inputValue()).toBe('01843');
    await page.getByLabel('Mã xã').fill(COMMUNE);
    await page.getByRole('combobox', { name: 'Nhóm xã (bộ tiêu chí 2026–2030)' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Nhóm 2', { exact: true }).click();
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]{36}$/);
    await page.getByText('Tự đánh giá theo tiêu chí, chỉ tiêu').waitFor();

    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);
    const indicators = new Map(rules.criteriaSet.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i])));
    const values = meetingValues(rules.criteriaSet, GROUP);
    const total = rules.criteriaSet.criteria.length;
    await page.locator('.live-count', { hasText: `Đạt 0/${total} tiêu chí` }).waitFor();
    for (const { indicatorId, value } of values) await enterValue(page, indicators.get(indicatorId)!, value);
    const first = indicators.get(values[0].indicatorId)!;
    await page
      .getByLabel(`Chọn tệp minh chứng — ${first.id}. ${first.name}`)
      .setInputFiles({ name: 'bien-ban-kiem-tra.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByText('bien-ban-kiem-tra.pdf', { exact: true }).waitFor();
    const judged = rules.criteriaSet.criteria.filter((c) => c.indicators.some((i) => i.measure.kind === 'judgement'));
    await page.locator('.live-count', { hasText: `Đạt ${total - judged.length}/${total} tiêu chí` }).waitFor();
    await visit('tu-danh-gia');
    await page.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }).click();
    await page.getByText('Đã ghi kết quả tự đánh giá.').waitFor();
    await page.getByText('Đã tự đánh giá', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Công khai và ý kiến' }).click();
    await page.getByLabel('Từ ngày').fill(typedDate(-20));
    await page.keyboard.press('Enter');
    await page.getByLabel('Đến ngày').fill(typedDate(-3));
    await page.keyboard.press('Enter');
    await page.getByLabel('Nơi công khai').fill('Nhà văn hoá xã\nTrụ sở UBND xã');
    await page.getByRole('button', { name: 'Công khai', exact: true }).click();
    await page.getByText('Đang công khai từ').waitFor();

    await page.getByLabel('Người góp ý').fill('Người dân thôn Nà Pài');
    await page.getByLabel('Ngày nhận').fill(typedDate(-5));
    await page.keyboard.press('Enter');
    await page.getByLabel('Nội dung').fill('Đường liên thôn đoạn qua cầu cần sửa trước mùa mưa.');
    await page.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await page.getByText('Đường liên thôn đoạn qua cầu cần sửa trước mùa mưa.').waitFor();
    await page.getByLabel('Trả lời').fill('Xã đã đưa vào kế hoạch sửa chữa quý I.');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Trả lời: Xã đã đưa vào kế hoạch sửa chữa quý I.').waitFor();
    await page.getByRole('button', { name: 'Kết thúc lấy ý kiến' }).click();
    await page.getByText('Đã kết thúc lấy ý kiến.').waitFor();
    await visit('cong-khai');

    dossierId = page.url().split('/').pop()!;
    await page.context().close();
  });

  it('the commune’s MTTQ officer surveys the residents in the browser: a campaign, forms typed and imported, certified', async () => {
    await login('mttq-cam-giang');
    await page.getByRole('heading', { name: `Lấy ý kiến sự hài lòng của người dân — đơn vị ${COMMUNE}` }).waitFor();
    await visit('mttq');
    await page.locator(`a[href="/mttq/${dossierId}"]`).click();
    await page.getByText('Chưa mở đợt khảo sát nào.').waitFor();
    await page.getByLabel('Tên thôn').fill('Thôn Nà Pài');
    await page.getByLabel('Số hộ').fill(String(HOUSEHOLDS));
    await visit('mttq-mo-dot');
    await page.getByRole('button', { name: 'Mở đợt khảo sát' }).click();
    await page.getByText('Đang thu phiếu').waitFor();

    // One form typed on the spot, as on a phone: the household, then each question, the last one
    // ticked wrong.
    const questions = page.locator('fieldset.form-group').getByRole('radiogroup');
    const typeForm = async (lastAnswer: string) => {
      await page.getByLabel('Mã hộ').fill('T1-1');
      const all = await questions.all();
      for (const [index, question] of all.entries())
        await question.getByText(index === all.length - 1 ? lastAnswer : 'Hài lòng', { exact: true }).click();
    };
    await typeForm('Không hài lòng');
    await page.getByRole('button', { name: 'Ghi phiếu' }).click();
    await page.getByText('Đã ghi phiếu hộ T1-1.').waitFor();
    // The household says so: the form typed again is refused as a second one, and offered as a correction.
    await typeForm('Hài lòng');
    await page.getByRole('button', { name: 'Ghi phiếu' }).click();
    await page.getByRole('button', { name: 'Sửa phiếu đã ghi của hộ này' }).click();
    await page.getByLabel('Lý do sửa phiếu').fill('Phiếu ghi nhầm câu cuối, hộ xác nhận lại');
    await visit('mttq-sua-phieu');
    await page.getByRole('button', { name: 'Ghi chỉnh sửa' }).click();
    await page.getByText('Đã sửa phiếu hộ T1-1.').waitFor();

    // The paper forms in a file: a row in error refuses the file with its line, column and reason,
    // then the officer imports the valid rows only.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Chọn tệp phiếu' }).click();
    await (
      await chooser
    ).setFiles({ name: 'phieu-na-pai.csv', mimeType: 'text/csv', buffer: Buffer.from(paperForms()) });
    const report = page.locator('.plain-table', { hasText: 'Dòng' });
    await report.getByText('ma_thon').waitFor();
    expect(await report.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${PAPER_FORMS + 2}\\s+ma_thon\\s+.*T9`)),
    ]);
    await visit('mttq-nhap-tep');
    await page.getByRole('button', { name: 'Chỉ nhập các dòng hợp lệ, bỏ qua dòng lỗi' }).click();
    await page.getByText(`Đã nhập ${PAPER_FORMS} phiếu từ phieu-na-pai.csv; bỏ qua 1 dòng.`).waitFor();
    await page.getByText(`Đã trả lời ${PAPER_FORMS + 1}/${HOUSEHOLDS} hộ`).waitFor();

    await page.getByRole('button', { name: 'Kết thúc thu phiếu' }).click();
    await page.getByText('Đã kết thúc thu phiếu').first().waitFor();
    await page
      .getByLabel('Chọn tệp minh chứng — Biên bản tổng hợp kết quả')
      .setInputFiles({ name: 'bien-ban-mttq.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 MTTQ') });
    // The upload runs on its own; a form sent before it ends has no report yet.
    await page.getByText('bien-ban-mttq.pdf', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Xác nhận kết quả' }).click();
    await page.getByText(/^Đã xác nhận: tỷ lệ hài lòng .*, đạt ngưỡng/).waitFor();
    await visit('mttq-dot-khao-sat');
    await page.context().close();
  });

  it('the commune officer submits the surveyed dossier in the browser', async () => {
    await login('can-bo-cam-giang');
    await page.getByRole('heading', { name: `Hồ sơ của xã ${COMMUNE}` }).waitFor();
    await page.goto(`${journey.system().api.url}/ho-so/${dossierId}`);
    await page.getByText('Đã có kết quả khảo sát MTTQ').first().waitFor();
    await page.getByRole('tab', { name: 'Công khai và ý kiến' }).click();
    // The submission dossier (QĐ 18/2022/QĐ-TTg, Điều 7): the MTTQ's report and the posting are there
    // already; until the rest is attached the button says what is missing and does not submit.
    await page.getByText('Hồ sơ đề nghị', { exact: true }).waitFor();
    await page.getByText('Có sẵn: báo cáo kết quả khảo sát do MTTQ xác nhận.').waitFor();
    const submit = page.getByRole('button', { name: 'Trình hồ sơ lên cấp trên' });
    const missingList = page.locator('.ant-alert', { hasText: 'Chưa trình được: hồ sơ đề nghị còn thiếu' });
    await missingList.waitFor();
    expect(await submit.isDisabled()).toBe(true);
    const missing = await missingList.locator('li').allInnerTexts();
    const required = (rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP).regime.submissionDocuments ?? [])
      .filter((document) => document.levels.ntm === 'required' && !document.producedBy)
      .map((document) => document.name);
    expect(missing).toEqual(expect.arrayContaining(required));
    await visit('ho-so-de-nghi');
    for (const [index, name] of missing.entries()) {
      const file = `tai-lieu-${index + 1}.pdf`;
      await page
        .getByLabel(`Chọn tệp minh chứng — ${name}`)
        .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}`) });
      await page.getByRole('listitem', { name }).getByText(file, { exact: true }).waitFor();
    }
    await missingList.waitFor({ state: 'detached' });
    await page.getByText(`Đã có ${required.length + 3}/${required.length + 3} tài liệu bắt buộc`).waitFor();
    await submit.click();
    await page.getByText('Đã trình hồ sơ.').waitFor();
    await page.getByText('Đang thẩm tra, thẩm định').first().waitFor();
    await page.getByRole('tab', { name: 'Thẩm định' }).click();
    await visit('tham-dinh-cua-xa');
    // Every criterion of the set now waits for its department.
    const criteria = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP).criteriaSet.criteria;
    const waiting = await page.locator('.ant-table-row').allInnerTexts();
    expect(waiting).toHaveLength(criteria.length);
    expect(waiting.filter((row) => row.includes('Chờ thẩm định'))).toHaveLength(criteria.length);
    await page.context().close();
  });

  it('a department appraiser of several Sở appraises every criterion from the queue in the browser', async () => {
    await login('tham-dinh-thai-nguyen');
    await page.getByRole('heading', { name: 'Tiêu chí cần thẩm định' }).waitFor();
    const rows = page.locator('.ant-table-row');
    await rows.first().waitFor();
    await visit('hang-doi');
    // Filters are the API's: one criterion at a time, then all again.
    await page.getByLabel('Lọc theo tiêu chí').fill('1');
    await page.getByText('1 tiêu chí đang hiển thị').waitFor();
    await page.getByLabel('Lọc theo tiêu chí').fill('');
    const listed = await until(async () => {
      const count = await rows.count();
      return count > 1 && count;
    }, 'the whole queue again');
    const criteria = await page
      .getByRole('link', { name: /^Thẩm định / })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(criteria).toHaveLength(listed);

    for (const [index, href] of criteria.entries()) {
      // Each criterion by its own link: a queue a moment behind may still list the one just appraised.
      await page.locator(`a[href="${href}"]`).click();
      await page.getByText('Số liệu xã tự đánh giá').waitFor();
      if (index === 0) await visit('tham-dinh-tieu-chi');
      for (const group of await page.getByRole('radiogroup').all())
        await group.getByText('Đạt', { exact: true }).click();
      await page.getByLabel('Nhận xét, kết quả kiểm tra').fill('Đã kiểm tra hồ sơ và thực tế: đạt.');
      await page.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click();
      // A refusal would show instead: said in the failure rather than waited out.
      const refused = page.locator('.ant-alert-error');
      await page.getByText('Đã ghi kết quả thẩm định.').or(refused).first().waitFor();
      expect(await refused.allInnerTexts()).toEqual([]);
      await page
        .getByRole('navigation', { name: 'Các trang làm việc' })
        .getByRole('link', { name: 'Tiêu chí cần thẩm định' })
        .click();
      await page.getByRole('heading', { name: 'Tiêu chí cần thẩm định' }).waitFor();
    }
    await page.getByText('Không có tiêu chí nào chờ thẩm định.').waitFor();
    await page.context().close();
  });

  /** The coordinator's desk, then the dossier's page from the row that lists it in `section`. */
  const handleFromDesk = async (section: string) => {
    await login('dieu-phoi-thai-nguyen');
    const card = page.locator('.ant-card', { has: page.getByRole('heading', { name: section }) });
    const handle = card.getByRole('link', { name: `Xử lý hồ sơ của đơn vị ${COMMUNE}` });
    await reopenUntil(page, () => page.getByRole('heading', { name: 'Điều phối hồ sơ' }).waitFor(), handle, section);
    await handle.click();
    await page.getByRole('heading', { name: `Điều phối hồ sơ của Xã Cẩm Giàng (${COMMUNE})` }).waitFor();
  };

  it('the coordination office consolidates the appraisals in the browser', async () => {
    await handleFromDesk('Hồ sơ chờ điều phối');
    const total = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP).criteriaSet.criteria.length;
    await page.getByText(`Mọi tiêu chí đã được thẩm định: đạt ${total}/${total} tiêu chí.`).waitFor();
    await visit('dieu-phoi-ho-so');
    await page.getByRole('button', { name: 'Tổng hợp kết quả' }).click();
    await page.getByText('Đã tổng hợp kết quả thẩm định.', { exact: true }).waitFor();
    // The read model has the step consolidated: the page now says whose turn it is.
    const next = page.getByText('Đã tổng hợp kết quả thẩm định: chờ thư ký mở phiên họp hội đồng.');
    await next.waitFor();
    expect(await page.getByRole('button', { name: 'Tổng hợp kết quả' }).count()).toBe(0);

    // The office places another commune in its group for the 2026–2030 criteria, as an audited event.
    await page.getByRole('navigation', { name: 'Các trang làm việc' }).getByRole('link', { name: 'Nhóm xã' }).click();
    await page.getByRole('searchbox', { name: 'Mã xã' }).fill('01969');
    await page.keyboard.press('Enter');
    const groups = page.locator('.plain-table', { hasText: 'Phiên bản danh mục' });
    await groups.getByText('Nhóm 3').waitFor();
    await page.getByText('Nhóm 2', { exact: true }).click();
    await page.getByLabel('Căn cứ, lý do').fill('Theo kết quả rà soát phân nhóm xã năm 2026 của UBND tỉnh');
    await visit('dieu-phoi-nhom-xa');
    await page.getByRole('button', { name: 'Ghi nhóm xã' }).click();
    await page.getByText('Đã ghi nhóm xã.').waitFor();
    await groups.getByText('Nhóm 2').waitFor();
    expect(await groups.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^2026\.1\s+Nhóm 2$/)]);
    await page.context().close();
  });

  it('the coordination office announces the recognition, then proposes revocation from a periodic review in the browser', async () => {
    // The province's council sits, then the chairman signs: each in the browser.
    await councilApprovesInBrowser(roleSteps, dossierId);
    await signRecognition(roleSteps, dossierId, '1234/QĐ-UBND');

    await handleFromDesk('Hồ sơ chờ điều phối');
    await page.getByText('Quyết định số 1234/QĐ-UBND').waitFor();
    await page.getByLabel('Ngày công bố').fill(typedDate(0));
    await page.keyboard.press('Enter');
    // A blank place is not a place: the form asks for one, and nothing is sent.
    await page.getByRole('button', { name: 'Ghi nhận công bố' }).click();
    await page.getByText('Bắt buộc', { exact: true }).waitFor();
    await page.getByLabel('Nơi công bố').fill('Cổng thông tin điện tử tỉnh\nTrụ sở UBND xã');
    await visit('dieu-phoi-cong-bo');
    await page.getByRole('button', { name: 'Ghi nhận công bố' }).click();
    await page.getByText('Đã ghi nhận công bố quyết định.').waitFor();
    await page.context().close();

    // The periodic review's figures come from the statistics office's tables: through the API.
    const lapsed = lapsedReview(rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP), GROUP);
    await ok(
      journey.as('province-coordinator', PROVINCE)(`/dossiers/${dossierId}/review-rounds`, {
        indicators: lapsed.indicators,
      }),
    );
    await handleFromDesk('Xem xét thu hồi');
    await page.getByText(`Các tiêu chí không còn đạt: ${lapsed.criteria.join(', ')}`).waitFor();
    await visit('dieu-phoi-xem-xet');
    await page.getByLabel('Căn cứ đề nghị thu hồi').fill('Rà soát định kỳ: các tiêu chí không còn đạt');
    await page.getByRole('button', { name: 'Ghi quyết định' }).click();
    await page.getByText('Thủ tục thu hồi quyết định công nhận').waitFor();
    // The proposal recorded the commune's explanation deadline, in working days from today.
    const due = page.getByText(/^Xã giải trình trước ngày /);
    expect(await due.innerText()).toMatch(/^Xã giải trình trước ngày \d{2}\/\d{2}\/\d{4}$/);
    await page.context().close();
  });

  it('the commune officer answers a revocation proposal in the browser: explanation by its due date, residents consulted', async () => {
    // The coordinator's desk lists the proposal with its Điều 23 grounds computed.
    await login('dieu-phoi-thai-nguyen');
    const caseRow = page.locator('tr', { has: page.locator(`a[href="/ho-so/${dossierId}"]`) });
    const proposed = caseRow.filter({ hasText: 'Đã đề nghị thu hồi' });
    await reopenUntil(
      page,
      () => page.getByRole('heading', { name: 'Xem xét thu hồi' }).waitFor(),
      proposed,
      'the proposal on the desk',
    );
    expect(await caseRow.innerText()).toMatch(/Đã đề nghị thu hồi[\s\S]*%[\s\S]*Đủ căn cứ thu hồi/);
    await visit('dieu-phoi');
    // The board's count opens the dossier list filtered to that stage, the filter kept in the address.
    await page.getByRole('link', { name: 'Xem 1 hồ sơ: Đang xem xét thu hồi' }).click();
    await page.waitForURL(/\/ho-so\?status=revocation-proposed$/);
    await page.getByRole('heading', { name: 'Hồ sơ', exact: true, level: 1 }).waitFor();
    const rows = page.locator('.plain-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('Đang xem xét thu hồi')]);
    await visit('ho-so-loc');
    // The programme's progress against the plans' targets (#22): its sections, each number a button.
    await page
      .getByRole('navigation', { name: 'Các trang làm việc' })
      .getByRole('link', { name: 'Tiến độ chương trình' })
      .click();
    await page.getByRole('heading', { name: 'Tiến độ xây dựng nông thôn mới', level: 1 }).waitFor();
    await page.getByText('Công nhận theo năm').waitFor();
    await page.getByRole('button', { name: 'Tải báo cáo định kỳ (XLSX)' }).waitFor();
    await page.getByRole('button', { name: 'Tải báo cáo định kỳ (PDF)' }).waitFor();
    // Each chart is named in words for a screen reader, drawn as SVG once ECharts' chunk has come.
    await page
      .getByRole('img', { name: /^Biểu đồ tỷ lệ đạt từng tiêu chí, trên \d+ xã có hồ sơ được đánh giá: Tiêu chí số/ })
      .locator('svg')
      .waitFor();
    await visit('tien-do');
    // 2025: Bắc Kạn's plan (KH 231/KH-UBND), its recognition targets charted against the figures reached.
    await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('2025', { exact: true }).click();
    await page.getByText(/^Kế hoạch số 231\/KH-UBND/).waitFor();
    await page
      .getByRole('img', { name: /^Biểu đồ chỉ tiêu công nhận, đạt được trên kế hoạch: / })
      .locator('svg')
      .waitFor();
    await visit('tien-do-2025');
    await page.context().close();

    await login('can-bo-cam-giang');
    const task = page.getByText(/^Giải trình đề nghị thu hồi trước ngày \d{2}\/\d{2}\/\d{4}$/);
    // The commune's queue is a read model: the page is opened again until it has the proposal.
    await reopenUntil(page, () => page.getByText('Việc xã cần làm').waitFor(), task, 'the proposal among the tasks');
    await page.getByText('Tổ chức lấy ý kiến người dân về đề nghị thu hồi').waitFor();
    const asked = await task.innerText();
    await page.locator(`a[href="/ho-so/${dossierId}"]`).first().click();
    await page.getByRole('tab', { name: 'Yêu cầu đối với xã' }).click();
    const due = page.getByText(/^Xã giải trình trước ngày \d{2}\/\d{2}\/\d{4}$/);
    await due.waitFor();
    expect(asked.slice(-10)).toBe((await due.innerText()).slice(-10));
    await visit('thu-hoi');

    await page
      .getByRole('textbox', { name: 'Nội dung giải trình' })
      .fill('Xã đang khắc phục các tiêu chí, hoàn thành trong quý II.');
    await page.getByRole('button', { name: 'Gửi giải trình' }).click();
    await page.getByText('Đã giải trình', { exact: true }).waitFor();
    await page.getByLabel('Ngày kết thúc lấy ý kiến').fill(typedDate(0));
    await page.keyboard.press('Enter');
    await page.getByLabel('Số người cho ý kiến').fill('320');
    await page.getByLabel('Số người đồng ý thu hồi').fill('250');
    await page.getByLabel('Tóm tắt ý kiến').fill('Đa số người dân đồng ý; một số đề nghị cho xã thời gian khắc phục.');
    await page
      .getByLabel('Chọn tệp minh chứng — Biên bản lấy ý kiến')
      .setInputFiles({ name: 'bien-ban-lay-y-kien.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByText('bien-ban-lay-y-kien.pdf', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Ghi kết quả lấy ý kiến' }).click();
    await page.getByText('Đã có kết quả', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Gửi giải trình' }).count()).toBe(0);
    await page.context().close();
  });

  it('the coordination office verifies the proposal criterion by criterion in the browser', async () => {
    await handleFromDesk('Xem xét thu hồi');
    await page.getByText('Kiểm tra, xác minh từng tiêu chí').waitFor();
    const findings = page.locator('fieldset.finding');
    const lapsed = lapsedReview(rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP), GROUP);
    expect(await findings.locator('legend').allInnerTexts()).toEqual(
      lapsed.criteria.map((id) => expect.stringMatching(new RegExp(`^${id}\\. `))),
    );
    for (const finding of await findings.all()) {
      await finding.getByText('Không còn đạt', { exact: true }).click();
      await finding.getByRole('textbox').fill('Kiểm tra thực tế: chỉ tiêu dưới ngưỡng của bộ tiêu chí.');
    }
    await visit('dieu-phoi-xac-minh');
    await page.getByRole('button', { name: 'Ghi kết quả xác minh' }).click();
    await page.getByText('Đã kiểm tra, xác minh', { exact: true }).waitFor();
    await page.getByText('Đề nghị đã được xác minh: chờ hội đồng họp và bỏ phiếu.').waitFor();
    await page.context().close();
  });

  it('the council votes on the revocation and the chairman revokes in the browser; the coordination office announces it', async () => {
    await councilApprovesInBrowser(roleSteps, dossierId);
    await revokeRecognition(roleSteps, dossierId, '77/QĐ-UBND');
    await handleFromDesk('Xem xét thu hồi');
    await page.getByText('Quyết định số 77/QĐ-UBND').waitFor();
    await page.getByLabel('Ngày công bố').fill(typedDate(0));
    await page.keyboard.press('Enter');
    await page.getByLabel('Nơi công bố').fill('Cổng thông tin điện tử tỉnh');
    await page.getByRole('button', { name: 'Ghi nhận công bố' }).click();
    await page.getByText('Đã ghi nhận công bố quyết định.').waitFor();
    // The story is over: the dossier leaves the coordinator's revocation queue.
    await page.getByRole('navigation', { name: 'Các trang làm việc' }).getByRole('link', { name: 'Điều phối' }).click();
    const listed = page.locator(`a[href="/dieu-phoi/${dossierId}"]`);
    await until(async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Xem xét thu hồi' }).waitFor();
      return (await listed.count()) === 0;
    }, 'the announced revocation off the desk');
    expect(await listed.count()).toBe(0);
    await page.context().close();
  });

  it('the coordination office closes a merged commune’s 2025 dossier in the browser', async () => {
    // Mỹ Thanh (02011) filed in May 2025, then merged into Cẩm Giàng on 1/7/2025.
    const filed = await journey.as('commune-officer', '02011')('/dossiers', {
      unitCode: '02011',
      level: 'ntm',
      year: 2025,
      region: 'northern-midlands-mountains',
      filedOn: '2025-05-20',
    });
    expect(filed.status).toBe(201);
    const merged = String(filed.body.dossierId);
    await login('dieu-phoi-thai-nguyen');
    await page.getByRole('heading', { name: 'Điều phối hồ sơ' }).waitFor();
    await page.goto(`${journey.system().api.url}/ho-so/${merged}`);
    // Just registered: the dossier's page is opened again until its summary is projected.
    const coordinate = page.getByRole('link', { name: 'Việc điều phối hồ sơ' });
    const loaded = page.getByRole('heading', { name: /\(02011\)$/ }).or(page.getByRole('alert'));
    await reopenUntil(page, () => loaded.first().waitFor(), coordinate, 'the merged dossier’s page');
    await coordinate.click();
    const card = page.locator('.ant-card', { has: page.getByRole('heading', { name: /^Xã đã sáp nhập/ }) });
    await card.getByText('Xã Cẩm Giàng (02008)').waitFor();
    await card.getByText('Đóng hồ sơ', { exact: true }).click();
    await card.getByLabel('Lý do đóng hồ sơ').fill('Xã Cẩm Giàng lập hồ sơ mới theo bộ tiêu chí 2026–2030');
    await visit('dieu-phoi-sap-nhap');
    await card.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText('Đã ghi nhận việc xử lý hồ sơ của xã đã sáp nhập.').waitFor();
    await page.getByText('Đã rút', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: /^Xã đã sáp nhập/ }).count()).toBe(0);
    await page.context().close();
  });

  it('finds no serious or critical accessibility violation on any page', () => {
    expect(Object.keys(violations).sort()).toEqual(
      [
        'cong-khai',
        'dang-ky',
        'dang-nhap',
        'dieu-phoi',
        'quyet-dinh-cong-nhan',
        'quyet-dinh-da-cong-nhan',
        'quyet-dinh-da-thu-hoi',
        'quyet-dinh-thu-hoi',
        'ho-so-loc',
        'hoi-dong-bo-phieu',
        'hoi-dong-da-bo-phieu',
        'hoi-dong-dang-hop',
        'hoi-dong-ket-luan',
        'hoi-dong-thanh-vien',
        'hoi-dong-thu-ky',
        'hoi-dong-trieu-tap',
        'dieu-phoi-cong-bo',
        'dieu-phoi-ho-so',
        'dieu-phoi-nhom-xa',
        'dieu-phoi-sap-nhap',
        'dieu-phoi-xac-minh',
        'dieu-phoi-xem-xet',
        'hang-doi',
        'ho-so-de-nghi',
        'mttq',
        'mttq-dot-khao-sat',
        'mttq-mo-dot',
        'mttq-nhap-tep',
        'mttq-sua-phieu',
        'tham-dinh-cua-xa',
        'tham-dinh-tieu-chi',
        'thu-hoi',
        'tien-do',
        'tien-do-2025',
        'tu-danh-gia',
        'xa',
      ].sort(),
    );
    const found = Object.entries(violations).flatMap(([page, list]) =>
      list.map(({ id, targets }) => `${page}: ${id} ${targets.slice(0, 3).join(' | ')}`),
    );
    expect(found).toEqual([]);
  });
});

/** The control that fits the indicator's measure, found by its label as a screen reader would. */
async function enterValue(page: Page, indicator: Indicator, value: boolean | number | string): Promise<void> {
  const label = `${indicator.id}. ${indicator.name}`;
  switch (indicator.measure.kind) {
    case 'boolean':
      await page
        .getByRole('radiogroup', { name: label, exact: true })
        .getByText(value ? 'Đạt' : 'Không đạt', { exact: true })
        .click();
      return;
    case 'number':
      await page.getByRole('spinbutton', { name: label, exact: true }).fill(String(value).replace('.', ','));
      return;
    case 'level':
      await page.getByRole('combobox', { name: label, exact: true }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(String(value), { exact: true }).click();
      return;
    case 'judgement':
      await page.getByRole('textbox', { name: label, exact: true }).fill(String(value));
      return;
  }
}
