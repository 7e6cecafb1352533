/**
 * Every stream of the record, named in one place. A dossier's own events, its deadline notices and
 * the audit log of who read it share the dossier id, so readers find them by one pattern.
 */
const PREFIXES = {
  dossier: 'dossier-',
  dossierNotices: 'dossier-notices-',
  dossierEvidence: 'dossier-evidence-',
  dossierDocuments: 'dossier-documents-',
  auditReads: 'audit-reads-',
  survey: 'survey-',
  surveyNotices: 'survey-notices-',
  user: 'user-',
  communeGroup: 'commune-group-',
  unitRegion: 'unit-region-',
  filingClaim: 'filing-',
  calendar: 'calendar-',
  cataloguePublications: 'catalogue-publications-',
  catalogueVersions: 'catalogue-versions-',
  earlierRecognitions: 'earlier-recognitions-',
  decisionNumbers: 'decision-numbers-',
  notificationReads: 'notification-reads-',
  notificationPreferences: 'notification-preferences-',
  notificationDeliveries: 'notification-deliveries-',
} as const;

export type StreamKind = keyof typeof PREFIXES;

export const dossierStreamId = (dossierId: string) => `${PREFIXES.dossier}${dossierId}`;
export const dossierNoticeStreamId = (dossierId: string) => `${PREFIXES.dossierNotices}${dossierId}`;
/** The evidence files uploaded to a dossier (who, when, which bytes): apart from the dossier's own events. */
export const dossierEvidenceStreamId = (dossierId: string) => `${PREFIXES.dossierEvidence}${dossierId}`;
/** The files the procedure's documents were generated as (their sha256), to check a printed copy against. */
export const dossierDocumentStreamId = (dossierId: string) => `${PREFIXES.dossierDocuments}${dossierId}`;
export const auditReadStreamId = (dossierId: string) => `${PREFIXES.auditReads}${dossierId}`;
export const surveyStreamId = (campaignId: string) => `${PREFIXES.survey}${campaignId}`;
export const surveyNoticeStreamId = (campaignId: string) => `${PREFIXES.surveyNotices}${campaignId}`;
export const userStreamId = (userId: string) => `${PREFIXES.user}${userId}`;
export const communeGroupStreamId = (unitCode: string) => `${PREFIXES.communeGroup}${unitCode}`;
/** A commune's region for the 2021–2025 criteria, where the coordinator corrected the register's. */
export const unitRegionStreamId = (unitCode: string) => `${PREFIXES.unitRegion}${unitCode}`;
/** The draft catalogue versions a province published. */
export const cataloguePublicationStreamId = (province: string) => `${PREFIXES.cataloguePublications}${province}`;
/** The catalogue versions a province imported (its own, derived from a national one). */
export const catalogueVersionStreamId = (province: string) => `${PREFIXES.catalogueVersions}${province}`;
/** A unit's recognitions decided on paper before this system, as the province's coordinator recorded them. */
export const earlierRecognitionStreamId = (unitCode: string) => `${PREFIXES.earlierRecognitions}${unitCode}`;
/** A province's declared days off and make-up working days. */
export const calendarStreamId = (province: string) => `${PREFIXES.calendar}${province}`;
/** The decision numbers a province gave in a year (its register of documents issued). */
export const decisionNumberStreamId = (province: string, year: number) =>
  `${PREFIXES.decisionNumbers}${province}-${year}`;
/** The notifications a user marked read (issue #23): their own stream, so marking races nobody. */
export const notificationReadStreamId = (userId: string) => `${PREFIXES.notificationReads}${userId}`;
/** How a user wants to be told (channels, e-mail address): each change an audited event. */
export const notificationPreferenceStreamId = (userId: string) => `${PREFIXES.notificationPreferences}${userId}`;
/** The notifications delivered to a user outside the application (e-mail), each recorded once. */
export const notificationDeliveryStreamId = (userId: string) => `${PREFIXES.notificationDeliveries}${userId}`;
/** One dossier per unit, level and year: the claim on them. */
export const filingClaimStreamId = (unitCode: string, level: string, year: number) =>
  `${PREFIXES.filingClaim}${unitCode}-${level}-${year}`;

// Longest prefix first: `dossier-notices-x` is a notice stream, not the dossier `notices-x`.
const BY_LENGTH = (Object.entries(PREFIXES) as [StreamKind, string][]).sort(([, a], [, b]) => b.length - a.length);

/** What a stream holds and whose it is, or undefined for a stream this version does not name. */
export function parseStreamId(streamId: string): { readonly kind: StreamKind; readonly id: string } | undefined {
  const match = BY_LENGTH.find(([, prefix]) => streamId.startsWith(prefix) && streamId.length > prefix.length);
  return match && { kind: match[0], id: streamId.slice(match[1].length) };
}

/** Whose stream it is (the user, the commune, the dossier…): the id after the stream's prefix. */
export function ownerOfStream(streamId: string): string {
  const parsed = parseStreamId(streamId);
  if (!parsed) throw new Error(`unknown stream ${streamId}`);
  return parsed.id;
}

const DOSSIER_KINDS: readonly StreamKind[] = [
  'dossier',
  'dossierNotices',
  'dossierEvidence',
  'dossierDocuments',
  'auditReads',
];

/** The dossier a stream belongs to: its own events, its notices, its evidence files, its documents or its audit reads. */
export function dossierOfStream(streamId: string): string | undefined {
  const parsed = parseStreamId(streamId);
  return parsed && DOSSIER_KINDS.includes(parsed.kind) ? parsed.id : undefined;
}

/** `dossierOfStream` as a POSIX pattern, for SQL (its one capture group is the dossier id). */
export const DOSSIER_STREAMS_PATTERN = `^(?:${DOSSIER_KINDS.map((kind) => PREFIXES[kind]).join('|')})(.+)$`;
