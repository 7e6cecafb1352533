import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { components } from '../api/schema';
import { DeviceDrafts } from '../commune/DeviceDrafts';
import { discardFromOutbox, outboxOf } from '../offline/outbox';
import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { assessmentQueue } from './assessmentCommand';
import { allDrafts, discardDraft, saveDraft } from './assessmentDraft';
import { AssessmentEditor } from './AssessmentEditor';
import { useDossier } from './useDossier';

type Assessment = components['schemas']['AssessmentResponse'];

const DOSSIER = '7d1c3f5e-0000-4000-8000-0000000000aa';
const indicator = (indicatorId: string, name: string, value?: number) => ({
  indicatorId,
  name,
  measure: { kind: 'number' as const, unit: '%', comparison: 'gte' as const, threshold: 90 },
  evidence: [],
  verdict: 'missing' as const,
  ...(value === undefined ? {} : { value }),
});
/** The assessment at a version, with the values recorded for 1.1 and 1.2 by then. */
const assessmentAt = (version: number, roads?: number, lighting?: number): Assessment => ({
  dossierId: DOSSIER,
  version,
  round: 1,
  variant: { group: 2 },
  criteriaSetTitle: 'Bộ tiêu chí xã NTM 2026–2030',
  criteria: [
    {
      criterionId: '1',
      name: 'Giao thông',
      critical: false,
      department: 'SXD',
      verdict: 'missing',
      indicators: [
        indicator('1.1', 'Tỷ lệ đường được cứng hoá', roads),
        indicator('1.2', 'Tỷ lệ đường có chiếu sáng', lighting),
      ],
    },
  ],
  conditions: [],
  comments: [],
  supplementRequests: [],
  appraisals: [],
});

const me = (request: { url: URL }) =>
  request.url.pathname === '/api/v1/auth/me' ? { status: 200, body: IDENTITY } : undefined;
const recorded = (version: number) => ({ status: 200, body: { dossierId: DOSSIER, version, events: [] } });
const field = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;

/** The editor as the dossier page feeds it: the assessment read from the API, read again after a write. */
function LiveEditor() {
  const { assessment } = useDossier(DOSSIER);
  return assessment.data ? <AssessmentEditor assessment={assessment.data} editable label="Xã Nà Phặc — 2026" /> : null;
}

const setOnline = (online: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
};

