import {
  DOCUMENT_GENERATED,
  foldGeneratedDocuments,
  type GeneratedDocumentData,
  recordGeneration,
} from './generated-documents';

const decision = (sha256: string, dossierVersion = 40): GeneratedDocumentData => ({
  dossierId: 'hs-1',
  document: 'recognition-decision',
  sha256,
  size: 41_000,
  dossierVersion,
});
const stored = (data: GeneratedDocumentData, now = '2026-05-01T03:00:00.000Z') => ({
  type: DOCUMENT_GENERATED,
  data,
  metadata: { now },
});

describe('the editions of a dossier’s generated documents', () => {
  it('records the first file of a document, with when it was handed out', () => {
    expect(recordGeneration(new Map(), decision('a'.repeat(64)))).toEqual([
      { type: DOCUMENT_GENERATED, data: decision('a'.repeat(64)) },
    ]);
    const documents = foldGeneratedDocuments([stored(decision('a'.repeat(64)))]);
    expect(documents.get('recognition-decision')).toEqual([
      { ...decision('a'.repeat(64)), generatedAt: '2026-05-01T03:00:00.000Z' },
    ]);
  });

  it('records nothing for the same bytes downloaded again, even from a later version of the dossier', () => {
    const documents = foldGeneratedDocuments([stored(decision('a'.repeat(64)))]);
    expect(recordGeneration(documents, decision('a'.repeat(64), 45))).toEqual([]);
  });

  it('keeps a file that differs as a second edition, and each document apart', () => {
    const documents = foldGeneratedDocuments([
      stored(decision('a'.repeat(64))),
      stored({ ...decision('a'.repeat(64)), document: 'appraisal-report' }),
      stored(decision('b'.repeat(64), 41), '2026-05-02T03:00:00.000Z'),
      stored(decision('a'.repeat(64), 42)),
    ]);
    expect(documents.get('recognition-decision')?.map((edition) => edition.sha256)).toEqual([
      'a'.repeat(64),
      'b'.repeat(64),
    ]);
    expect(documents.get('appraisal-report')).toHaveLength(1);
    expect(recordGeneration(documents, decision('c'.repeat(64)))).toHaveLength(1);
  });

  it('ignores the other events of a stream', () => {
    expect(foldGeneratedDocuments([{ type: 'EvidenceFileUploaded', data: {} }]).size).toBe(0);
  });
});
