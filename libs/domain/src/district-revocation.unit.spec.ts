import { communeRevocations, type CommuneRecord } from './district-revocation';

const onPaper = (revoked = false): CommuneRecord['paper'][number] => ({
  unitCode: 'x',
  level: 'ntm',
  year: 2020,
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2020-12-20',
  ...(revoked ? { revokedBy: { decisionNumber: '3/QĐ-UBND', decisionDate: '2024-03-01' } } : {}),
});
const dossier = (status: CommuneRecord['dossiers'][number]['status'], level: 'ntm' | 'advanced' = 'ntm') => ({
  status,
  level,
  year: 2023,
  decisionNumber: status === 'in-review' ? null : '45/QĐ-UBND',
});

describe('a district’s communes recognised and revoked (QĐ 18/2022/QĐ-TTg, Điều 23)', () => {
  it('counts communes ever recognised NTM, here or on paper, and of them those whose recognition no longer stands', () => {
    const communes: CommuneRecord[] = [
      { paper: [onPaper()], dossiers: [] },
      { paper: [onPaper(true)], dossiers: [] },
      { paper: [], dossiers: [dossier('revoked')] },
      // A proposal under way takes nothing away; a commune recognised again stands.
      { paper: [], dossiers: [dossier('revocation-proposed')] },
      { paper: [onPaper(true)], dossiers: [dossier('recognised')] },
      // Never recognised NTM: not counted at all.
      { paper: [], dossiers: [dossier('in-review')] },
      { paper: [], dossiers: [dossier('revoked', 'advanced')] },
    ];
    expect(communeRevocations(communes)).toEqual({ recognised: 5, revoked: 2 });
    expect(communeRevocations([])).toEqual({ recognised: 0, revoked: 0 });
  });
});
