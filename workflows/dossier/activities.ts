import type { CalendarOptions } from '@ntm/calendar';
import type { DossierEvent } from '@ntm/domain';

/** Events as stored: the workflow evolves its state from these, so replay follows the record. */
export interface StoredDossierEvents {
  readonly version: number;
  readonly events: readonly DossierEvent[];
  /**
   * The dossier's province's working calendar, in full, as read with the events: deadlines set
   * after this answer count it, and replay reads it from the history, so a later declaration never
   * moves them. Absent from histories recorded before calendars were data (the official schedule).
   */
  readonly calendar?: CalendarOptions;
}

export interface AppendDossierEvents {
  readonly dossierId: string;
  /** Stream version the events were decided against (optimistic concurrency). */
  readonly expectedVersion: number;
  /** Event ids derive from it (UUID v5): a retried activity never writes twice. */
  readonly commandId: string;
  readonly events: readonly DossierEvent[];
  /** The dossier's province (before the registration is recorded, the registration event names it). */
  readonly province?: string;
}

/** Implemented by the worker (apps/worker) over the event store; the workflow sees only types. */
export interface DossierActivities {
  appendDossierEvents(input: AppendDossierEvents): Promise<StoredDossierEvents>;
  /**
   * The stream after `afterVersion` (the whole stream by default): for a workflow started after its
   * history was lost (the store is the record), or after an append whose outcome it never learnt.
   */
  loadDossierEvents(dossierId: string, afterVersion?: number, province?: string): Promise<StoredDossierEvents>;
}

/** A council session still short of its quorum when its deadline passed (for the coordinator). */
export interface CouncilQuorumNotice {
  readonly dossierId: string;
  /** Set when the session sits on a revocation proposal rather than on a review step. */
  readonly subject?: 'revocation';
  readonly round: number;
  readonly stepIndex: number;
  readonly tier: string;
  readonly session: number;
  readonly members: number;
  /** Members who had voted when the deadline passed. */
  readonly present: number;
  /** Last working day for the quorum. */
  readonly dueDate: string;
  /** The instant the deadline passed. */
  readonly at: string;
}

export interface CouncilActivities {
  /** Idempotent per (dossier, round, step, session, due date): a retried activity writes once. */
  recordCouncilQuorumOverdue(notice: CouncilQuorumNotice): Promise<void>;
}
