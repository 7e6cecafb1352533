import { catalogueVersions } from '@ntm/catalogue';
import { type DossierEvent, type DossierState, evolve, type EvidenceRef, isDossierEventType } from '@ntm/domain';
import { DOCUMENT_GENERATED, type GeneratedDocumentData, PROCEDURE_DOCUMENTS } from '@ntm/documents';
import { decodeEvent, type RecordedEvent } from '@ntm/event-store';

import { criteriaOf, evidenceOf } from './evidence';
import { both, dayVi, describeEvent, type Sentence, type SentenceContext, who } from './sentences';

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
  /** The actor's display name, when the directory knows them. */
  readonly actorName: string | null;
  readonly role: string | null;
  /** The dossier's round when the event was recorded: two appraisals of one criterion in two rounds differ by it. */
  readonly round: number | null;
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

/** Names the events do not carry: people (from the accounts) and administrative units. */
export interface Directory {
  readonly personName: (userId: string) => string | undefined;
  readonly unitName: (code: string) => string | undefined;
}

const NO_NAMES: Directory = { personName: () => undefined, unitName: () => undefined };

/** Every department any shipped catalogue version names, a later version's name winning. */
let departments: ReadonlyMap<string, Sentence> | undefined;
const departmentNames = () =>
  (departments ??= new Map(
    catalogueVersions().flatMap((version) => version.departments.map((d) => [d.code, { vi: d.name, en: d.nameEn }])),
  ));

/** Criterion names from the criteria set the dossier pinned at registration; other names from the directory. */
export function sentenceContext(events: readonly RecordedEvent[], directory: Directory = NO_NAMES): SentenceContext {
  const registered = events.map(toDossierEvent).find((e) => e?.type === 'DossierRegistered');
  const criteria = registered?.type === 'DossierRegistered' ? registered.data.rules.criteriaSet.criteria : [];
  const names = new Map(criteria.map((c) => [c.id, `${c.id} (${c.name})`]));
  return {
    criterionName: (id) => names.get(id) ?? id,
    departmentName: (code) => departmentNames().get(code) ?? { vi: `Sở ${code}`, en: `Department ${code}` },
    personName: (id) => directory.personName(id) ?? id,
    unitName: (code) => {
      const name = directory.unitName(code);
      return name ? `${name} (${code})` : code;
    },
  };
}

/** An evidence file as its upload records it (apps/api/src/evidence). */
interface UploadedFile {
  readonly sha256: string;
  readonly name: string;
  readonly size: number;
  /** The scanner's clean verdict, where one was configured (EVIDENCE_SCAN). */
  readonly scan?: { readonly scanner: string; readonly version: string; readonly database?: string };
}

/** What scanned the file, told after the upload: an auditor sees which files no scanner judged. */
function scanned(file: UploadedFile): { vi: string; en: string } {
  if (!file.scan) return { vi: '', en: '' };
  const { scanner, version, database } = file.scan;
  const by = `${scanner} ${version}${database ? ` (mẫu nhận diện ${database})` : ''}`;
  const byEn = `${scanner} ${version}${database ? ` (signatures ${database})` : ''}`;
  return { vi: `; đã quét bằng ${by}: không phát hiện mã độc`, en: `; scanned clean by ${byEn}` };
}

const uploadedFile = (event: RecordedEvent): UploadedFile | undefined =>
  event.type === 'EvidenceFileUploaded' ? (event.data as UploadedFile) : undefined;

const generatedFile = (event: RecordedEvent): GeneratedDocumentData | undefined =>
  event.type === DOCUMENT_GENERATED ? (event.data as GeneratedDocumentData) : undefined;

