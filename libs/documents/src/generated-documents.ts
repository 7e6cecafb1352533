/**
 * The procedure's documents as they were handed out (issue #21): each distinct file a dossier's
 * document was generated as, by its sha256, on its own stream `dossier-documents-<dossierId>`.
 * Generation is deterministic, so the same events, names and address give the same bytes and the
 * record holds one entry; a file that differs (a renamed person, another verification address) is
 * another edition, recorded beside the first. Whoever holds a printed copy checks it against these.
 */
export const DOCUMENT_GENERATED = 'DocumentGenerated';

/** The documents the procedure produces, as their files and the audit timeline name them. */
export const PROCEDURE_DOCUMENTS = {
  'recognition-decision': { vi: 'Quyết định công nhận', en: 'recognition decision' },
  'revocation-decision': { vi: 'Quyết định thu hồi', en: 'revocation decision' },
  'appraisal-report': { vi: 'Báo cáo thẩm định', en: 'appraisal report' },
  'council-minutes': { vi: 'Biên bản họp hội đồng', en: 'council minutes' },
} as const;
export type ProcedureDocument = keyof typeof PROCEDURE_DOCUMENTS;

export interface GeneratedDocumentData {
  readonly dossierId: string;
  readonly document: ProcedureDocument;
  readonly sha256: string;
  readonly size: number;
  /** The dossier's stream version the file was made from: the events it shows end there. */
  readonly dossierVersion: number;
}

export interface DocumentGenerated {
  readonly type: typeof DOCUMENT_GENERATED;
  readonly data: GeneratedDocumentData;
  readonly metadata?: { readonly commandId?: string; readonly schemaVersion?: number; readonly now?: string };
}

/** One edition of a document: its bytes' fingerprint and when they were first handed out. */
export interface DocumentEdition extends GeneratedDocumentData {
  readonly generatedAt: string | undefined;
}

/** A dossier's editions by document, oldest first. */
export type GeneratedDocuments = ReadonlyMap<string, readonly DocumentEdition[]>;

export function foldGeneratedDocuments(
  events: readonly { readonly type: string; readonly data: unknown; readonly metadata?: unknown }[],
  from: GeneratedDocuments = new Map(),
): GeneratedDocuments {
  const documents = new Map(from);
  for (const event of events) {
    if (event.type !== DOCUMENT_GENERATED) continue;
    const data = event.data as GeneratedDocumentData;
    const generatedAt = (event.metadata as { now?: unknown } | undefined)?.now;
    const edition = { ...data, generatedAt: typeof generatedAt === 'string' ? generatedAt : undefined };
    const editions = documents.get(data.document) ?? [];
    if (!editions.some((known) => known.sha256 === data.sha256)) documents.set(data.document, [...editions, edition]);
  }
  return documents;
}

/** A file already on the record (the same download again, or a retry) records nothing new. */
export function recordGeneration(documents: GeneratedDocuments, file: GeneratedDocumentData): DocumentGenerated[] {
  const known = documents.get(file.document)?.some((edition) => edition.sha256 === file.sha256);
  return known ? [] : [{ type: DOCUMENT_GENERATED, data: file }];
}
