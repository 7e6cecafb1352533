import type { CommandMetadata, DossierCommandType, EvidenceRef } from '../commands';
import {
  ConflictError,
  fail,
  ForbiddenError,
  NotFoundError,
  ok,
  ValidationError,
  type DomainErrorDetails,
  type Result,
} from '../errors';
import { eventSchemaVersions, type DossierEvent, type DossierEventType } from '../events';
import type { DossierState, DossierStatus, FiledDossier } from '../state';

export type Decision = Result<readonly DossierEvent[]>;
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { readonly type: T }>;

/** Builds an event carrying the command's metadata unchanged, plus the event's schema version. */
export function emit<T extends DossierEventType>(
  metadata: CommandMetadata,
  type: T,
  data: EventOf<T>['data'],
): EventOf<T> {
  return { type, data, metadata: { ...metadata, schemaVersion: eventSchemaVersions[type] } } as EventOf<T>;
}

export const accept = (...events: DossierEvent[]): Decision => ok(events);

type Messages = readonly [code: string, vi: string, en: string, details?: DomainErrorDetails];

export const notFound = (...[code, messageVi, messageEn, details]: Messages): Decision =>
  fail(new NotFoundError({ code, messageVi, messageEn, ...(details ? { details } : {}) }));
export const conflict = (...[code, messageVi, messageEn, details]: Messages): Decision =>
  fail(new ConflictError({ code, messageVi, messageEn, ...(details ? { details } : {}) }));
export const forbidden = (...[code, messageVi, messageEn, details]: Messages): Decision =>
  fail(new ForbiddenError({ code, messageVi, messageEn, ...(details ? { details } : {}) }));
export const invalid = (...[code, messageVi, messageEn, details]: Messages): Decision =>
  fail(new ValidationError({ code, messageVi, messageEn, ...(details ? { details } : {}) }));

export const invalidField = (field: string, messageVi: string, messageEn: string): Decision =>
  invalid('command.invalid-field', messageVi, messageEn, { field });

/** The command does not fit the dossier's status. */
export function wrongStatus(
  state: DossierState,
  command: DossierCommandType,
  allowed: readonly DossierStatus[],
): Decision {
  return conflict(
    'dossier.invalid-state',
    `Hồ sơ đang ở trạng thái "${state.status}", không thể thực hiện ${command}.`,
    `The dossier is "${state.status}"; ${command} is not allowed now.`,
    { status: state.status, command, allowed },
  );
}

/** Narrows to a filed dossier in one of the allowed statuses, or explains why not. */
export function inStatus<S extends FiledDossier['status']>(
  state: DossierState,
  command: DossierCommandType,
  allowed: readonly S[],
): (FiledDossier & { readonly status: S }) | Decision {
  if (state.status === 'unregistered') {
    return notFound('dossier.not-registered', 'Hồ sơ chưa được đăng ký.', 'The dossier has not been registered.');
  }
  if (!(allowed as readonly string[]).includes(state.status)) return wrongStatus(state, command, allowed);
  return state as FiledDossier & { readonly status: S };
}

export const isDecision = (value: object): value is Decision => 'ok' in value;

export const isInstant = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value));

export const isBlank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

const SHA256 = /^[0-9a-f]{64}$/;

export function checkEvidence(evidence: readonly EvidenceRef[], field: string): Decision | undefined {
  const bad = evidence.find((e) => !SHA256.test(e.sha256) || isBlank(e.name));
  return bad
    ? invalidField(field, 'Tài liệu minh chứng phải có mã sha256 và tên.', 'Evidence needs a sha256 digest and a name.')
    : undefined;
}

export const unique = <T>(items: readonly T[]): boolean => new Set(items).size === items.length;
