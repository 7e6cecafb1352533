import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import type { components } from '../api/schema';
import { discardFromOutbox, outboxOf } from '../offline/outbox';
import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { assessmentQueue } from './assessmentCommand';
import { discardDraft } from './assessmentDraft';
import { AssessmentEditor } from './AssessmentEditor';

const ASSESSMENT: components['schemas']['AssessmentResponse'] = {
  dossierId: '7d1c3f5e-0000-4000-8000-000000000001',
  version: 3,
  round: 1,
  variant: { group: 2 },
  criteriaSetTitle: 'Bộ tiêu chí xã NTM 2026–2030',
  criteria: [
    {
      criterionId: '1',
      name: 'Quy hoạch',
      critical: false,
      department: 'SXD',
      verdict: 'missing',
      indicators: [
        {
          indicatorId: '1.1',
          name: 'Có quy hoạch chung xã',
          measure: { kind: 'boolean' },
          evidence: [],
          verdict: 'missing',
        },
        {
          indicatorId: '1.2',
          name: 'Tỷ lệ đường được cứng hoá',
          measure: { kind: 'number', unit: '%', comparison: 'gte', threshold: 90, unconfirmed: true },
          evidence: [],
          verdict: 'missing',
        },
      ],
    },
    {
      criterionId: '2',
      name: 'Văn hoá',
      critical: true,
      department: 'SVHTTDL',
      verdict: 'missing',
      indicators: [
        {
          indicatorId: '2.1',
          name: 'Mức đạt chuẩn văn hoá',
          measure: { kind: 'level', levels: ['thấp', 'khá', 'tốt'], minimum: 'khá' },
          evidence: [],
          verdict: 'missing',
        },
      ],
    },
  ],
  conditions: [],
  comments: [],
  supplementRequests: [],
  appraisals: [],
};

const answerMe = (request: { url: URL }) =>
  request.url.pathname === '/api/v1/auth/me' ? { status: 200, body: IDENTITY } : undefined;

describe('AssessmentEditor', () => {
  // Drafts and commands live in the device's IndexedDB: each test starts from a device without any.
  afterEach(async () => {
    await discardDraft(IDENTITY.userId, ASSESSMENT.dossierId);
    for (const entry of await outboxOf(assessmentQueue(IDENTITY.userId, ASSESSMENT.dossierId)))
      await discardFromOutbox(entry.key);
  });

  it('counts the criteria met as values are typed, with the threshold for the commune’s group beside each', async () => {
    answerRequests((request) => answerMe(request) ?? { status: 404, body: { title: 'Không tìm thấy', status: 404 } });
    renderSignedIn(<AssessmentEditor assessment={ASSESSMENT} editable />);
    expect(await screen.findByText('Đạt 0/2 tiêu chí')).toBeTruthy();
    expect(screen.getByText(/≥ 90 %/)).toBeTruthy();
    expect(screen.getByText('chưa xác nhận')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(screen.getByRole('radiogroup', { name: '1.1. Có quy hoạch chung xã' })).getByText('Đạt'));
    await user.type(screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }), '89,5');
    expect(await screen.findByText('Đạt 0/2 tiêu chí')).toBeTruthy();
    await user.clear(screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }));
    await user.type(screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }), '90');
    expect(await screen.findByText('Đạt 1/2 tiêu chí')).toBeTruthy();
  });

  it('in a round carried over from a refusal, lets only the questioned criteria be reassessed', async () => {
    answerRequests((request) => answerMe(request) ?? { status: 404, body: { title: 'Không tìm thấy', status: 404 } });
    renderSignedIn(<AssessmentEditor assessment={ASSESSMENT} editable questioned={['2']} />);
    expect(await screen.findByText(/chỉ đánh giá lại các tiêu chí bị trả \(2\)/)).toBeTruthy();
    expect(screen.getAllByText('Bị trả lại')).toHaveLength(1);
    expect(
      (screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }) as HTMLInputElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('combobox', { name: '2.1. Mức đạt chuẩn văn hoá' }) as HTMLInputElement).disabled).toBe(
      false,
    );
  });

  it('sends the values with an idempotency key and the version seen; a refusal is shown by field and keeps the values', async () => {
    const sent = answerRequests(
      (request) =>
        answerMe(request) ?? {
          status: 422,
          body: {
            type: 'urn:ntm:problem:validation',
            title: 'Dữ liệu không hợp lệ',
            status: 422,
            code: 'validation',
            errors: [{ field: 'indicators.1.value', reason: 'không được vượt quá 100' }],
          },
        },
    );
    renderSignedIn(<AssessmentEditor assessment={ASSESSMENT} editable />);
    const user = userEvent.setup();
    await user.click(
      within(await screen.findByRole('radiogroup', { name: '1.1. Có quy hoạch chung xã' })).getByText('Đạt'),
    );
    await user.type(screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }), '150');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả tự đánh giá' }));

    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getAllByText(/không được vượt quá 100/).length).toBeGreaterThan(0);
    const command = sent.find((request) => request.method === 'POST');
    expect(command?.url.pathname).toBe(`/api/v1/dossiers/${ASSESSMENT.dossierId}/self-assessment`);
    expect(command?.headers.get('If-Match')).toBe('W/"3"');
    expect(command?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(command?.body).toEqual({
      indicators: [
        { indicatorId: '1.1', value: true, evidence: [] },
        { indicatorId: '1.2', value: 150, evidence: [] },
      ],
      constructionDebt: { outstanding: false, evidence: [] },
    });
    await waitFor(() =>
      expect(
        (screen.getByRole('spinbutton', { name: '1.2. Tỷ lệ đường được cứng hoá' }) as HTMLInputElement).value,
      ).toBe('150'),
    );
  });
});
