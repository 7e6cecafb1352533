import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AuditTimeline } from './AuditTimeline';
import type { TimelineEntry } from './timeline';

const appraisal = (version: number, round: number, verdict: string): TimelineEntry & { round: number } => ({
  streamId: 'dossier-hs-1',
  version,
  globalPosition: 100 + version,
  eventId: `e-${version}`,
  type: 'CriterionAppraised',
  recordedAt: '2026-04-01T02:05:00.000Z',
  commandTime: null,
  actor: 'tham-dinh-sxd',
  actorName: 'Lê Văn Định',
  role: 'department-appraiser',
  unit: '19',
  onBehalfOf: null,
  workflowId: null,
  sentence: { vi: `Sở Xây dựng đánh giá tiêu chí 17 — ${verdict}`, en: 'appraised' },
  evidence: [{ name: 'bien-ban.pdf', sha256: 'b'.repeat(64) }],
  criteria: ['17'],
  hash: 'c'.repeat(64),
  round,
});

describe('AuditTimeline', () => {
  it("reads each event as a sentence with the person, the role in Vietnamese, the round, Vietnam's time and the evidence's hash", () => {
    render(
      <AuditTimeline
        entries={[appraisal(20, 1, 'Không đạt'), appraisal(45, 2, 'Đạt')]}
        verify={[{ ok: true, checked: 45 }]}
        criterionName={(id) => id}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem').filter((item) => item.className.includes('audit-entry'));
    expect(first!.textContent).toContain('Vòng 1');
    expect(first!.textContent).toContain('09:05 01/04/2026');
    expect(first!.textContent).toContain('Lê Văn Định — Cán bộ thẩm định (sở, ngành) — đơn vị 19');
    expect(first!.textContent).toContain('bien-ban.pdf bbbbbbbbbbbb…');
    expect(second!.textContent).toContain('Vòng 2');
    expect(screen.getByText('2/2 sự kiện')).toBeTruthy();
  });

  it('marks in red the one entry where the verification found the chain broken', () => {
    const { container } = render(
      <AuditTimeline
        entries={[appraisal(20, 1, 'Không đạt'), appraisal(45, 2, 'Đạt')]}
        verify={[{ ok: false, streamId: 'dossier-hs-1', version: 20, position: 120, reason: 'hash-mismatch' }]}
        criterionName={(id) => id}
      />,
    );
    const broken = container.querySelectorAll('li.audit-entry-broken');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.textContent).toContain('Chuỗi băm đứt tại sự kiện này');
    expect(broken[0]!.textContent).toContain('Vòng 1');
  });
});
