import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

import {
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

import { type EvidenceContent, type EvidenceStore, isSha256, type StoredEvidence } from './evidence-store.port';
import { spoolHashed } from './spool';

export interface S3Location {
  readonly bucket: string;
  /** Prepended to every key, e.g. `evidence/`; the bucket may hold other things. */
  readonly prefix: string;
  /** Local directory the upload is spooled to while hashed (S3 has no rename to name it after). */
  readonly spool: string;
}

/**
 * Evidence files in an S3-compatible bucket, keyed by sha256. An upload is spooled to a local
 * temporary file while hashed, then sent once with its length, under its content address: the
 * same bytes again are not sent at all.
 */
export class S3EvidenceStore implements EvidenceStore {
  constructor(
    private readonly client: S3Client,
    private readonly location: S3Location,
  ) {}

  put(content: Readable): Promise<StoredEvidence> {
    return spoolHashed(content, this.location.spool, async (temporary, { sha256, size }) => {
      if (await this.has(sha256)) return;
      await this.client.send(
        new PutObjectCommand({
          ...this.object(sha256),
          Body: createReadStream(temporary),
          ContentLength: size,
        }),
      );
    });
  }

  async get(sha256: string): Promise<EvidenceContent | undefined> {
    if (!isSha256(sha256)) return undefined;
    const object = await this.client.send(new GetObjectCommand(this.object(sha256))).catch(unlessMissing);
    if (!object?.Body) return undefined;
    return { size: object.ContentLength ?? 0, content: object.Body as Readable };
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    const head = await this.client.send(new HeadObjectCommand(this.object(sha256))).catch(unlessMissing);
    return head !== undefined;
  }

  private object(sha256: string) {
    return { Bucket: this.location.bucket, Key: `${this.location.prefix}${sha256}` };
  }
}

/** A missing object is an answer (undefined); any other failure (access, network) is not. */
function unlessMissing(error: unknown): undefined {
  if (error instanceof NoSuchKey || error instanceof NotFound) return undefined;
  throw error;
}
