import type { CleanEvidenceScan } from './evidence-scanner.port';

/** A file uploaded as evidence for a dossier: its own stream, `dossier-evidence-<dossierId>`. */
export const EVIDENCE_FILE_UPLOADED = 'EvidenceFileUploaded';

export interface EvidenceFileData {
  readonly dossierId: string;
  readonly sha256: string;
  /** The name it was uploaded under (a citing command may name it again its own way). */
  readonly name: string;
  readonly size: number;
  /** As read from the bytes, not as the client declared it. */
  readonly mediaType: string;
  /** The scanner's verdict (EVIDENCE_SCAN); absent where no scanner was configured when it arrived. */
  readonly scan?: CleanEvidenceScan;
}

export interface EvidenceFileUploaded {
  readonly type: typeof EVIDENCE_FILE_UPLOADED;
  readonly data: EvidenceFileData;
  readonly metadata?: { readonly commandId?: string; readonly schemaVersion?: number };
}

/** The files uploaded to one dossier, by sha256: the first upload of the bytes names them. */
export type EvidenceFiles = ReadonlyMap<string, EvidenceFileData>;

export function foldEvidenceFiles(
  events: readonly { readonly type: string; readonly data: unknown }[],
  from: EvidenceFiles = new Map(),
): EvidenceFiles {
  const files = new Map(from);
  for (const event of events) {
    if (event.type !== EVIDENCE_FILE_UPLOADED) continue;
    const data = event.data as EvidenceFileData;
    if (!files.has(data.sha256)) files.set(data.sha256, data);
  }
  return files;
}

/** The same bytes uploaded again (a retry, or another name for them) record nothing new. */
export function recordUpload(files: EvidenceFiles, file: EvidenceFileData): EvidenceFileUploaded[] {
  return files.has(file.sha256) ? [] : [{ type: EVIDENCE_FILE_UPLOADED, data: file }];
}
