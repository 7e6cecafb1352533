import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { discardFromOutbox, outboxOf, saveToOutbox } from '../offline/outbox';
import { ResponseForm } from './ResponseForm';
import { surveyQueue } from './surveyCommand';
import type { CampaignView } from './types';

const TARGET = { dossierId: '7d1c3f5e-0000-4000-8000-000000000002', campaignId: 'dot-1' };
// Only what the form reads: the villages, the method and the questionnaire.
const CAMPAIGN = {
  villages: [{ code: 'T1', name: 'Thôn Nà Pài', households: 30 }],
  method: 'direct',
  questionnaire: {
    questions: [
      { id: 'q1', text: 'Hài lòng với đường giao thông?' },
      { id: 'q2', text: 'Hài lòng với môi trường?' },
    ],
    reasons: [{ code: 'duong-xuong-cap', label: 'Đường xuống cấp' }],
  },
} as unknown as CampaignView['campaign'];
const DUPLICATE = {
  status: 409,
  body: {
    type: 'about:blank',
    title: 'Hộ đã trả lời phiếu',
    status: 409,
    code: 'survey.duplicate-household',
    detail: 'Hộ T1-1 đã trả lời phiếu; muốn sửa phải ghi nhận chỉnh sửa kèm lý do.',
  },
};

async function typeForm(user: ReturnType<typeof userEvent.setup>, household = 'T1-1') {
  await user.type(await screen.findByLabelText('Mã hộ'), household);
  for (const question of screen.getAllByRole('group'))
    await user.click(within(question).getByRole('radio', { name: 'Hài lòng' }));
}

describe('ResponseForm', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers a second form of a household as a correction, sent with its reason to the correction', async () => {
    const sent = answerRequests((request) =>
      request.url.pathname === '/api/v1/auth/me'
        ? { status: 200, body: IDENTITY }
        : request.url.pathname.endsWith('/responses')
          ? DUPLICATE
          : { status: 200, body: { campaignId: TARGET.campaignId, version: 3, events: ['SurveyResponseCorrected'] } },
    );
    renderSignedIn(<ResponseForm target={TARGET} campaign={CAMPAIGN} />);
    const user = userEvent.setup();
    await typeForm(user);
    await user.click(screen.getByRole('button', { name: 'Ghi phiếu' }));
    await user.click(await screen.findByRole('button', { name: 'Sửa phiếu đã ghi của hộ này' }));
    await user.type(screen.getByLabelText('Lý do sửa phiếu'), 'Hộ xác nhận lại câu 2');
    await user.click(screen.getByRole('button', { name: 'Ghi chỉnh sửa' }));

    expect(await screen.findByText('Đã sửa phiếu hộ T1-1.')).toBeTruthy();
    const correction = sent.find((request) => request.url.pathname.endsWith('/responses/T1-1/correction'));
    expect(correction?.body).toEqual({
      village: 'T1',
      channel: 'direct',
      answers: [
        { questionId: 'q1', satisfied: true },
        { questionId: 'q2', satisfied: true },
      ],
      reason: 'Hộ xác nhận lại câu 2',
    });
  });

  it('sends no correction without its reason', async () => {
    const sent = answerRequests(() => ({ status: 200, body: IDENTITY }));
    renderSignedIn(<ResponseForm target={TARGET} campaign={CAMPAIGN} />);
    const user = userEvent.setup();
    await user.click(await screen.findByText('Sửa phiếu đã ghi'));
    await typeForm(user);
    await user.click(screen.getByRole('button', { name: 'Ghi chỉnh sửa' }));

    expect(await screen.findByText('Ghi lý do sửa phiếu (ít nhất 3 ký tự)')).toBeTruthy();
    await waitFor(() => expect(sent.filter((request) => request.method === 'POST')).toEqual([]));
  });

  it('keeps forms written offline on this device, sends each once with its key when the network is back, and brings a refused one back to the form', async () => {
    let online = false;
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
    const target = { ...TARGET, campaignId: 'dot-ngoai-tuyen' };
    const sent = answerRequests((request) => {
      if (request.url.pathname === '/api/v1/auth/me') return { status: 200, body: IDENTITY };
      const { householdCode } = request.body as { householdCode: string };
      return householdCode === 'T1-2'
        ? { status: 409, body: { ...DUPLICATE.body, detail: 'Hộ T1-2 đã trả lời phiếu.' } }
        : { status: 200, body: { campaignId: target.campaignId, version: 4, events: ['SurveyResponseRecorded'] } };
    });
    renderSignedIn(<ResponseForm target={target} campaign={CAMPAIGN} />);
    const user = userEvent.setup();
    for (const household of ['T1-1', 'T1-2']) {
      await typeForm(user, household);
      // antd's loading icon leaves with an animation jsdom never ends: the name keeps a "loading" prefix.
      await user.click(screen.getByRole('button', { name: /Ghi phiếu$/ }));
      await screen.findByText(`Chưa có mạng: phiếu hộ ${household} được giữ trên máy và sẽ tự gửi khi có mạng.`);
    }
    expect(await screen.findByText('Phiếu chờ gửi trên máy này (2)')).toBeTruthy();
    const posts = () => sent.filter((request) => request.method === 'POST');
    expect(posts()).toEqual([]);

    online = true;
    window.dispatchEvent(new Event('online'));
    await screen.findByText('Bị từ chối');
    expect(posts().map((request) => (request.body as { householdCode: string }).householdCode)).toEqual([
      'T1-1',
      'T1-2',
    ]);
    const keys = posts().map((request) => request.headers.get('Idempotency-Key'));
    expect(new Set(keys).size).toBe(2);
    expect(screen.getByText('Phiếu chờ gửi trên máy này (1)')).toBeTruthy();
    expect(screen.getByText('Hộ T1-2 đã trả lời phiếu.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mở lại để sửa: Hộ T1-2' }));
    await waitFor(() => expect(screen.queryByText(/Phiếu chờ gửi trên máy này/)).toBeNull());
    expect((screen.getByLabelText('Mã hộ') as HTMLInputElement).value).toBe('T1-2');
    expect(posts()).toHaveLength(2);
  });

  it('is its officer’s own: a form another officer kept on the device is neither listed nor sent with this token', async () => {
    const target = { ...TARGET, campaignId: 'dot-may-dung-chung' };
    const other = surveyQueue('can-bo-mttq-khac', target);
    await saveToOutbox({
      key: 'b2f3c1de-0000-4000-8000-00000000000a',
      queue: other,
      payload: {
        target,
        command: { response: { householdCode: 'T1-9', village: 'T1', channel: 'direct', answers: [] } },
      },
      label: 'Hộ T1-9',
    });
    const sent = answerRequests((request) =>
      request.url.pathname === '/api/v1/auth/me'
        ? { status: 200, body: IDENTITY }
        : { status: 200, body: { campaignId: target.campaignId, version: 4, events: ['SurveyResponseRecorded'] } },
    );
    renderSignedIn(<ResponseForm target={target} campaign={CAMPAIGN} />);
    await screen.findByLabelText('Mã hộ');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(sent.some((request) => request.url.pathname === '/api/v1/auth/me')).toBe(true));
    expect(screen.queryByText(/Phiếu chờ gửi trên máy này/)).toBeNull();
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    expect(await outboxOf(other)).toHaveLength(1);
    await discardFromOutbox('b2f3c1de-0000-4000-8000-00000000000a');
  });
});
