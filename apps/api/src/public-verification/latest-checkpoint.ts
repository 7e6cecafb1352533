import { Inject, Injectable } from '@nestjs/common';

import { dossierStreamId, merkleRoot, type PostgresCheckpoints, type SignedCheckpoint } from '@ntm/event-store';

import { PUBLIC_CHECKPOINTS } from './public-verification.tokens';

/** The latest signed checkpoint as a public page shows it beside one dossier. */
export interface CheckpointSeal {
  readonly takenAt: string;
  readonly merkleRoot: string;
  /** Whether the checkpoint covers the decision: the dossier's stream head at or past it. */
  readonly coversDecision: boolean;
}

/**
 * The signed Merkle root anyone can compare with the one auditors pin (issue #20). The root is
 * computed once per checkpoint, not per page view: there is a head per stream of the whole store.
 */
@Injectable()
export class LatestCheckpoint {
  private memo: { readonly signature: string; readonly root: string } | undefined;

  constructor(@Inject(PUBLIC_CHECKPOINTS) private readonly checkpoints: PostgresCheckpoints) {}

  async seal(dossierId: string, recognisedVersion: number): Promise<CheckpointSeal | undefined> {
    const checkpoint = await this.checkpoints.latest();
    if (!checkpoint) return undefined;
    const head = checkpoint.heads.find((each) => each.streamId === dossierStreamId(dossierId));
    return {
      takenAt: checkpoint.takenAt,
      merkleRoot: this.rootOf(checkpoint),
      coversDecision: head !== undefined && head.version >= recognisedVersion,
    };
  }

  private rootOf(checkpoint: SignedCheckpoint): string {
    if (this.memo?.signature !== checkpoint.signature)
      this.memo = { signature: checkpoint.signature, root: merkleRoot(checkpoint.heads) };
    return this.memo.root;
  }
}
