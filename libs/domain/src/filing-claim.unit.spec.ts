import { decideFilingClaim, type FilingClaimed, foldFilingClaim } from './filing-claim';

const NOW = '2026-12-04T05:00:00.000Z';
const filing = { unitCode: '02008', level: 'ntm', year: 2026, dossierId: 'd-2', claimedAt: NOW } as const;
const claimed = (dossierId: string, claimedAt = NOW): FilingClaimed => ({
  type: 'FilingClaimed',
  data: { ...filing, dossierId, claimedAt },
});
const minutesBefore = (minutes: number) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString();

describe('one dossier per unit, level and year', () => {
  it('the claim is held by the last dossier that claimed it; unknown event types are skipped', () => {
    expect(foldFilingClaim([])).toEqual({});
    expect(foldFilingClaim([claimed('d-1'), { type: 'Later', data: {} }, claimed('d-3')])).toEqual({
      holder: 'd-3',
      claimedAt: NOW,
    });
  });

  it('a free claim is taken; a retried registration finds itself the holder and writes nothing', () => {
    expect(decideFilingClaim({}, filing, undefined)).toEqual({ ok: true, value: [claimed('d-2')] });
    expect(decideFilingClaim({ holder: 'd-2' }, filing, 'registered')).toEqual({ ok: true, value: [] });
  });

  it.each(['registered', 'in-review', 'refused', 'recognised', 'revocation-proposed'] as const)(
    'a holder %s refuses a second dossier with 409 naming it',
    (status) => {
      expect(decideFilingClaim({ holder: 'd-1', claimedAt: minutesBefore(60) }, filing, status)).toMatchObject({
        ok: false,
        error: {
          kind: 'conflict',
          code: 'registration.duplicate',
          details: { field: 'unitCode', existingDossierId: 'd-1', existingStatus: status },
        },
      });
    },
  );

  it('a holder without a dossier may be a registration still starting: it holds 5 minutes, then is released', () => {
    expect(decideFilingClaim({ holder: 'd-1', claimedAt: minutesBefore(1) }, filing, undefined)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'registration.in-progress', details: { existingDossierId: 'd-1' } },
    });
    expect(decideFilingClaim({ holder: 'd-1', claimedAt: minutesBefore(6) }, filing, undefined)).toMatchObject({
      ok: true,
    });
  });

  it.each([['withdrawn'], ['revoked'], [undefined]] as const)('a holder %s releases the claim, recorded', (status) => {
    expect(decideFilingClaim({ holder: 'd-1', claimedAt: minutesBefore(60) }, filing, status)).toEqual({
      ok: true,
      value: [{ type: 'FilingClaimed', data: { ...filing, releasedDossierId: 'd-1' } }],
    });
  });
});
