import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import S3rver from 's3rver';

import { loadConfig } from '@ntm/config';
import { DiskEvidenceStore, type EvidenceStore, S3EvidenceStore } from '@ntm/documents';
import { itKeepsEvidenceByContent } from '@ntm/documents/testing/evidence-store-contract';

import { evidenceStoreFor } from './evidence-storage';

const BUCKET = 'minh-chung';

/**
 * The store the configuration builds: DATA_DIR/evidence by default, an S3-compatible bucket when
 * EVIDENCE_S3_BUCKET names one (s3rver, a real S3 protocol server, in this process).
 */
describe('evidence storage as configured', () => {
  let directory: string;
  let server: S3rver;
  let port: number;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'ntm-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(directory, 'bucket'),
      configureBuckets: [{ name: BUCKET }],
    });
    ({ port } = await server.run());
  });
  afterAll(async () => {
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('keeps files under DATA_DIR without a bucket', () => {
    expect(evidenceStoreFor({ ...loadConfig({}), DATA_DIR: directory })).toBeInstanceOf(DiskEvidenceStore);
  });

  describe('in the bucket EVIDENCE_S3_BUCKET names', () => {
    let store: EvidenceStore;
    beforeEach(() => {
      store = evidenceStoreFor(
        loadConfig({
          DATA_DIR: directory,
          EVIDENCE_S3_BUCKET: BUCKET,
          EVIDENCE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
          // A prefix per test: each starts from an empty store.
          EVIDENCE_S3_PREFIX: `${Date.now()}-${Math.random().toString(36).slice(2)}/`,
          EVIDENCE_S3_ACCESS_KEY_ID: 'S3RVER',
          EVIDENCE_S3_SECRET_ACCESS_KEY: 'S3RVER',
        }),
      );
    });

    it('is the S3 store', () => expect(store).toBeInstanceOf(S3EvidenceStore));
    itKeepsEvidenceByContent(() => store);
  });
});
