import { type DossierEvent, isDossierEventType } from '@ntm/domain';
import { decodeEvent, parseStreamId, type RecordedEvent } from '@ntm/event-store';

/** The dossier whose own stream (not its notices) recorded the event. */
export function dossierIdOf(event: RecordedEvent): string | undefined {
  const stream = parseStreamId(event.streamId);
  return stream?.kind === 'dossier' ? stream.id : undefined;
}

export function toDossierEvent(event: RecordedEvent): DossierEvent | undefined {
  return isDossierEventType(event.type) && dossierIdOf(event) ? decodeEvent<DossierEvent>(event) : undefined;
}

/** Appraisal reminders and escalations, written by the worker in `dossier-notices-<id>`. */
export interface AppraisalNoticeData {
  readonly dossierId: string;
  readonly round: number;
  readonly stepIndex: number;
  readonly criterionId: string;
  readonly dueDate: string;
}

export const NOTICE_EVENTS = ['AppraisalReminderSent', 'AppraisalOverdue'] as const;

/** A council session short of its quorum at its deadline, written by the worker in `dossier-notices-<id>`. */
export interface CouncilQuorumNoticeData {
  readonly dossierId: string;
  /** Set for a revocation council, which shares its round and step with the deciding step's. */
  readonly subject?: 'revocation';
  readonly round: number;
  readonly stepIndex: number;
  readonly session: number;
  readonly dueDate: string;
}

/** Groups a batch by key, keeping commit order within each group. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}
