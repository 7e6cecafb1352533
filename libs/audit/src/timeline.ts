import { type DossierEvent, type EvidenceRef, isDossierEventType } from '@ntm/domain';
import { decodeEvent, type RecordedEvent } from '@ntm/event-store';

import { criteriaOf, evidenceOf } from './evidence';
import { describeEvent, type Sentence, type SentenceContext } from './sentences';

/** One event as an auditor reads it: who, in which capacity, when (recorded and claimed), what, on what evidence. */
export interface TimelineEntry {
  readonly streamId: string;
  readonly version: number;
  readonly globalPosition: number;
  readonly eventId: string;
  readonly type: string;
  readonly recordedAt: string;
  /** The command's own clock (`metadata.now`); `recordedAt` is the store's and is what point-in-time uses. */
  readonly commandTime: string | null;
  readonly actor: string | null;
  readonly role: string | null;
  readonly unit: string | null;
  readonly onBehalfOf: string | null;
  readonly workflowId: string | null;
  readonly sentence: Sentence;
  readonly evidence: readonly EvidenceRef[];
  readonly criteria: readonly string[];
  readonly hash: string;
}

export interface TimelineFilter {
  readonly actor?: string;
  readonly type?: string;
  readonly criterion?: string;
  readonly from?: Date;
  readonly to?: Date;
}

/** The domain's view of a stored event: the schema version travels in the column, the domain wants it in metadata. */
export function toDossierEvent(event: RecordedEvent): DossierEvent | undefined {
  return isDossierEventType(event.type) ? decodeEvent<DossierEvent>(event) : undefined;
}

/** Criterion names from the criteria set the dossier pinned at registration; the id where unknown. */
export function sentenceContext(events: readonly RecordedEvent[]): SentenceContext {
  const registered = events.map(toDossierEvent).find((e) => e?.type === 'DossierRegistered');
  const criteria = registered?.type === 'DossierRegistered' ? registered.data.rules.criteriaSet.criteria : [];
  const names = new Map(criteria.map((c) => [c.id, `${c.id} (${c.name})`]));
  return { criterionName: (id) => names.get(id) ?? id };
}

/** Notices the worker writes beside the dossier stream, and any type the formatter does not know. */
function describeOther(event: RecordedEvent): Sentence {
  const data = event.data as { criterionId?: string; department?: string; dueDate?: string };
  if (event.type === 'AppraisalReminderSent') {
    return {
      vi: `Hệ thống nhắc Sở ${data.department} hạn thẩm định tiêu chí ${data.criterionId} (${data.dueDate})`,
      en: `The system reminded department ${data.department} of the appraisal due date of ${data.criterionId} (${data.dueDate})`,
    };
  }
  if (event.type === 'AppraisalOverdue') {
    return {
      vi: `Hệ thống ghi nhận Sở ${data.department} quá hạn thẩm định tiêu chí ${data.criterionId} (${data.dueDate})`,
      en: `The system recorded department ${data.department} overdue on criterion ${data.criterionId} (${data.dueDate})`,
    };
  }
  return { vi: `Sự kiện ${event.type}`, en: `Event ${event.type}` };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function timelineEntry(event: RecordedEvent, context: SentenceContext): TimelineEntry {
  const domain = toDossierEvent(event);
  const data = event.data as { criterionId?: unknown };
  return {
    streamId: event.streamId,
    version: event.streamVersion,
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    commandTime: text(event.metadata.now),
    actor: text(event.metadata.actor),
    role: text(event.metadata.role),
    unit: text(event.metadata.unit),
    onBehalfOf: text(event.metadata.onBehalfOf),
    workflowId: text(event.metadata.workflowId),
    sentence: domain ? describeEvent(domain, context) : describeOther(event),
    evidence: domain ? evidenceOf(domain) : [],
    criteria: domain ? criteriaOf(domain) : typeof data.criterionId === 'string' ? [data.criterionId] : [],
    hash: event.hash,
  };
}

/** The dossier stream and its notices stream as one history, in recorded order (position breaks ties). */
export function buildTimeline(dossier: readonly RecordedEvent[], notices: readonly RecordedEvent[]): TimelineEntry[] {
  const context = sentenceContext(dossier);
  return [...dossier, ...notices]
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.globalPosition - b.globalPosition)
    .map((event) => timelineEntry(event, context));
}

export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  return entries.filter(
    (e) =>
      (filter.actor === undefined || e.actor === filter.actor) &&
      (filter.type === undefined || e.type === filter.type) &&
      (filter.criterion === undefined || e.criteria.includes(filter.criterion)) &&
      (filter.from === undefined || Date.parse(e.recordedAt) >= filter.from.getTime()) &&
      (filter.to === undefined || Date.parse(e.recordedAt) <= filter.to.getTime()),
  );
}
