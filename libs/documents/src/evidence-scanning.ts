import { Readable } from 'node:stream';

import {
  type CleanEvidenceScan,
  EvidenceInfected,
  type EvidenceScanner,
  type ScanSession,
} from './evidence-scanner.port';

export interface ScannedContent {
  /** The same bytes, fed to the scanner as they pass: the stream fails at its end unless clean. */
  readonly content: Readable;
  /** The clean verdict, once `content` has been read to its end without failing. */
  verdict(): CleanEvidenceScan;
}

/**
 * Scans a file while it streams to its store: each chunk goes to the scanner as it goes on, and
 * the stream ends only once the scanner has judged the whole file. An infected file, or one the
 * scanner could not judge, fails the stream at its last byte, so the store (which keeps nothing
 * from a failed source) never keeps it; the file is never held whole in memory.
 */
export async function scanWhileStreaming(content: Readable, scanner: EvidenceScanner): Promise<ScannedContent> {
  const session = await scanner.open();
  let clean: CleanEvidenceScan | undefined;
  const scanned = Readable.from(
    fedTo(content, session, (verdict) => (clean = verdict)),
    { objectMode: false },
  );
  return {
    content: scanned,
    verdict() {
      if (!clean) throw new Error('the scan has not finished: read the content to its end first');
      return clean;
    },
  };
}

async function* fedTo(
  content: AsyncIterable<Buffer>,
  session: ScanSession,
  judged: (verdict: CleanEvidenceScan) => void,
): AsyncGenerator<Buffer> {
  let finished = false;
  try {
    for await (const chunk of content) {
      await session.write(chunk);
      yield chunk;
    }
    const scan = await session.finish();
    finished = true;
    if (scan.verdict === 'infected') throw new EvidenceInfected(scan);
    judged(scan);
  } finally {
    // Refused on the way (size, type) or abandoned by its reader: the scanner stops waiting for it.
    if (!finished) session.abort();
  }
}