/** The first download of a file the procedure generated: the sha256 a printed copy is checked against. */
function describeGeneration(event: RecordedEvent, file: GeneratedDocumentData, context: SentenceContext): Sentence {
  const { actor, role } = event.metadata as { actor?: string; role?: string };
  const title = PROCEDURE_DOCUMENTS[file.document];
  const kilobytes = Math.ceil(file.size / 1024);
  return both(
    who({ actor: actor ?? '', role: role ?? '' }, undefined, context),
    `tải về ${title.vi.toLocaleLowerCase('vi-VN')} (tệp mới, lập từ phiên bản ${file.dossierVersion} của hồ sơ; ${kilobytes} KB; SHA-256 ${file.sha256})`,
    `downloaded the ${title.en} (a new file, made from version ${file.dossierVersion} of the dossier; ${kilobytes} KB; SHA-256 ${file.sha256})`,
  );
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** Events kept beside the dossier stream (the worker's notices, uploads, documents handed out), and any type the formatter does not know. */
function describeOther(event: RecordedEvent, context: SentenceContext): Sentence {
  const data = event.data as { criterionId?: string; department?: string; dueDate?: string };
  const generated = generatedFile(event);
  if (generated) return describeGeneration(event, generated, context);
  const file = uploadedFile(event);
  if (file) {
    const { actor, role } = event.metadata as { actor?: string; role?: string };
    const scan = scanned(file);
    return both(
      who({ actor: actor ?? '', role: role ?? '' }, undefined, context),
      `tải lên tệp minh chứng ${file.name} (${megabytes(file.size)})${scan.vi}`,
      `uploaded the evidence file ${file.name} (${(file.size / 1_048_576).toFixed(1)} MB)${scan.en}`,
    );
  }
  const department = context.departmentName(data.department ?? '');
  const criterion = context.criterionName(data.criterionId ?? '');
  if (event.type === 'AppraisalReminderSent') {
    return {
      vi: `Hệ thống nhắc ${department.vi} hạn thẩm định tiêu chí ${criterion} (hạn ${dayVi(data.dueDate ?? '')})`,
      en: `The system reminded ${department.en} of the appraisal due date of ${criterion} (${data.dueDate})`,
    };
  }
  if (event.type === 'AppraisalOverdue') {
    return {
      vi: `Hệ thống ghi nhận ${department.vi} quá hạn thẩm định tiêu chí ${criterion} (hạn ${dayVi(data.dueDate ?? '')})`,
      en: `The system recorded ${department.en} overdue on criterion ${criterion} (${data.dueDate})`,
    };
  }
  return { vi: `Sự kiện ${event.type}`, en: `Event ${event.type}` };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function uploadedEvidence(event: RecordedEvent): EvidenceRef[] {
  const file = uploadedFile(event);
  return file ? [{ sha256: file.sha256, name: file.name }] : [];
}

export function timelineEntry(event: RecordedEvent, context: SentenceContext, round: number | null): TimelineEntry {
  const domain = toDossierEvent(event);
  const data = event.data as { criterionId?: unknown };
  const actor = text(event.metadata.actor);
  return {
    streamId: event.streamId,
    version: event.streamVersion,
    globalPosition: event.globalPosition,
    eventId: event.eventId,
    type: event.type,
    recordedAt: event.recordedAt.toISOString(),
    commandTime: text(event.metadata.now),
    actor,
    actorName: actor === null || event.metadata.role === 'system' ? null : context.personName(actor),
    role: text(event.metadata.role),
    round,
    unit: text(event.metadata.unit),
    onBehalfOf: text(event.metadata.onBehalfOf),
    workflowId: text(event.metadata.workflowId),
    sentence: domain ? describeEvent(domain, context) : describeOther(event, context),
    evidence: domain ? evidenceOf(domain) : uploadedEvidence(event),
    criteria: domain ? criteriaOf(domain) : typeof data.criterionId === 'string' ? [data.criterionId] : [],
    hash: event.hash,
  };
}

/**
 * The dossier stream and the streams kept beside it (the worker's notices, the evidence files
 * uploaded) as one history, in recorded order (position breaks ties), each entry with the round
 * the dossier was in: the dossier's events are folded as they pass.
 */
export function buildTimeline(
  dossier: readonly RecordedEvent[],
  beside: readonly RecordedEvent[],
  directory: Directory = NO_NAMES,
): TimelineEntry[] {
  const context = sentenceContext(dossier, directory);
  let state: DossierState = { status: 'unregistered' };
  return [...dossier, ...beside]
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.globalPosition - b.globalPosition)
    .map((event) => {
      const domain = toDossierEvent(event);
      if (domain) state = evolve(state, domain);
      return timelineEntry(event, context, state.status === 'unregistered' ? null : state.round.number);
    });
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
