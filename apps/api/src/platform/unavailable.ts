import {
  ApplicationFailure,
  isGrpcServiceError,
  ServiceError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';

/** Seconds a client should wait before sending again a request refused for an unreachable dependency. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
/** PostgreSQL refusing or dropping connections: admin/crash shutdown, starting up, too many clients. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** What pg and its pool say, with no code, when the server went away or never answered. */
const LOST_CONNECTION =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;
/** gRPC status codes (grpc/doc/statuscodes.md). */
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_UNAVAILABLE = 14;
/** Temporal unreachable, or an Update no worker took (a worker killed or restarting): retryable. */
const UNAVAILABLE_GRPC = new Set<number>([GRPC_DEADLINE_EXCEEDED, GRPC_UNAVAILABLE]);
/**
 * The failure type Temporal's server gives an Update that a worker's workflow task completed
 * without handling (a worker killed or replaced mid-task): nothing was decided, it may be sent again.
 */
const UNPROCESSED_UPDATE = 'UnprocessedUpdate';

export type Dependency = 'database' | 'temporal';

/**
 * Which dependency an error says is unreachable, by the error's type and code (never its
 * wording where a code exists): the request changed nothing and may be sent again.
 */
export function unreachableDependency(error: unknown): Dependency | undefined {
  if (isDatabaseOutage(error)) return 'database';
  if (isTemporalOutage(error)) return 'temporal';
  return undefined;
}

function isDatabaseOutage(error: unknown): boolean {
  // Errors made by Node's own sockets are not instances of this realm's Error under a test VM: duck-typed.
  let current = error as Failure | undefined;
  for (let hops = 0; current && typeof current === 'object' && hops < 4; hops += 1) {
    const { code, message } = current;
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))
    )
      return true;
    if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
    // TypeORM wraps the driver's error; pg's pool and AggregateError (IPv4 + IPv6 refused) carry causes.
    current = current.driverError ?? current.cause ?? current.errors?.[0];
  }
  return false;
}

/** What the database outage check reads of an error, whatever made it. */
interface Failure {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly driverError?: Failure;
  readonly cause?: Failure;
  readonly errors?: readonly Failure[];
}

function isTemporalOutage(error: unknown): boolean {
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  if (
    error instanceof WorkflowUpdateFailedError &&
    error.cause instanceof ApplicationFailure &&
    error.cause.type === UNPROCESSED_UPDATE
  )
    return true;
  const grpc = error instanceof ServiceError ? error.cause : error;
  return isGrpcServiceError(grpc) && UNAVAILABLE_GRPC.has(grpc.code);
}
