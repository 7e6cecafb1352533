import type { Readable } from 'node:stream';

/**
 * A body's bytes as they arrive, refused with `tooLarge()` once they pass `maxBytes` (a length
 * undeclared, or declared falsely). The source is left open, not destroyed, so that the refusal
 * still reaches the client (Node discards the rest of the request).
 */
export async function* limitedBytes(
  source: Readable,
  maxBytes: number,
  tooLarge: () => Error,
): AsyncGenerator<Buffer, number> {
  let size = 0;
  for await (const chunk of source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    yield chunk;
  }
  return size;
}