describe('the self-assessment without a network', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await discardDraft(IDENTITY.userId, DOSSIER);
    for (const entry of await outboxOf(assessmentQueue(IDENTITY.userId, DOSSIER))) await discardFromOutbox(entry.key);
  });

  it('keeps the draft as it is typed: opened again, the values are there, and the device lists it', async () => {
    answerRequests((request) => me(request) ?? { status: 404, body: { title: 'Không tìm thấy', status: 404 } });
    const first = renderSignedIn(<AssessmentEditor assessment={assessmentAt(3)} editable label="Xã Nà Phặc — 2026" />);
    await userEvent
      .setup()
      .type(await screen.findByRole('spinbutton', { name: '1.1. Tỷ lệ đường được cứng hoá' }), '92');
    await waitFor(async () => expect((await allDrafts(IDENTITY.userId))[0]?.values.values['1.1']).toBe(92));
    first.unmount();

    renderSignedIn(
      <>
        <DeviceDrafts />
        <AssessmentEditor assessment={assessmentAt(3)} editable label="Xã Nà Phặc — 2026" />
      </>,
    );
    expect(await screen.findByText(/Bản nháp trên máy này \(bắt đầu từ phiên bản 3/)).toBeTruthy();
    expect(field('1.1. Tỷ lệ đường được cứng hoá').value).toBe('92');
    expect(screen.getByRole('link', { name: 'Mở bản nháp: Xã Nà Phặc — 2026' }).getAttribute('href')).toBe(
      `/ho-so/${DOSSIER}`,
    );
  });

  it('is its writer’s own: another user of the device neither lists nor opens it', async () => {
    answerRequests((request) => me(request) ?? { status: 404, body: { title: 'Không tìm thấy', status: 404 } });
    const other = { writer: 'can-bo-xa-khac', dossierId: DOSSIER, label: 'Xã Nà Phặc — 2026', base: assessmentAt(3) };
    await saveDraft({
      ...other,
      values: { values: { '1.1': 75 }, evidence: {}, debt: { outstanding: false }, security: { complicated: false } },
    });
    renderSignedIn(
      <>
        <DeviceDrafts />
        <AssessmentEditor assessment={assessmentAt(3)} editable label="Xã Nà Phặc — 2026" />
      </>,
    );
    await screen.findByRole('spinbutton', { name: '1.1. Tỷ lệ đường được cứng hoá' });
    expect(field('1.1. Tỷ lệ đường được cứng hoá').value).toBe('');
    expect(screen.queryByText(/Bản nháp tự đánh giá trên máy này/)).toBeNull();
    await discardDraft(other.writer, DOSSIER);
  });

  it('keeps a command sent offline and sends it once the network is back, with the key and version it was written with', async () => {
    setOnline(false);
    const sent = answerRequests((request) => me(request) ?? recorded(4));
    renderSignedIn(<AssessmentEditor assessment={assessmentAt(3)} editable label="Xã Nà Phặc — 2026" />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('spinbutton', { name: '1.1. Tỷ lệ đường được cứng hoá' }), '95');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }));
    expect(await screen.findByText(/kết quả tự đánh giá được giữ trên máy/)).toBeTruthy();
    expect(screen.getByText(/1 lệnh ghi được giữ trên máy/)).toBeTruthy();
    expect(sent.filter((request) => request.method === 'POST')).toHaveLength(0);
    const [kept] = await outboxOf(assessmentQueue(IDENTITY.userId, DOSSIER));

    setOnline(true);
    expect(await screen.findByText('Đã ghi kết quả tự đánh giá.')).toBeTruthy();
    const posts = sent.filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].headers.get('Idempotency-Key')).toBe(kept.key);
    expect(posts[0].headers.get('If-Match')).toBe('W/"3"');
    await waitFor(async () => expect(await allDrafts(IDENTITY.userId)).toEqual([]));
    expect(await outboxOf(assessmentQueue(IDENTITY.userId, DOSSIER))).toEqual([]);
  });

  it('a draft the dossier moved on from is refused 412, merged per indicator and sent again against the new version', async () => {
    let server = assessmentAt(3, 80);
    const sent = answerRequests((request) => {
      if (request.url.pathname.endsWith('/assessment')) return { status: 200, body: server };
      if (request.method !== 'POST') return me(request) ?? { status: 404, body: { status: 404 } };
      if (request.headers.get('If-Match') === 'W/"5"') return recorded(6);
      // Meanwhile another officer recorded 1.1 = 85 and 1.2 = 70: the dossier is at version 5.
      server = assessmentAt(5, 85, 70);
      return {
        status: 412,
        body: { title: 'Hồ sơ đã thay đổi', status: 412, code: 'dossier.version-changed', currentVersion: 5 },
      };
    });
    renderSignedIn(<LiveEditor />);
    const user = userEvent.setup();
    await user.clear(await screen.findByRole('spinbutton', { name: '1.1. Tỷ lệ đường được cứng hoá' }));
    await user.type(field('1.1. Tỷ lệ đường được cứng hoá'), '93');
    await user.type(field('1.2. Tỷ lệ đường có chiếu sáng'), '60');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }));

    expect(await screen.findByText(/Bản nháp bắt đầu từ phiên bản 3, hồ sơ nay ở phiên bản 5/)).toBeTruthy();
    const roads = screen.getByRole('radiogroup', { name: '1.1. Tỷ lệ đường được cứng hoá' });
    expect(within(roads).getByLabelText('Giữ của tôi: 93')).toBeTruthy();
    expect(within(roads).getByLabelText('Lấy trên máy chủ: 85')).toBeTruthy();
    const lighting = screen.getByRole('radiogroup', { name: '1.2. Tỷ lệ đường có chiếu sáng' });
    await user.click(within(lighting).getByLabelText('Lấy trên máy chủ: 70'));
    // The draft is intact while the officer decides.
    expect(field('1.1. Tỷ lệ đường được cứng hoá').value).toBe('93');
    await user.click(screen.getByRole('button', { name: 'Gộp và gửi lại' }));

    expect(await screen.findByText('Đã ghi kết quả tự đánh giá.')).toBeTruthy();
    const [stale, merged] = sent.filter((request) => request.method === 'POST');
    expect(stale.headers.get('If-Match')).toBe('W/"3"');
    expect(merged.headers.get('If-Match')).toBe('W/"5"');
    expect(merged.body).toMatchObject({
      indicators: [
        { indicatorId: '1.1', value: 93 },
        { indicatorId: '1.2', value: 70 },
      ],
    });
    expect(field('1.2. Tỷ lệ đường có chiếu sáng').value).toBe('70');
  });
});
