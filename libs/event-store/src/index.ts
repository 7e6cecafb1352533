export { listenForAppends } from './append-signal';
export { StreamBusy, StreamVersionConflict, UnstorableEvents, VersionChanged } from './errors';
export { LOG_START, type LogPosition, logPositionOf, type NewEvent, type RecordedEvent } from './event';
export {
  EVENT_STORE,
  type EventLog,
  type EventStore,
  HASH_CHAIN_AUDIT,
  type HashChainAudit,
  type ReadStreamOptions,
} from './event-store.port';
export { AnchoredHashChainAudit } from './anchored-hash-chain-audit';
export { merkleRoot, merkleTree, type SignedCheckpoint } from './checkpoint';
export { type VerifyResult } from './hash-chain';
export { CreateEventStore1763890000000 } from './migrations/1763890000000-create-event-store';
export { CreateCheckpoints1763891800000 } from './migrations/1763891800000-create-checkpoints';
export { AppendProbesIdsOnMismatch1763892200000 } from './migrations/1763892200000-append-probes-ids-on-mismatch';
export { AppendProbesFirstIdOnMatch1763892300000 } from './migrations/1763892300000-append-probes-first-id-on-match';
export { PostgresEventStore } from './postgres-event-store';
export { PostgresCheckpoints } from './postgres-checkpoints';
export { PostgresHashChainAudit } from './postgres-hash-chain-audit';
export { type EventRow, type Queryable, STORED_COLUMNS, type StoredRow, toStoredLink } from './rows';
export { type Decision, handleCommand, readState } from './command-handler';
export { decodeEvent, encodeEvents, eventIdFor } from './codec';
export {
  auditReadStreamId,
  dossierDocumentStreamId,
  dossierEvidenceStreamId,
  calendarStreamId,
  cataloguePublicationStreamId,
  catalogueVersionStreamId,
  communeGroupStreamId,
  earlierRecognitionStreamId,
  filingClaimStreamId,
  decisionNumberStreamId,
  notificationDeliveryStreamId,
  notificationPreferenceStreamId,
  notificationReadStreamId,
  unitRegionStreamId,
  DOSSIER_STREAMS_PATTERN,
  dossierOfStream,
  dossierNoticeStreamId,
  dossierStreamId,
  ownerOfStream,
  parseStreamId,
  type StreamKind,
  surveyNoticeStreamId,
  surveyStreamId,
  userStreamId,
} from './streams';
