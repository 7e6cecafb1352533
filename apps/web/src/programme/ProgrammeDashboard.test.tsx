import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { todayInVietnam } from '../shared/format';
import { answerRequests, renderSignedIn, stubObjectUrls } from '../test-support';
import ProgrammeDashboard from './ProgrammeDashboard';

const COORDINATOR = {
  userId: 'dieu-phoi-thai-nguyen',
  name: 'Dương Thị Nguyên',
  grants: [{ role: 'province-coordinator', unit: '19' }],
};

const DASHBOARD = {
  province: '19',
  year: 2025,
  plans: [
    {
      province: '06',
      plan: {
        number: '231/KH-UBND',
        date: '2022-04-08',
        issuer: 'UBND tỉnh Bắc Kạn',
        title: 'Kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021–2025',
      },
      period: { from: 2021, to: 2025 },
      targets: [
        {
          target: {
            measure: 'recognised-units',
            unitKind: 'commune',
            level: 'ntm',
            count: 'total',
            bound: { atLeast: 61 },
            of: 96,
            section: 'mục II.2',
          },
          actual: 40,
          over: null,
          reached: false,
        },
        {
          target: {
            measure: 'criterion-share',
            unitKind: 'commune',
            level: 'ntm',
            criterionId: '2',
            percent: { atLeast: 98 },
            section: 'mục III.4.2.a',
          },
          actual: 98.5,
          over: 67,
          reached: true,
        },
      ],
    },
  ],
  recognitions: [{ unitKind: 'commune', level: 'ntm', year: 2025, standing: 2, revoked: 1 }],
  criteriaSets: [
    {
      criteriaSetId: 'xa-ntm-2021-2025',
      unitKind: 'commune',
      level: 'ntm',
      units: 4,
      total: 19,
      averageMet: 17.25,
      criteria: [{ criterionId: '2', met: 3, assessed: 4, rate: 75 }],
    },
  ],
  stages: [{ status: 'in-review', phase: 'appraising', count: 1, averageDays: 4.5, longestDays: 4.5 }],
  departments: [{ department: 'SXD', pending: 3, overdue: 1 }],
};

const UNITS = {
  items: [
    {
      dossierId: 'hs-02005-2025',
      unitCode: '02005',
      unitName: 'Xã Quân Hà',
      level: 'ntm',
      year: 2025,
      status: 'recognised',
      metCount: 19,
      total: 19,
    },
    // Recorded from a paper decision: no dossier to open.
    {
      dossierId: null,
      unitCode: '01849',
      unitName: 'Xã Phong Quang',
      level: 'ntm',
      year: 2025,
      status: 'recognised',
      metCount: null,
      total: null,
    },
  ],
};

/** The coordinator's session, the dashboard and the units behind a number, as the API answers them. */
const answerDashboard = () =>
  answerRequests(({ url }) => {
    if (url.pathname === '/api/v1/auth/me') return { status: 200, body: COORDINATOR };
    if (url.pathname === '/api/v1/dashboard/units') return { status: 200, body: UNITS };
    return { status: 200, body: DASHBOARD };
  });

/** The units behind a number were asked for with the province and year shown, and `query`. */
const drillAsked = (sent: ReturnType<typeof answerDashboard>, query: Record<string, string>) =>
  waitFor(() => {
    const drill = sent.find(({ url }) => url.pathname === '/api/v1/dashboard/units');
    expect(Object.fromEntries(drill!.url.searchParams)).toEqual({
      province: '19',
      year: todayInVietnam().slice(0, 4),
      ...query,
    });
  });

