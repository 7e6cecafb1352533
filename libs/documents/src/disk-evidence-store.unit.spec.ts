import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DiskEvidenceStore } from './disk-evidence-store';
import { chunked, itKeepsEvidenceByContent, PDF } from './testing/evidence-store-contract';

describe('evidence files on disk (DATA_DIR/evidence, content-addressed)', () => {
  let root: string;
  let store: DiskEvidenceStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ntm-evidence-'));
    store = new DiskEvidenceStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  itKeepsEvidenceByContent(() => store);

  it('keeps one file for the same bytes and no temporary file once stored', async () => {
    const { sha256 } = await store.put(chunked(PDF));
    await store.put(chunked(PDF));
    expect(await readdir(join(root, sha256.slice(0, 2)))).toEqual([sha256]);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });
});
