import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

import type { EvidenceStore } from '../evidence-store.port';

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A source that yields its chunks one by one, as a request body arrives. */
export const chunked = (...chunks: Buffer[]) => Readable.from(chunks, { objectMode: false });

/** What every EvidenceStore promises (disk, S3), checked against a fresh store from `store()`. */
export function itKeepsEvidenceByContent(store: () => EvidenceStore): void {
  it('stores a file under its sha256 and gives the same bytes back, whatever chunks they came in', async () => {
    const stored = await store().put(chunked(PDF.subarray(0, 10), PDF.subarray(10)));
    expect(stored).toEqual({ sha256: sha256Of(PDF), size: PDF.length });
    expect(await store().has(stored.sha256)).toBe(true);
    const read = await store().get(stored.sha256);
    expect(read?.size).toBe(PDF.length);
    expect(await text(read!.content)).toBe(PDF.toString());
  });

  it('answers the same address for the same bytes sent again', async () => {
    const first = await store().put(chunked(PDF));
    expect(await store().put(chunked(PDF))).toEqual(first);
  });

  it('finds nothing for a sha256 never stored, nor for a name that is not a sha256', async () => {
    expect(await store().get('0'.repeat(64))).toBeUndefined();
    expect(await store().has('0'.repeat(64))).toBe(false);
    expect(await store().has('../../etc/passwd')).toBe(false);
    expect(await store().get('../tmp')).toBeUndefined();
  });

  it('stores nothing when the upload fails before its end', async () => {
    const broken = Readable.from(
      (async function* () {
        yield PDF;
        throw new Error('kết nối bị ngắt');
      })(),
      { objectMode: false },
    );
    await expect(store().put(broken)).rejects.toThrow('kết nối bị ngắt');
    expect(await store().has(sha256Of(PDF))).toBe(false);
  });
}