describe('ProgrammeDashboard', () => {
  // jsdom lays nothing out: the charts' boxes are given the width a screen would.
  beforeEach(() => vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800));
  afterEach(() => vi.restoreAllMocks());

  it("shows the plan's targets against the province's figures, and opens the communes behind a number", async () => {
    const sent = answerDashboard();
    renderSignedIn(<ProgrammeDashboard />);

    expect(
      await screen.findByText('Kế hoạch số 231/KH-UBND ngày 08/04/2022 của UBND tỉnh Bắc Kạn (giai đoạn 2021–2025)'),
    ).toBeTruthy();
    const total = screen.getByText('Số xã đạt chuẩn Nông thôn mới (lũy kế đến cuối kỳ)').closest('tr')!;
    expect(within(total).getByText('ít nhất 61/96')).toBeTruthy();
    expect(within(total).getByText('40')).toBeTruthy();
    expect(within(total).getByText('Chưa đạt')).toBeTruthy();
    const share = screen.getByText('Tỷ lệ xã đạt tiêu chí số 2 (Nông thôn mới)').closest('tr')!;
    expect(within(share).getByText('ít nhất 98%')).toBeTruthy();
    // A share says how many communes it is counted over: those with an assessed dossier, not all the province's.
    expect(within(share).getByText('98,5% (trên 67 xã có hồ sơ)')).toBeTruthy();
    expect(within(share).getByText('Đã đạt')).toBeTruthy();
    expect(screen.getByText(/4 xã có hồ sơ được đánh giá, bình quân đạt 17,3\/19 tiêu chí/)).toBeTruthy();
    screen.getByText(/^Tỷ lệ đạt của một tiêu chí = số xã đạt \/ số xã có hồ sơ được đánh giá tiêu chí đó/);
    const criterion = screen.getByRole('columnheader', { name: 'Tỷ lệ đạt (đạt/có hồ sơ)' }).closest('table')!;
    expect(within(criterion).getByText('75% (3/4)')).toBeTruthy();
    // Each bar is named for a screen reader (axe: aria-progressbar-name).
    screen.getByRole('progressbar', { name: 'Tiêu chí số 2 — Tỷ lệ đạt' });
    screen.getByRole('progressbar', { name: 'Số xã đạt chuẩn Nông thôn mới (lũy kế đến cuối kỳ) — Tiến độ' });

    await userEvent.setup().click(screen.getByRole('button', { name: 'Xem 2 đơn vị: xã — Nông thôn mới 2025' }));
    expect((await screen.findByRole('link', { name: 'Xã Quân Hà' })).getAttribute('href')).toBe('/ho-so/hs-02005-2025');
    screen.getByText('Xã Phong Quang (quyết định giấy, ghi nhận trước khi có hệ thống)');
    await drillAsked(sent, { figure: 'recognised', unitKind: 'commune', level: 'ntm', recognitionYear: '2025' });
  });

  it('opens the units with criteria overdue at a department, from the backlog by department', async () => {
    const sent = answerDashboard();
    renderSignedIn(<ProgrammeDashboard />);

    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Xem các đơn vị: có tiêu chí SXD thẩm định quá hạn' }));
    await screen.findByText('Các đơn vị: có tiêu chí SXD thẩm định quá hạn');
    await drillAsked(sent, { figure: 'department', department: 'SXD', overdue: 'true' });
    screen.getByRole('button', { name: 'Xem các đơn vị: có tiêu chí chờ SXD thẩm định' });
  });

  it('draws the targets and each criterion’s rate as charts, each described in words beside its table', async () => {
    answerRequests(({ url }) =>
      url.pathname === '/api/v1/auth/me' ? { status: 200, body: COORDINATOR } : { status: 200, body: DASHBOARD },
    );
    renderSignedIn(<ProgrammeDashboard />);

    const targets = await screen.findByRole('img', {
      name: 'Biểu đồ chỉ tiêu công nhận, đạt được trên kế hoạch: Số xã đạt chuẩn Nông thôn mới (lũy kế đến cuối kỳ): 40/61. Số liệu ở bảng dưới.',
    });
    const criteria = screen.getByRole('img', {
      name: 'Biểu đồ tỷ lệ đạt từng tiêu chí, trên 4 xã có hồ sơ được đánh giá: Tiêu chí số 2: 75%. Số liệu ở bảng dưới.',
    });
    // Drawn as SVG, with the plan's series and the criterion on its axis.
    await waitFor(() => expect(targets.querySelector('svg')?.textContent).toContain('Đạt được'));
    expect(targets.querySelector('svg')?.textContent).toContain('Kế hoạch');
    await waitFor(() => expect(criteria.querySelector('svg')?.textContent).toContain('100%'));
    // The tables stay beside the charts.
    expect(screen.getByText('Số xã đạt chuẩn Nông thôn mới (lũy kế đến cuối kỳ)').closest('tr')).toBeTruthy();
  });

  it('downloads the periodic report of the period chosen, as XLSX and as PDF', async () => {
    const sent = answerRequests(({ url }) =>
      url.pathname === '/api/v1/auth/me' ? { status: 200, body: COORDINATOR } : { status: 200, body: DASHBOARD },
    );
    const saved = stubObjectUrls();
    renderSignedIn(<ProgrammeDashboard />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Kỳ báo cáo' }));
    await user.click(await screen.findByText('6 tháng đầu năm'));
    await user.click(screen.getByRole('button', { name: 'Tải báo cáo định kỳ (XLSX)' }));

    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    await user.click(screen.getByRole('button', { name: 'Tải báo cáo định kỳ (PDF)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    const reports = sent.filter(({ url }) => url.pathname === '/api/v1/dashboard/report');
    expect(reports.map(({ url }) => Object.fromEntries(url.searchParams))).toEqual(
      ['xlsx', 'pdf'].map((format) => ({ province: '19', year: todayInVietnam().slice(0, 4), period: 'h1', format })),
    );
  });
});
