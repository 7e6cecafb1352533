import { describe, expect, it } from 'vitest';

import {
  dossierOfStream,
  isBrokenAt,
  streamKind,
  streamsOf,
  matchesFilter,
  roundMarks,
  shortHash,
  type TimelineEntry,
  withRounds,
} from './timeline';

const entry = (version: number, type: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  streamId: 'dossier-hs-1',
  version,
  globalPosition: version,
  eventId: `e-${version}`,
  type,
  recordedAt: '2026-04-01T02:00:00.000Z',
  commandTime: null,
  actor: 'can-bo-cam-giang',
  role: 'commune-officer',
  unit: '02008',
  onBehalfOf: null,
  workflowId: null,
  sentence: { vi: type, en: type },
  evidence: [],
  criteria: [],
  hash: 'a'.repeat(64),
  round: null,
  actorName: null,
  ...extra,
});

describe('the auditor timeline', () => {
  it("takes each entry's round from the API", () => {
    const rounds = withRounds([
      entry(1, 'DossierRegistered', { round: 1 }),
      entry(2, 'DossierResubmitted', { round: 2 }),
      entry(3, 'AppraisalOverdue', { streamId: 'dossier-notices-hs-1', round: 2 }),
    ]).map((e) => e.round);
    expect(rounds).toEqual([1, 2, 2]);
  });

  it('marks the slider at the first version and where each round begins', () => {
    expect(
      roundMarks([
        { version: 1, round: 1 },
        { version: 2, round: 1 },
        { version: 3, round: 2 },
      ]),
    ).toEqual({ 1: 1, 3: 2 });
  });

  it('filters by the day in Vietnam: 23:30 UTC on 31 March is already 1 April there', () => {
    const late = entry(1, 'CriterionAppraised', { recordedAt: '2026-03-31T23:30:00.000Z', criteria: ['17'] });
    expect(matchesFilter(late, { period: ['2026-04-01', '2026-04-01'] })).toBe(true);
    expect(matchesFilter(late, { period: ['2026-03-31', '2026-03-31'] })).toBe(false);
    expect(matchesFilter(late, { criterion: '17', actor: 'can-bo-cam-giang' })).toBe(true);
    expect(matchesFilter(late, { criterion: '18' })).toBe(false);
    expect(matchesFilter(late, { actor: 'so-xay-dung' })).toBe(false);
  });

  it('puts a broken link on the entry of its stream and version only, whichever stream it is in', () => {
    const broken = { ok: false, streamId: 'dossier-hs-1', version: 2, position: 9, reason: 'hash-mismatch' };
    const intact = { ok: true, checked: 3 };
    expect(isBrokenAt([intact, broken], entry(2, 'X'))).toBe(true);
    expect(isBrokenAt([broken], entry(3, 'X'))).toBe(false);
    expect(isBrokenAt([broken, undefined], { ...entry(2, 'X'), streamId: 'dossier-notices-hs-1' })).toBe(false);
    expect(isBrokenAt([intact], entry(2, 'X'))).toBe(false);
  });

  it("verifies each of the dossier's streams the timeline shows, its own first, each named", () => {
    const notice = { ...entry(1, 'AppraisalOverdue'), streamId: 'dossier-notices-hs-1' };
    expect(streamsOf('hs-1', [notice, entry(1, 'DossierRegistered'), notice])).toEqual([
      'dossier-hs-1',
      'dossier-notices-hs-1',
    ]);
    expect(
      ['dossier-hs-1', 'dossier-notices-hs-1', 'dossier-evidence-hs-1', 'dossier-documents-hs-1'].map(streamKind),
    ).toEqual(['dossier', 'notices', 'evidence', 'documents']);
  });

  it("finds a stream's dossier, its notices, evidence files and audit reads included", () => {
    expect(dossierOfStream('dossier-hs-1')).toBe('hs-1');
    expect(dossierOfStream('dossier-notices-hs-1')).toBe('hs-1');
    expect(dossierOfStream('dossier-evidence-hs-1')).toBe('hs-1');
    expect(dossierOfStream('dossier-documents-hs-1')).toBe('hs-1');
    expect(dossierOfStream('audit-reads-hs-1')).toBe('hs-1');
    expect(dossierOfStream('user-can-bo')).toBeUndefined();
  });

  it('shortens a hash to twelve characters', () => {
    expect(shortHash('0123456789abcdef')).toBe('0123456789ab…');
  });
});
