import { cmd, criterionIds, filingCommands, history } from '@ntm/domain/testing/fixtures';
import type { DossierEvent } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';

import { buildTimeline } from './timeline';

/** The store's view of domain events: one stream, one event per millisecond. */
const recorded = (events: readonly DossierEvent[], streamId = 'dossier-d-1'): RecordedEvent[] =>
  events.map(({ type, data, metadata: { schemaVersion, ...metadata } }, index) => ({
    globalPosition: index + 1,
    transactionId: String(index + 1),
    streamId,
    streamVersion: index + 1,
    eventId: `e-${index + 1}`,
    type,
    schemaVersion,
    data,
    metadata,
    recordedAt: new Date(Date.UTC(2026, 3, 1, 2, 0, 0, index)),
    hash: 'h'.repeat(64),
  }));

const appraiseAll = (notMet: string) => criterionIds.map((id) => cmd.appraise(id, id === notMet ? 'not-met' : 'met'));

/** Refused on one criterion in round 1, resubmitted and appraised again in round 2. */
const twoRounds = history(
  ...filingCommands(),
  cmd.submit('province'),
  cmd.assign('province'),
  ...appraiseAll('c-poverty'),
  cmd.complete('province'),
  cmd.refuse('c-poverty'),
  cmd.resubmit(),
  // The round keeps its posting and survey: the questioned criterion is reassessed.
  cmd.selfAssess(),
  cmd.submit('province'),
  cmd.assign('province'),
  ...appraiseAll('none'),
);

describe('the timeline', () => {
  it('gives every entry the round the dossier was in, so two appraisals of one criterion are told apart', () => {
    const appraisals = buildTimeline(recorded(twoRounds), []).filter(
      (entry) => entry.type === 'CriterionAppraised' && entry.criteria.includes('c-poverty'),
    );
    expect(appraisals.map((entry) => [entry.round, entry.sentence.vi.endsWith('Không đạt')])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('names people from the directory and keeps the user id where it knows no name', () => {
    const directory = {
      personName: (id: string) => (id === 'commune-officer-1' ? 'Nguyễn Thị Hoa' : undefined),
      unitName: (code: string) => (code === 'xa-01' ? 'Xã Cẩm Giàng' : undefined),
    };
    const [registered, ...rest] = buildTimeline(recorded(twoRounds), [], directory);
    expect(registered).toMatchObject({ round: 1, actor: 'commune-officer-1', actorName: 'Nguyễn Thị Hoa' });
    expect(registered?.sentence.vi).toMatch(
      /^Nguyễn Thị Hoa \(cán bộ xã\) đăng ký hồ sơ xét công nhận Xã Cẩm Giàng \(xa-01\)/,
    );
    const survey = rest.find((entry) => entry.type === 'SurveyResultCertified');
    expect(survey).toMatchObject({ actor: 'mttq-1', actorName: 'mttq-1' });
  });

  it('dates a notice of the worker in the round of the dossier at its instant, with the department named', () => {
    const dossier = recorded(twoRounds);
    const notice = {
      ...dossier[0]!,
      streamId: 'dossier-notices-d-1',
      type: 'AppraisalOverdue',
      data: { criterionId: 'c-income', department: 'SXD', dueDate: '2026-04-15' },
      metadata: { actor: 'he-thong', role: 'system' },
      recordedAt: new Date(dossier.at(-1)!.recordedAt.getTime() + 1),
      globalPosition: dossier.length + 1,
    };
    const last = buildTimeline(dossier, [notice]).at(-1);
    expect(last).toMatchObject({ round: 2, actorName: null });
    expect(last?.sentence.vi).toBe(
      'Hệ thống ghi nhận Sở Xây dựng quá hạn thẩm định tiêu chí c-income (Thu nhập) (hạn 15/04/2026)',
    );
  });

  it('tells which scanner found an uploaded file clean, and says nothing of a scan where none was made', () => {
    const dossier = recorded(twoRounds);
    const upload = (globalPosition: number, data: Record<string, unknown>) => ({
      ...dossier[0]!,
      streamId: 'dossier-evidence-d-1',
      type: 'EvidenceFileUploaded',
      data: { dossierId: 'd-1', sha256: 'a'.repeat(64), size: 1_572_864, mediaType: 'application/pdf', ...data },
      metadata: { actor: 'commune-officer-1', role: 'commune-officer' },
      recordedAt: new Date(dossier.at(-1)!.recordedAt.getTime() + globalPosition),
      globalPosition,
    });
    const scan = { verdict: 'clean', scanner: 'ClamAV', version: '1.4.6', scannedAt: '2026-04-01T02:00:00.000Z' };
    const [scanned, withDatabase, unscanned] = buildTimeline(dossier, [
      upload(901, { name: 'bien-ban.pdf', scan }),
      upload(902, { name: 'to-trinh.pdf', scan: { ...scan, database: '27480 (Tue Dec  3 08:34:12 2024)' } }),
      upload(903, { name: 'anh.pdf' }),
    ]).slice(-3);
    expect(scanned?.sentence).toEqual({
      vi: 'commune-officer-1 (cán bộ xã) tải lên tệp minh chứng bien-ban.pdf (1,5 MB); đã quét bằng ClamAV 1.4.6: không phát hiện mã độc',
      en: 'commune-officer-1 (commune officer) uploaded the evidence file bien-ban.pdf (1.5 MB); scanned clean by ClamAV 1.4.6',
    });
    expect(withDatabase?.sentence.vi).toMatch(
      /to-trinh\.pdf \(1,5 MB\); đã quét bằng ClamAV 1\.4\.6 \(mẫu nhận diện 27480 \(Tue Dec {2}3 08:34:12 2024\)\): không phát hiện mã độc$/,
    );
    expect(unscanned?.sentence.vi).toMatch(/tải lên tệp minh chứng anh\.pdf \(1,5 MB\)$/);
  });

  it('tells who first downloaded a generated document, with the file’s sha256 and the version it was made from', () => {
    const dossier = recorded(twoRounds);
    const generation = {
      ...dossier[0]!,
      streamId: 'dossier-documents-d-1',
      type: 'DocumentGenerated',
      data: {
        dossierId: 'd-1',
        document: 'recognition-decision',
        sha256: 'b'.repeat(64),
        size: 41_000,
        dossierVersion: 12,
      },
      metadata: { actor: 'chu-tich-1', role: 'approver' },
      recordedAt: new Date(dossier.at(-1)!.recordedAt.getTime() + 1),
      globalPosition: 904,
    };
    expect(buildTimeline(dossier, [generation]).at(-1)?.sentence).toEqual({
      vi: `chu-tich-1 (người ký quyết định) tải về quyết định công nhận (tệp mới, lập từ phiên bản 12 của hồ sơ; 41 KB; SHA-256 ${'b'.repeat(64)})`,
      en: `chu-tich-1 (approver) downloaded the recognition decision (a new file, made from version 12 of the dossier; 41 KB; SHA-256 ${'b'.repeat(64)})`,
    });
  });
});
