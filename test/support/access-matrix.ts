import { type AdministrativeUnits } from '@ntm/units';
import type { Identity, Role } from '@ntm/auth';

import type { RouteKey } from './access-routes';

/** What a route acts on, which decides its in-scope and out-of-scope targets. */
export type TargetKind = 'dossier' | 'account' | 'unit';

type Params = Readonly<Record<string, string>>;

/** One access rule a route promises, declared in access-policies.ts. */
export interface AccessPolicy {
  /**
   * `public`: no token needed (then only the anonymous case is run: the guard reads no token);
   * `authenticated`: any valid token; otherwise the roles let through (an auditor never on a write).
   */
  readonly roles: 'public' | 'authenticated' | readonly Role[];
  /** The record or unit the route acts on; omit for routes without jurisdiction (lists, queues). */
  readonly target?: TargetKind;
  /** Appraisal routes: only the department the criterion is assigned to (others 403). */
  readonly department?: true;
  /** Body and query string of a request about a target (its params: dossierId, id, code, ...). */
  readonly request?: (params: Params) => { readonly body?: unknown; readonly query?: string };
  /** The answer lists dossiers: an allowed caller must see the in-scope dossier in it. */
  readonly listsDossiers?: true;
}

export type AccessPolicies = Readonly<Record<RouteKey, AccessPolicy>>;

/** A caller holding one grant. */
export interface MatrixUser {
  readonly label: string;
  readonly identity: Identity;
}

/** A dossier, account or unit a case aims at; without `unit` it does not exist. */
export interface MatrixTarget {
  readonly name: string;
  readonly unit?: string;
  /** Path parameters (and values bodies may use), e.g. { dossierId, id, criterionId }. */
  readonly params: Params;
  /** criterionId → department, for the criteria dispatched for appraisal. */
  readonly departments?: Params;
}

/** The callers and the targets of each kind, the in-scope dossier first. */
export interface MatrixWorld {
  readonly units: AdministrativeUnits;
  readonly users: readonly MatrixUser[];
  readonly targets: Readonly<Record<TargetKind, readonly MatrixTarget[]>>;
  /** Parameters of routes without a target (e.g. a projection's name). */
  readonly params: Params;
}

export type Expectation = 'allowed' | 401 | 403 | 404;

export interface AccessCase {
  readonly route: RouteKey;
  readonly policy: AccessPolicy;
  readonly user?: MatrixUser;
  readonly target?: MatrixTarget;
  readonly expected: Expectation;
  readonly method: string;
  readonly url: string;
  readonly body?: unknown;
}

export interface AccessResult {
  readonly accessCase: AccessCase;
  readonly status: number;
  readonly code?: string;
  /** The answer without `instance` and `requestId` (which repeat the URL and differ by request). */
  readonly text: string;
}

/**
 * Every declared route × every caller (anonymous, and one user per role and level) × every target
 * of its kind, with the answer the access rules promise: 401 without a token, 403 for a role the
 * route does not let through or another department, 404 for a target outside the grant's
 * jurisdiction or one that does not exist, otherwise allowed.
 */
export function accessCases(route: RouteKey, policy: AccessPolicy, world: MatrixWorld): AccessCase[] {
  const [method, template] = route.split(' ');
  const targets = policy.target ? world.targets[policy.target] : [undefined];
  const callers = policy.roles === 'public' ? [undefined] : [undefined, ...world.users];
  return callers.flatMap((user) =>
    targets.map((target) => {
      const params = { ...world.params, ...target?.params };
      const { body, query } = policy.request?.(params) ?? {};
      const path = template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? `:${name}`));
      return {
        route,
        policy,
        ...(user ? { user } : {}),
        ...(target ? { target } : {}),
        expected: expectation(policy, method, world.units, user, target),
        method,
        url: query ? `${path}?${query}` : path,
        ...(body === undefined ? {} : { body }),
      };
    }),
  );
}

function expectation(
  policy: AccessPolicy,
  method: string,
  units: AdministrativeUnits,
  user: MatrixUser | undefined,
  target: MatrixTarget | undefined,
): Expectation {
  if (policy.roles === 'public') return 'allowed';
  if (!user) return 401;
  if (policy.roles === 'authenticated') return 'allowed';
  const [grant] = user.identity.grants;
  const write = method !== 'GET';
  if (!policy.roles.includes(grant.role) || (write && grant.role === 'auditor')) return 403;
  if (!target) return 'allowed';
  if (!target.unit || !units.isWithin(target.unit, grant.unit)) return 404;
  const assigned = target.departments?.[target.params.criterionId ?? ''];
  if (policy.department && assigned && grant.department !== assigned) return 403;
  return 'allowed';
}

/** What the guard answers when it refuses: these codes, and only from it. */
const GUARD_CODES: Readonly<Record<number, string>> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not-found' };

