import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { answerRequests, IDENTITY, renderSignedIn, stubObjectUrls } from '../test-support';
import { DocumentsPanel } from './DocumentsPanel';

const DOSSIER = '7d1c3f5e-0000-4000-8000-000000000001';
const SHA = 'ab'.repeat(32);
const SECOND = 'cd'.repeat(32);

const document = (document: string, title: string, available: boolean, hashes: string[] = []) => ({
  document,
  file: `${document}.pdf`,
  title,
  available,
  editions: hashes.map((sha256) => ({
    sha256,
    size: 41_000,
    dossierVersion: 40,
    generatedAt: '2026-05-01T03:00:00.000Z',
  })),
});

describe('DocumentsPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the documents the dossier has reached, shows each file’s SHA-256, and shows a new one after a download', async () => {
    let downloaded = false;
    const sent = answerRequests((request) => {
      if (request.url.pathname === '/api/v1/auth/me') return { status: 200, body: IDENTITY };
      if (request.url.pathname.endsWith('.pdf')) {
        downloaded = true;
        return { status: 200, body: '%PDF-1.7' };
      }
      return {
        status: 200,
        body: {
          dossierId: DOSSIER,
          documents: [
            document('recognition-decision', 'Quyết định công nhận', true, downloaded ? [SHA, SECOND] : [SHA]),
            document('revocation-decision', 'Quyết định thu hồi', false),
            document('appraisal-report', 'Báo cáo thẩm định', true),
          ],
        },
      };
    });
    const saved = stubObjectUrls();
    renderSignedIn(<DocumentsPanel dossierId={DOSSIER} />);

    expect(await screen.findByText(SHA)).toBeTruthy();
    expect(screen.getByText('41 KB, lập từ phiên bản 40 của hồ sơ, tải về lần đầu 10:00 01/05/2026')).toBeTruthy();
    expect(screen.getByText('Chưa lập được: hồ sơ chưa tới bước này')).toBeTruthy();
    expect(screen.getByText('Chưa tải về lần nào')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải PDF: Quyết định thu hồi' })).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải PDF: Quyết định công nhận' }));
    await waitFor(() => expect(saved).toHaveBeenCalledOnce());
    expect(sent.some((r) => r.url.pathname === `/api/v1/dossiers/${DOSSIER}/documents/recognition-decision.pdf`)).toBe(
      true,
    );
    expect(await screen.findByText(SECOND)).toBeTruthy();
  });
});
