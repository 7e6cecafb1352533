import type { components } from '../api/schema';
import type { EvidenceRef } from '../dossier/evidence';
import { todayInVietnam } from '../shared/format';

/** One event as the auditor reads it, with the dossier's round at the time and the person's name. */
export type TimelineEntry = components['schemas']['TimelineEntryResponse'];
export type VerifyResult = components['schemas']['VerifyResponse'];

/** The dossier's own stream, the one whose versions the point-in-time and the diff count in. */
export const dossierStream = (dossierId: string) => `dossier-${dossierId}`;

/** A hash short enough for a line, long enough to tell two apart by eye; the full value goes in a title. */
export const shortHash = (hash: string) => (hash.length > 12 ? `${hash.slice(0, 12)}…` : hash);

/** Each entry with its round: the API leaves it empty only before the registration, which no entry precedes. */
export const withRounds = (entries: readonly TimelineEntry[]): (TimelineEntry & { readonly round: number })[] =>
  entries.map((entry) => ({ ...entry, round: entry.round ?? 1 }));

/** The slider's marks: the dossier stream's first version and each version where a new round began. */
export function roundMarks(entries: readonly { version: number; round: number }[]): Record<number, number> {
  const marks: Record<number, number> = {};
  let previous: number | undefined;
  for (const { version, round } of entries) {
    if (round !== previous) marks[version] = round;
    previous = round;
  }
  return marks;
}

/** Where a broken chain was found: the entry with that stream and version, if the timeline shows it. */
export function isBrokenAt(
  verified: readonly (VerifyResult | undefined)[],
  entry: Pick<TimelineEntry, 'streamId' | 'version'>,
) {
  return verified.some(
    (verify) => verify?.ok === false && verify.streamId === entry.streamId && verify.version === entry.version,
  );
}

/** The dossier's streams the timeline shows, its own first. */
export const streamsOf = (dossierId: string, entries: readonly TimelineEntry[]): string[] => [
  ...new Set([dossierStream(dossierId), ...entries.map((entry) => entry.streamId)]),
];

/** What a stream of the dossier holds, as the verification names it. */
export const streamKind = (streamId: string): 'notices' | 'evidence' | 'documents' | 'dossier' =>
  streamId.startsWith('dossier-notices-')
    ? 'notices'
    : streamId.startsWith('dossier-evidence-')
      ? 'evidence'
      : streamId.startsWith('dossier-documents-')
        ? 'documents'
        : 'dossier';

export interface TimelineFilter {
  readonly criterion?: string;
  readonly actor?: string;
  /** Calendar days in Vietnam (YYYY-MM-DD), both included. */
  readonly period?: readonly [string, string];
}

/** Whether the entry concerns the criterion, was done by the actor, and was recorded within the period. */
export function matchesFilter(entry: TimelineEntry, { criterion, actor, period }: TimelineFilter): boolean {
  if (criterion && !entry.criteria.includes(criterion)) return false;
  if (actor && entry.actor !== actor) return false;
  if (period) {
    const day = todayInVietnam(new Date(entry.recordedAt));
    if (day < period[0] || day > period[1]) return false;
  }
  return true;
}

/** The people who acted in the timeline, each once, by name where the API gives one. */
export function actorsOf(entries: readonly TimelineEntry[]): { value: string; label: string }[] {
  const names = new Map<string, string>();
  for (const { actor, actorName } of entries) if (actor && !names.has(actor)) names.set(actor, actorName ?? actor);
  return [...names].map(([value, label]) => ({ value, label }));
}

/** The criteria the timeline mentions, in the criteria set's order of their ids. */
export const criteriaOf = (entries: readonly TimelineEntry[]): string[] =>
  [...new Set(entries.flatMap((entry) => entry.criteria))].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));

/** The files an entry cites (the schema leaves them untyped): those with a name and a hash. */
export const evidenceOf = (entry: TimelineEntry): EvidenceRef[] =>
  (entry.evidence as Partial<EvidenceRef>[]).flatMap(({ name, sha256 }) => (name && sha256 ? [{ name, sha256 }] : []));

/** The dossier a stream belongs to (its events, deadline notices, evidence files, documents, audit reads), as the store names them. */
export function dossierOfStream(streamId: string): string | undefined {
  return /^(?:dossier-notices-|dossier-evidence-|dossier-documents-|audit-reads-|dossier-)(.+)$/.exec(streamId)?.[1];
}
