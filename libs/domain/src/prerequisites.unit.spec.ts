import { catalogueVersions } from '@ntm/catalogue';

import {
  decideEarlierRecognition,
  type EarlierRecognition,
  type EarlierRecognitionCommand,
  foldEarlierRecognitions,
  type RecordedRecognition,
} from './earlier-recognitions';
import {
  checkPrerequisites,
  prerequisiteLevels,
  type StandingRecognition,
  standingInSystem,
  standingOnPaper,
} from './prerequisites';

const setOf = (id: string) =>
  catalogueVersions()
    .flatMap((v) => v.criteriaSets)
    .find((s) => s.id === id)!;
const held = (level: StandingRecognition['level'], source: StandingRecognition['source'] = 'paper') => ({
  level,
  year: 2023,
  decisionNumber: '123/QĐ-UBND',
  source,
});

describe('prerequisites of a level (QĐ 318, 319/QĐ-TTg 2022; QĐ 51/2025/QĐ-TTg)', () => {
  it('the catalogue declares them: nâng cao needs NTM, kiểu mẫu needs nâng cao, hiện đại needs NTM, NTM nothing', () => {
    const versions = catalogueVersions();
    expect(prerequisiteLevels(setOf('xa-ntm-nang-cao-2021-2025'), versions)).toEqual(['ntm']);
    expect(prerequisiteLevels(setOf('xa-ntm-kieu-mau-2021-2025'), versions)).toEqual(['advanced']);
    expect(prerequisiteLevels(setOf('xa-ntm-hien-dai-2026-2030'), versions)).toEqual(['ntm']);
    expect(prerequisiteLevels(setOf('xa-ntm-2026-2030'), versions)).toEqual([]);
  });

  it('a nâng cao registration without a standing NTM recognition is refused (422), naming the missing level', () => {
    const refused = checkPrerequisites('advanced', ['ntm'], []);
    expect(refused).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'registration.prerequisite-missing', details: { requiredLevel: 'ntm' } },
    });
    expect(!refused.ok && refused.error.messageVi).toContain('chưa có quyết định công nhận đạt chuẩn nông thôn mới');
  });

  it('a recognition on paper or in the system counts; a higher level stands for a lower one, not the reverse', () => {
    expect(checkPrerequisites('advanced', ['ntm'], [held('ntm')]).ok).toBe(true);
    expect(checkPrerequisites('advanced', ['ntm'], [held('ntm', 'dossier')]).ok).toBe(true);
    expect(checkPrerequisites('model', ['advanced'], [held('ntm')])).toMatchObject({
      ok: false,
      error: { details: { requiredLevel: 'advanced' } },
    });
    expect(checkPrerequisites('model', ['advanced'], [held('model')]).ok).toBe(true);
    expect(checkPrerequisites('modern', ['ntm'], [held('advanced')]).ok).toBe(true);
  });
});

describe('a recognition decided in the system', () => {
  it('stands while recognised or while a revocation is only proposed; a revoked or withdrawn dossier counts nothing', () => {
    const dossier = (status: 'recognised' | 'revocation-proposed' | 'revoked' | 'withdrawn' | 'in-review') => ({
      status,
      level: 'ntm' as const,
      year: 2024,
      decisionNumber: status === 'withdrawn' || status === 'in-review' ? null : `${status}/QĐ-UBND`,
    });
    const standing = standingInSystem(
      (['recognised', 'revocation-proposed', 'revoked', 'withdrawn', 'in-review'] as const).map(dossier),
    );
    expect(standing.map((r) => r.decisionNumber)).toEqual(['recognised/QĐ-UBND', 'revocation-proposed/QĐ-UBND']);
    expect(checkPrerequisites('advanced', ['ntm'], standingInSystem([dossier('revoked')])).ok).toBe(false);
  });
});

describe('an earlier (paper) recognition recorded by the province coordinator', () => {
  const recognition: EarlierRecognition = {
    unitCode: '02008',
    level: 'ntm',
    year: 2019,
    decisionNumber: '2468/QĐ-UBND',
    decisionDate: '2019-12-27',
  };
  const decide = (
    type: EarlierRecognitionCommand['type'],
    data: Partial<EarlierRecognition>,
    recorded: readonly RecordedRecognition[],
  ) => decideEarlierRecognition({ type, data: { ...recognition, ...data } }, recorded, '2026-12-04');
  const record = (data: Partial<EarlierRecognition> = {}, recorded: readonly RecordedRecognition[] = []) =>
    decide('RecordEarlierRecognition', data, recorded);

  it('is recorded once per level and year, and folds into the unit’s list', () => {
    const decision = record();
    expect(decision).toEqual({ ok: true, value: [{ type: 'EarlierRecognitionRecorded', data: recognition }] });
    const recorded = foldEarlierRecognitions(decision.ok ? decision.value : []);
    expect(recorded).toEqual([recognition]);
    expect(record({ decisionNumber: '1/QĐ-UBND' }, recorded)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'earlier-recognition.already-recorded' },
    });
    expect(record({ level: 'advanced', year: 2023, decisionDate: '2024-01-05' }, recorded).ok).toBe(true);
  });

  it('refuses a year before the programme or in the future, a decision before its year or after today, no number', () => {
    const field = (data: Partial<EarlierRecognition>) => {
      const decision = record(data);
      return decision.ok ? undefined : decision.error.details?.field;
    };
    expect(field({ year: 2009 })).toBe('year');
    expect(field({ year: 2027 })).toBe('year');
    expect(field({ decisionDate: '2018-12-01' })).toBe('decisionDate');
    expect(field({ decisionDate: '2026-12-05' })).toBe('decisionDate');
    expect(field({ decisionDate: '2019-02-30' })).toBe('decisionDate');
    expect(field({ decisionNumber: ' ' })).toBe('decisionNumber');
  });

  it('revoked on paper, it is kept in the record but no longer stands; a revocation needs the recognition, once', () => {
    const recorded = foldEarlierRecognitions([{ type: 'EarlierRecognitionRecorded', data: recognition }]);
    const revocation = { decisionNumber: '99/QĐ-UBND', decisionDate: '2024-05-20' };
    const revoked = decide('RevokeEarlierRecognition', revocation, recorded);
    expect(revoked).toMatchObject({ ok: true, value: [{ type: 'EarlierRecognitionRevoked' }] });
    const after = foldEarlierRecognitions(revoked.ok ? revoked.value : [], recorded);
    expect(after).toEqual([{ ...recognition, revokedBy: revocation }]);
    expect(standingOnPaper(recorded)).toHaveLength(1);
    expect(standingOnPaper(after)).toEqual([]);
    expect(checkPrerequisites('advanced', ['ntm'], standingOnPaper(after)).ok).toBe(false);

    expect(decide('RevokeEarlierRecognition', revocation, after)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'earlier-recognition.already-revoked' },
    });
    expect(decide('RevokeEarlierRecognition', { ...revocation, year: 2020 }, recorded)).toMatchObject({
      ok: false,
      error: { kind: 'not-found', code: 'earlier-recognition.not-found' },
    });
    const before = decide('RevokeEarlierRecognition', { ...revocation, decisionDate: '2019-12-01' }, recorded);
    expect(before).toMatchObject({ ok: false, error: { details: { field: 'decisionDate' } } });
  });
});
