import type { components } from './schema';

type ProblemBody = components['schemas']['ProblemDetailsSchema'];
export type FieldError = components['schemas']['FieldErrorSchema'];

/** A refusal of the API (RFC 9457 problem+json), in the language the request asked for. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code?: string;
  readonly detail?: string;
  readonly errors: readonly FieldError[];
  /** The whole problem, with the members some refusals add (e.g. an import's row report). */
  readonly body: Partial<ProblemBody> & Readonly<Record<string, unknown>>;

  constructor(body: Partial<ProblemBody> & Readonly<Record<string, unknown>>, status: number) {
    super(body.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = body.status ?? status;
    this.code = body.code;
    this.detail = body.detail;
    this.errors = body.errors ?? [];
    this.body = body;
  }
}

/** The API answered no problem body at all (network down, proxy error page). */
export function unreachable(status: number): ApiProblem {
  return new ApiProblem({ title: '', code: status === 0 ? 'network' : 'unexpected' }, status);
}
