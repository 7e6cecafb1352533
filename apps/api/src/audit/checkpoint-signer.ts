import { createPublicKey, type KeyObject } from 'node:crypto';

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { type ArchiveCheckpoint, CHECKPOINT_RULE } from '@ntm/audit';
import { merkleRoot, merkleTree, type PostgresCheckpoints, type SignedCheckpoint } from '@ntm/event-store';

import { APP_CONFIG, type AppConfig } from '../platform/tokens';
import { CHECKPOINTS } from './audit.tokens';
import type { AuditCheckpointResponse } from './checkpoint.response';

/**
 * Signs checkpoints of every stream head with the configured key (AUDIT_SIGNING_KEY), on demand and
 * every AUDIT_CHECKPOINT_INTERVAL_SECONDS: the more often, the less history a superuser can re-chain
 * unseen between two checkpoints.
 */
@Injectable()
export class CheckpointSigner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CheckpointSigner.name);
  private readonly privateKey: KeyObject;
  private readonly publicKeyPem: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CHECKPOINTS) private readonly checkpoints: PostgresCheckpoints,
  ) {
    this.privateKey = config.AUDIT_SIGNING_KEY;
    this.publicKeyPem = createPublicKey(this.privateKey).export({ type: 'spki', format: 'pem' }).toString();
  }

  take(): Promise<SignedCheckpoint> {
    return this.checkpoints.take(this.privateKey);
  }

  /** The key auditors should trust is the configured one, not the one stored beside a checkpoint. */
  presented({ takenAt, heads, signature }: SignedCheckpoint, root = merkleRoot(heads)): AuditCheckpointResponse {
    return {
      takenAt,
      merkleRoot: root,
      streamCount: heads.length,
      signature,
      publicKey: this.publicKeyPem,
    };
  }

  /** The latest checkpoint, with the Merkle path of each of `streamIds` it covers, for an archive. */
  async forArchive(streamIds: readonly string[]): Promise<ArchiveCheckpoint | undefined> {
    const checkpoint = await this.checkpoints.latest();
    if (!checkpoint) return undefined;
    // One tree for the root and the paths: a national checkpoint has a head per dossier.
    const tree = merkleTree(checkpoint.heads);
    const streams = checkpoint.heads
      .filter((head) => streamIds.includes(head.streamId))
      .map((head) => ({ ...head, proof: tree.proof(head.streamId) ?? [] }));
    return { ...this.presented(checkpoint, tree.root), rule: CHECKPOINT_RULE, streams };
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running = this.take().catch((error: unknown) =>
        this.logger.warn(`checkpoint not taken: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, seconds * 1000);
    this.timer.unref();
  }

  /** Waits for a checkpoint being signed, so the pool is not closed under it. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