/** Passed the guard: a success, a domain refusal (409/422), or a domain 404 with its own code. */
export function passedGuard({ status, code }: AccessResult): boolean {
  if (status >= 200 && status < 300) return true;
  return status === 409 || status === 422 || (status === 404 && code !== GUARD_CODES[404]);
}

/** The cases whose answer breaks the promise, described one per line. */
export function mismatches(results: readonly AccessResult[]): string[] {
  return results.filter((result) => !meetsExpectation(result)).map(describe);
}

function meetsExpectation(result: AccessResult): boolean {
  const { expected } = result.accessCase;
  if (expected === 'allowed') return passedGuard(result);
  return result.status === expected && result.code === GUARD_CODES[expected];
}

/**
 * No answer to a caller mentions a dossier or account outside the caller's jurisdiction (lists,
 * counts and details alike), and an existing record in another province is answered exactly like
 * one that does not exist.
 */
export function leaks(results: readonly AccessResult[], world: MatrixWorld): string[] {
  const records = [...world.targets.dossier, ...world.targets.account].filter((target) => target.unit);
  const seen = results.flatMap((result) => {
    const grant = result.accessCase.user?.identity.grants[0];
    const hidden = records.filter((target) => !grant || !world.units.isWithin(target.unit ?? '', grant.unit));
    return hidden
      .filter((target) => result.text.includes(target.params.id))
      .map((target) => `${describe(result)}: shows ${target.name} (${target.params.id})`);
  });
  return [...seen, ...existenceLeaks(results)];
}

function existenceLeaks(results: readonly AccessResult[]): string[] {
  // Units are public knowledge; dossiers and accounts are the records whose existence is hidden.
  const hidden = results.filter((result) => result.accessCase.policy.target !== 'unit');
  const missing = new Map(
    hidden
      .filter((result) => result.accessCase.target && !result.accessCase.target.unit)
      .map((result) => [`${result.accessCase.route}|${result.accessCase.user?.label}`, result]),
  );
  return hidden
    .filter((result) => result.accessCase.expected === 404 && result.accessCase.target?.unit)
    .flatMap((result) => {
      const twin = missing.get(`${result.accessCase.route}|${result.accessCase.user?.label}`);
      const same = twin && twin.status === result.status && twin.text === result.text;
      return same ? [] : [`${describe(result)}: differs from a missing record (${twin?.status} ${twin?.text})`];
    });
}

/** An allowed list answer that does not show the in-scope dossier proves nothing about scope filters. */
export function missingFromLists(results: readonly AccessResult[], world: MatrixWorld): string[] {
  return results
    .filter((result) => result.accessCase.policy.listsDossiers && result.accessCase.expected === 'allowed')
    .filter((result) => {
      const grant = result.accessCase.user?.identity.grants[0];
      const visible = world.targets.dossier.filter(
        (target) => target.unit && grant && world.units.isWithin(target.unit, grant.unit),
      );
      return !visible.every((target) => result.text.includes(target.params.id));
    })
    .map((result) => `${describe(result)}: does not list every dossier in scope`);
}

function describe({ accessCase, status, code }: AccessResult): string {
  const who = accessCase.user?.label ?? 'anonymous';
  const where = accessCase.target ? ` → ${accessCase.target.name}` : '';
  return `${accessCase.method} ${accessCase.url} as ${who}${where}: expected ${accessCase.expected}, got ${status} ${code ?? ''}`;
}

/** Sends one case's request; the matrix needs nothing else from the system under test. */
export type Send = (accessCase: AccessCase) => Promise<{ status: number; body: string; contentType: string }>;

/**
 * Runs the cases with a few requests in flight. Refusals go first, while the fixtures are as
 * created (an appraisal refused to another department needs the criterion still dispatched);
 * allowed commands, which may move a dossier on, go after.
 */
export async function runCases(cases: readonly AccessCase[], send: Send, concurrency = 8): Promise<AccessResult[]> {
  const refused = cases.filter((c) => c.expected !== 'allowed');
  const allowed = cases.filter((c) => c.expected === 'allowed');
  return [...(await inPool(refused, send, concurrency)), ...(await inPool(allowed, send, concurrency))];
}

async function inPool(cases: readonly AccessCase[], send: Send, concurrency: number): Promise<AccessResult[]> {
  const results: AccessResult[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < cases.length; index = next++) {
      const { status, body, contentType } = await send(cases[index]);
      results[index] = { accessCase: cases[index], status, ...comparableAnswer(body, contentType) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** An answer's problem code and text, without what differs between two requests for the same thing. */
export function comparableAnswer(body: string, contentType: string): { code?: string; text: string } {
  if (!contentType.includes('json') || !body) return { text: body };
  const { instance: _instance, requestId: _requestId, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return { ...(typeof rest.code === 'string' ? { code: rest.code } : {}), text: JSON.stringify(rest) };
}
