/** The scanner that judged a file, as it names itself (clamd's VERSION answer). */
export interface ScannerIdentity {
  /** e.g. `ClamAV`. */
  readonly scanner: string;
  /** The engine's version, e.g. `1.4.6`. */
  readonly version: string;
  /** The signature database's version and date, e.g. `27480 (Tue Dec  3 08:34:12 2024)`, when it says. */
  readonly database?: string;
}

/** A scan's verdict on a file's bytes, by whom and when (ISO 8601). */
export type EvidenceScan = ScannerIdentity & { readonly scannedAt: string } & (
    { readonly verdict: 'clean' } | { readonly verdict: 'infected'; readonly signature: string }
  );

/** The verdict an upload's record keeps: an infected file is refused, never recorded. */
export type CleanEvidenceScan = Extract<EvidenceScan, { verdict: 'clean' }>;

/**
 * One file's scan, fed as the file streams by: `write` each chunk in order (it waits while the
 * scanner is behind), then `finish` for the verdict. `abort` gives up on a file that will not be
 * stored after all (refused for its size, its type, or the client went away).
 */
export interface ScanSession {
  write(chunk: Buffer): Promise<void>;
  finish(): Promise<EvidenceScan>;
  abort(): void;
}

/** Where uploads are scanned (clamd in production); none is configured by default. */
export interface EvidenceScanner {
  /** Opens a scan; rejects with `EvidenceScanFailed` when the scanner cannot be reached. */
  open(): Promise<ScanSession>;
}

export const EVIDENCE_SCANNER = Symbol('EvidenceScanner');

/** The scanner found a signature in the bytes: the file is refused and nothing is kept. */
export class EvidenceInfected extends Error {
  constructor(readonly scan: Extract<EvidenceScan, { verdict: 'infected' }>) {
    super(`evidence infected: ${scan.signature}`);
  }
}

/**
 * The scan could not be made (scanner unreachable, timed out, or it answered ERROR). Uploads fail
 * closed: a file no scanner has judged is not stored while scanning is configured.
 */
export class EvidenceScanFailed extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`evidence scan failed: ${reason}`, options);
  }
}
