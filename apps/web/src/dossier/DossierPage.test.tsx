import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn } from '../test-support';
import DossierPage from './DossierPage';

const DOSSIER = '7d1c3f5e-0000-4000-8000-00000000000c';
const LAGGING = {
  status: 202,
  body: { type: 'about:blank', title: 'Đang cập nhật', status: 202, code: 'projection.lagging' },
};

describe('DossierPage', () => {
  it('says the dossier just written is on its way while its read model catches up, reading it again, with no error', async () => {
    const sent = answerRequests((request) =>
      request.url.pathname === '/api/v1/auth/me' ? { status: 200, body: IDENTITY } : LAGGING,
    );
    renderSignedIn(
      <Routes>
        <Route path="/ho-so/:dossierId" element={<DossierPage />} />
      </Routes>,
      { retried: true, at: `/ho-so/${DOSSIER}` },
    );
    expect(await screen.findByText('Đang cập nhật hồ sơ vừa ghi; trang tự hiện khi xong.')).toBeTruthy();
    const reads = () => sent.filter((request) => request.url.pathname === `/api/v1/dossiers/${DOSSIER}`).length;
    // A ceiling, not a pace: the second read comes a second after the first.
    await waitFor(() => expect(reads()).toBeGreaterThan(1), { timeout: 30_000 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
