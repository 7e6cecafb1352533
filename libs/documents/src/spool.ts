import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { StoredEvidence } from './evidence-store.port';

/**
 * A file's content address is known only once its last byte is read: the bytes are written to a
 * temporary file in `directory` as they are hashed, and `keep` moves it to its place by sha256.
 * The temporary file is gone afterwards whatever happened: kept (moved), failed or refused.
 */
export async function spoolHashed(
  content: Readable,
  directory: string,
  keep: (temporary: string, stored: StoredEvidence) => Promise<void>,
): Promise<StoredEvidence> {
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      content,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(temporary, { flags: 'wx' }),
    );
    const stored = { sha256: hash.digest('hex'), size };
    await keep(temporary, stored);
    return stored;
  } finally {
    await rm(temporary, { force: true });
  }
}
