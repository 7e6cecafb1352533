import { access, mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

import { type EvidenceContent, type EvidenceStore, isSha256, type StoredEvidence } from './evidence-store.port';
import { spoolHashed } from './spool';

/**
 * Evidence files under a directory (DATA_DIR/evidence): `ab/abcdef…` by sha256. A file is written
 * to `tmp/` while hashed, then renamed into place, so a reader never sees half a file and a crash
 * mid-upload leaves only a temporary file behind.
 */
export class DiskEvidenceStore implements EvidenceStore {
  constructor(private readonly root: string) {}

  put(content: Readable): Promise<StoredEvidence> {
    return spoolHashed(content, join(this.root, 'tmp'), async (temporary, { sha256 }) => {
      if (await this.has(sha256)) return;
      await mkdir(dirname(this.pathOf(sha256)), { recursive: true });
      await rename(temporary, this.pathOf(sha256));
    });
  }

  async get(sha256: string): Promise<EvidenceContent | undefined> {
    if (!isSha256(sha256)) return undefined;
    const file = await open(this.pathOf(sha256)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!file) return undefined;
    const { size } = await file.stat();
    return { size, content: file.createReadStream() };
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    return access(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Two hex digits of fan-out keep any one directory small (a province holds millions of scans). */
  private pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }
}
