export { APPENDED_CHANNEL, type AppendListener, listenForAppends } from './append-signal';
export {
  AppendConflict,
  EventIdConflict,
  SQLSTATE,
  StreamBusy,
  StreamVersionConflict,
  UnstorableEvents,
  VersionChanged,
} from './errors';
export {
  type AppendResult,
  type EventMetadata,
  type ExpectedVersion,
  LOG_START,
  type LogPosition,
  logPositionOf,
  type NewEvent,
  type RecordedEvent,
} from './event';
export {
  type Aggregate,
  type AggregateResult,
  type Backlog,
  EVENT_LOG,
  EVENT_STORE,
  type EventLog,
  type EventStore,
  HASH_CHAIN_AUDIT,
  type HashChainAudit,
  type ReadStreamOptions,
} from './event-store.port';
export { type BrokenLink, type BrokenLinkReason, eventHash, type VerifyResult } from './hash-chain';
export { CreateEventStore1763890000000 } from './migrations/1763890000000-create-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
export { PostgresHashChainAudit } from './postgres-hash-chain-audit';
export { type EventRow, type Queryable, STORED_COLUMNS, type StoredRow, toStoredLink } from './rows';
export { type Upcast, UpcasterRegistry } from './upcasters';
export { type Decider, type Decision, type CommandOptions, type Handled, handleCommand } from './command-handler';
export { type DomainEvent, decodeEvent, encodeEvents, eventIdFor } from './codec';
export {
  auditReadStreamId,
  communeGroupStreamId,
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
