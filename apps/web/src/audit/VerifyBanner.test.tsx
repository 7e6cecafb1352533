import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { VerifyBanner } from './VerifyBanner';

describe('VerifyBanner', () => {
  it('says the chain is intact, how many events were checked and the signed checkpoint in Vietnam time', () => {
    render(
      <VerifyBanner
        streamId="dossier-notices-hs-1"
        result={{ ok: true, checked: 42, anchoredAt: '2026-04-01T17:30:00.000Z' }}
        error={null}
      />,
    );
    expect(
      screen.getByText('Chuỗi băm toàn vẹn: 42 sự kiện đã kiểm tra, đối chiếu điểm neo đã ký lúc 00:30 02/04/2026.'),
    ).toBeTruthy();
    expect(screen.getByText('Luồng thông báo nhắc hạn (dossier-notices-hs-1)')).toBeTruthy();
  });

  it('says a broken link in Vietnamese with the version it concerns, as an alert', () => {
    render(
      <VerifyBanner
        streamId="dossier-hs-1"
        result={{ ok: false, streamId: 'dossier-hs-1', version: 7, position: 120, reason: 'hash-mismatch' }}
        error={null}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Chuỗi băm bị đứt');
    expect(alert.textContent).toContain(
      'Nội dung sự kiện không còn khớp mã băm đã ghi — sự kiện phiên bản 7 của luồng dossier-hs-1',
    );
  });
});
