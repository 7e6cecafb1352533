import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { ResponseForm } from './ResponseForm';
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

async function typeForm(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('Mã hộ'), 'T1-1');
  for (const question of screen.getAllByRole('group'))
    await user.click(within(question).getByRole('radio', { name: 'Hài lòng' }));
}

describe('ResponseForm', () => {
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
});
