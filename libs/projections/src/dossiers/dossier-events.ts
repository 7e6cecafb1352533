import { type DossierEvent, isDossierEventType } from '@ntm/domain';
import type { RecordedEvent } from '@ntm/event-store';

/** The recognition workflow's stream of one dossier (workflows/dossier/messages.ts). */
const DOSSIER_STREAM = /^dossier-(?!notices-)(.+)$/;

export function dossierIdOf(event: RecordedEvent): string | undefined {
  return DOSSIER_STREAM.exec(event.streamId)?.[1];
}

/** A stored event back in the domain's shape: the schema version lives in its own column. */
export function toDossierEvent(event: RecordedEvent): DossierEvent | undefined {
  if (!isDossierEventType(event.type) || !dossierIdOf(event)) return undefined;
  return {
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  } as DossierEvent;
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
