/**
 * Errors are values at the core: `decide` returns them, it never throws them. The edge maps
 * `kind` to an HTTP status (problem+json) and `code` to the problem `type`; the workflow maps
 * `code` to a non-retryable ApplicationFailure.
 */
export type DomainErrorKind = 'not-found' | 'conflict' | 'forbidden' | 'validation';

export type DomainErrorDetails = Readonly<Record<string, unknown>>;

export interface DomainErrorInit {
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details?: DomainErrorDetails;
}

export class DomainError extends Error {
  readonly code: string;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly details: DomainErrorDetails | undefined;

  constructor(
    readonly kind: DomainErrorKind,
    init: DomainErrorInit,
  ) {
    super(`${init.code}: ${init.messageEn}`);
    this.name = new.target.name;
    this.code = init.code;
    this.messageVi = init.messageVi;
    this.messageEn = init.messageEn;
    this.details = init.details;
  }

  /** A plain, serialisable form (workflow failure details, problem+json extensions). */
  toJSON(): DomainErrorInit & { readonly kind: DomainErrorKind } {
    return {
      kind: this.kind,
      code: this.code,
      messageVi: this.messageVi,
      messageEn: this.messageEn,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}

/** The dossier, criterion, comment or council addressed does not exist. */
export class NotFoundError extends DomainError {
  constructor(init: DomainErrorInit) {
    super('not-found', init);
  }
}

/** The command does not fit the dossier's current state (wrong status, already done). */
export class ConflictError extends DomainError {
  constructor(init: DomainErrorInit) {
    super('conflict', init);
  }
}

/** A rule of the procedure forbids it (unmet criterion, conflict of interest, not assigned). */
export class ForbiddenError extends DomainError {
  constructor(init: DomainErrorInit) {
    super('forbidden', init);
  }
}

/** The command itself is malformed (unknown indicator, wrong value type, bad date). */
export class ValidationError extends DomainError {
  constructor(init: DomainErrorInit) {
    super('validation', init);
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });
