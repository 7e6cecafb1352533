import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import type { DossierDetail } from '../dossier/types';
import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import { RevocationActions } from './RevocationActions';

type Revocation = NonNullable<DossierDetail['revocation']>;

const REVOCATION: Revocation = {
  phase: 'proposed',
  unmetCriterionIds: ['3', '8'],
  reviewRound: 1,
  grounds: { share: 0.2, band: 'none', criticalUnmet: ['3'], sufficient: true, basis: null, communes: null },
  explanationDueDate: '2026-12-18',
  steps: { verified: false, consultation: 'recorded', explanation: 'given', council: 'pending' },
  decision: null,
  announcedOn: null,
};
// Only what the verification reads: the dossier's id and the version its command is sent against.
const DOSSIER = { dossierId: '7d1c3f5e-0000-4000-8000-000000000001', version: 31 } as DossierDetail;
const NAMES = new Map([
  ['3', '3. Phát triển kinh tế nông thôn'],
  ['8', '8. Môi trường và cảnh quan nông thôn'],
]);

describe('RevocationActions', () => {
  it('verifies each criterion of the proposal and sends one finding per criterion against the version shown', async () => {
    const sent = answerRequests((request) =>
      request.url.pathname === '/api/v1/auth/me'
        ? { status: 200, body: IDENTITY }
        : {
            status: 200,
            body: { dossierId: DOSSIER.dossierId, version: 32, status: 'revocation-proposed', events: [] },
          },
    );
    const done = vi.fn();
    renderSignedIn(<RevocationActions dossier={DOSSIER} revocation={REVOCATION} names={NAMES} onDone={done} />);
    const user = userEvent.setup();
    const [income, environment] = await screen.findAllByRole('group');
    await user.click(within(income).getByRole('radio', { name: 'Không còn đạt' }));
    await user.type(within(income).getByRole('textbox'), 'Thu nhập bình quân dưới ngưỡng');
    await user.click(within(environment).getByRole('radio', { name: 'Đạt' }));
    await user.type(within(environment).getByRole('textbox'), 'Đã khắc phục điểm thu gom rác');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả xác minh' }));

    await waitFor(() => expect(done).toHaveBeenCalledWith('Đã ghi kết quả kiểm tra, xác minh.'));
    const verification = sent.find((request) => request.url.pathname.endsWith('/revocation-verification'));
    expect(verification?.headers.get('If-Match')).toBe('W/"31"');
    expect(verification?.body).toEqual({
      findings: [
        { criterionId: '3', met: false, findings: 'Thu nhập bình quân dưới ngưỡng', evidence: [] },
        { criterionId: '8', met: true, findings: 'Đã khắc phục điểm thu gom rác', evidence: [] },
      ],
    });
  });

  it('sends nothing while a criterion has no finding, and says what the proposal awaits once verified', async () => {
    const sent = answerRequests(() => ({ status: 200, body: IDENTITY }));
    const verified = { ...REVOCATION, steps: { ...REVOCATION.steps!, verified: true } };
    const { unmount } = renderSignedIn(
      <RevocationActions dossier={DOSSIER} revocation={REVOCATION} names={NAMES} onDone={vi.fn()} />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Ghi kết quả xác minh' }));
    expect((await screen.findAllByText('Bắt buộc')).length).toBeGreaterThan(0);
    expect(sent.filter((request) => request.method === 'POST')).toEqual([]);
    unmount();

    renderSignedIn(<RevocationActions dossier={DOSSIER} revocation={verified} names={NAMES} onDone={vi.fn()} />);
    expect(await screen.findByText('Đề nghị đã được xác minh: chờ hội đồng họp và bỏ phiếu.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ghi kết quả xác minh' })).toBeNull();
  });
});
