import type { DossierEvent } from '@ntm/domain';

/** Events as stored: the workflow evolves its state from these, so replay follows the record. */
export interface StoredDossierEvents {
  readonly version: number;
  readonly events: readonly DossierEvent[];
}

export interface AppendDossierEvents {
  readonly dossierId: string;
  /** Stream version the events were decided against (optimistic concurrency). */
  readonly expectedVersion: number;
  /** Event ids derive from it (UUID v5): a retried activity never writes twice. */
  readonly commandId: string;
  readonly events: readonly DossierEvent[];
}

/** Implemented by the worker (apps/worker) over the event store; the workflow sees only types. */
export interface DossierActivities {
  appendDossierEvents(input: AppendDossierEvents): Promise<StoredDossierEvents>;
  /** The whole stream, for a workflow started after its history was lost (the store is the record). */
  loadDossierEvents(dossierId: string): Promise<StoredDossierEvents>;
}
