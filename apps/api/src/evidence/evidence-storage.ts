import { join } from 'node:path';

import { S3Client } from '@aws-sdk/client-s3';

import { DiskEvidenceStore, type EvidenceStore, S3EvidenceStore } from '@ntm/documents';

import type { AppConfig } from '../platform/tokens';

/** Where evidence files live: a bucket when EVIDENCE_S3_BUCKET names one, else DATA_DIR/evidence. */
export function evidenceStoreFor(config: AppConfig): EvidenceStore {
  const local = join(config.DATA_DIR, 'evidence');
  if (!config.EVIDENCE_S3_BUCKET) return new DiskEvidenceStore(local);
  const { EVIDENCE_S3_ACCESS_KEY_ID: accessKeyId, EVIDENCE_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  const client = new S3Client({
    region: config.EVIDENCE_S3_REGION,
    ...(config.EVIDENCE_S3_ENDPOINT && { endpoint: config.EVIDENCE_S3_ENDPOINT, forcePathStyle: true }),
    ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    // The sha256 the object is named by is its integrity check; S3-compatible services do not all
    // take the SDK's newer default checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return new S3EvidenceStore(client, {
    bucket: config.EVIDENCE_S3_BUCKET,
    prefix: config.EVIDENCE_S3_PREFIX,
    spool: join(local, 'tmp'),
  });
}
