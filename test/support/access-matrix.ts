import {
  type AdministrativeUnits,
  type Identity,
  loadAdministrativeUnits,
  loadDemoUsers,
  READ_ONLY_ROLES,
  type Role,
  ROLES,
  type RoleGrant,
} from '@ntm/auth';

/** One route of the API, as the access matrix sees it. */
export interface EndpointDescriptor {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path for a target unit (ignored by routes without jurisdiction). */
  readonly path: (unit: string) => string;
  readonly allowedRoles: readonly Role[];
  /** Whether the route acts on a unit: then out-of-scope callers get 404. */
  readonly scoped: boolean;
  readonly body?: unknown;
  /** A body naming the target unit, for routes whose jurisdiction comes from the body. */
  readonly bodyFor?: (unit: string) => unknown;
}

export type Expectation = 'allowed' | 403 | 404;

export interface AccessCase {
  readonly title: string;
  readonly endpoint: EndpointDescriptor;
  readonly user: Identity;
  readonly unit: string;
  readonly expected: Expectation;
}

/** Sends one request as a user; the matrix needs nothing else from the system under test. */
export type SendAs = (user: Identity, endpoint: EndpointDescriptor, unit: string) => Promise<Response>;

/**
 * Every endpoint × every role (a demo user holding only that role) × in scope / out of scope,
 * with the answer the access rules promise: 403 for a role the route does not allow (and for an
 * auditor on a write), 404 for a target outside the grant's jurisdiction, otherwise allowed.
 */
export function accessCases(endpoints: readonly EndpointDescriptor[]): AccessCase[] {
  const units = loadAdministrativeUnits();
  const users = singleGrantUsers(units);
  return endpoints.flatMap((endpoint) =>
    ROLES.flatMap((role) => {
      const user = users.get(role);
      if (!user) throw new Error(`Không có người dùng minh hoạ cho vai trò ${role} (no demo user)`);
      const grant = user.grants[0];
      const targets: [string, string][] = endpoint.scoped
        ? [
            ['in scope', grant.unit],
            ['out of scope', outside(grant, units)],
          ]
        : [['no jurisdiction', grant.unit]];
      return targets.map(([where, unit]) => {
        const expected = expectation(endpoint, role, where === 'out of scope');
        return {
          title: `${endpoint.method} ${endpoint.path(unit)} as ${role} (${where}) → ${expected}`,
          endpoint,
          user,
          unit,
          expected,
        };
      });
    }),
  );
}

/** Registers one Jest test per case. */
export function describeAccessMatrix(endpoints: readonly EndpointDescriptor[], send: () => SendAs): void {
  it.each(accessCases(endpoints).map((c) => [c.title, c] as const))('%s', async (_, accessCase) => {
    const response = await send()(accessCase.user, accessCase.endpoint, accessCase.unit);
    if (accessCase.expected === 'allowed') expect([401, 403, 404]).not.toContain(response.status);
    else expect(response.status).toBe(accessCase.expected);
    expect(response.status).toBeLessThan(500);
  });
}

function expectation(endpoint: EndpointDescriptor, role: Role, outOfScope: boolean): Expectation {
  const write = endpoint.method !== 'GET';
  const allowed = endpoint.allowedRoles.includes(role) && !(write && READ_ONLY_ROLES.includes(role));
  if (!allowed) return 403;
  return outOfScope ? 404 : 'allowed';
}

function singleGrantUsers(units: AdministrativeUnits): Map<Role, Identity> {
  const users = [...loadDemoUsers(units).values()].filter((user) => user.grants.length === 1);
  return new Map(
    ROLES.flatMap((role) =>
      users
        .filter((u) => u.grants[0].role === role)
        .slice(0, 1)
        .map((u) => [role, u]),
    ),
  );
}

/** A unit of the same level in another province: certainly outside the grant. */
function outside(grant: RoleGrant, units: AdministrativeUnits): string {
  const level = units.get(grant.unit)?.level;
  const province = [grant.unit, ...units.ancestors(grant.unit).map((unit) => unit.code)].at(-1) ?? grant.unit;
  const other = units
    .all()
    .find(
      (unit) => unit.level === level && !units.isWithin(unit.code, province) && !units.isWithin(province, unit.code),
    );
  if (!other) throw new Error(`Không có đơn vị ngoài phạm vi ${grant.unit} (no unit out of scope)`);
  return other.code;
}
