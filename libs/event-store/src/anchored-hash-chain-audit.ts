import type { KeyObject } from 'node:crypto';

import type { HashChainAudit } from './event-store.port';
import type { VerifyResult } from './hash-chain';
import type { PostgresCheckpoints } from './postgres-checkpoints';

/**
 * The chain check, then the check against the latest signed checkpoint. The chain alone proves
 * only that each stored link agrees with its neighbour, which a superuser can restore after editing
 * history; the checkpoint's signature, made with a key the database does not hold, anchors it.
 */
export class AnchoredHashChainAudit implements HashChainAudit {
  constructor(
    private readonly chain: HashChainAudit,
    private readonly checkpoints: PostgresCheckpoints,
    private readonly trustedPublicKey: KeyObject,
  ) {}

  async verify(streamId?: string): Promise<VerifyResult> {
    const chained = await this.chain.verify(streamId);
    if (!chained.ok) return chained;
    const checkpoint = await this.checkpoints.latest();
    if (!checkpoint) return chained;
    const anchored = await this.checkpoints.verify(checkpoint, this.trustedPublicKey, streamId);
    return anchored.ok ? { ...chained, anchoredAt: anchored.anchoredAt } : anchored;
  }
}
