import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';

import { fileTypeStream } from 'file-type/node';

import { isRecordableText } from '@ntm/domain';

import { limitedBytes } from './limited-bytes';

/**
 * What a dossier's evidence may be: scans and photos, office documents, and plain text or CSV
 * (a commune's tables are often exported as CSV). Read from the bytes, never from the name or
 * the declared type: a renamed executable is still refused.
 */
const DETECTED_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);
/** Bytes of no recognised type that are UTF-8 text: plain text, or CSV by the file's name. */
const TEXT_TYPES = ['text/plain', 'text/csv'] as const;

/** Every type an evidence file is stored as, hence served as. */
export const EVIDENCE_MEDIA_TYPES: readonly string[] = [...DETECTED_TYPES, ...TEXT_TYPES];

/** Enough of the head for an office document's zip entries to name what it is. */
const SAMPLE_BYTES = 64 * 1024;

/** The file is larger than the installation accepts (EVIDENCE_MAX_BYTES). */
export class EvidenceTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`evidence larger than ${maxBytes} bytes`);
  }
}

/** An empty file is no evidence of anything. */
export class EvidenceEmpty extends Error {
  constructor() {
    super('evidence file is empty');
  }
}

/** The bytes are not of a type evidence may be; `detected` is what they look like. */
export class EvidenceTypeRefused extends Error {
  constructor(readonly detected: string) {
    super(`evidence of type ${detected} is not accepted`);
  }
}

export interface InspectedEvidence {
  /** The bytes, checked as they stream by: reading them fails once they break a rule. */
  readonly content: Readable;
  readonly mediaType: string;
}

/**
 * The type of an upload from its first bytes, refused at once when it is not accepted; the size
 * and, for text, the encoding are checked as the rest streams by (the caller stores the stream,
 * and a failure there leaves nothing stored). The source is never destroyed here: the request it
 * comes from must still carry the refusal back.
 */
export async function inspectEvidence(source: Readable, name: string, maxBytes: number): Promise<InspectedEvidence> {
  const limited = Readable.from(withinLimit(source, maxBytes), { objectMode: false });
  const typed = await fileTypeStream(limited, { sampleSize: SAMPLE_BYTES });
  const detected = typed.fileType?.mime;
  if (detected !== undefined) {
    if (!DETECTED_TYPES.has(detected)) throw new EvidenceTypeRefused(detected);
    return { content: typed, mediaType: detected };
  }
  const mediaType = /\.csv$/iu.test(name) ? TEXT_TYPES[1] : TEXT_TYPES[0];
  return { content: Readable.from(asText(typed), { objectMode: false }), mediaType };
}

async function* withinLimit(source: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  const size = yield* limitedBytes(source, maxBytes, () => new EvidenceTooLarge(maxBytes));
  if (size === 0) throw new EvidenceEmpty();
}

/** No type recognised: acceptable only as UTF-8 text, which is known once the last byte is read. */
async function* asText(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    if (!isText(decoder, chunk, true)) throw new EvidenceTypeRefused('application/octet-stream');
    yield chunk;
  }
  if (!isText(decoder, new Uint8Array(), false)) throw new EvidenceTypeRefused('application/octet-stream');
}

function isText(decoder: TextDecoder, chunk: Uint8Array, more: boolean): boolean {
  try {
    // Text as the record keeps it: no NUL or control characters but tab and line breaks.
    return isRecordableText(decoder.decode(chunk, { stream: more }));
  } catch {
    return false; // TextDecoder's only refusal: the bytes are not UTF-8.
  }
}
