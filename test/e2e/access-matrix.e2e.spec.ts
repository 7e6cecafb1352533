import { vietnamDateOf } from '@ntm/calendar';
import { randomUUID } from 'node:crypto';

import { API_PREFIX } from '@ntm/api/bootstrap';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import { MIN_VERSION_MARGIN, READ_YOUR_WRITE_WAIT_MS } from '@ntm/api/dossier-queries/dossier-detail.query';
import { DossierGateway } from '@ntm/api/dossiers/dossier-gateway';
import { loadAdministrativeUnits } from '@ntm/units';
import {
  type DevTokenSigner,
  type Identity,
  DEPARTMENT_ROLES,
  ROLE_LEVELS,
  type Role,
  type RoleGrant,
  ROLES,
} from '@ntm/auth';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';

import {
  accessCases,
  type AccessResult,
  comparableAnswer,
  leaks,
  type MatrixTarget,
  type MatrixUser,
  type MatrixWorld,
  mismatches,
  missingFromLists,
  runCases,
  type Send,
} from '../support/access-matrix';
import { ACCESS_POLICIES } from '../support/access-policies';
import { applicationRoutes, type RouteKey } from '../support/access-routes';
import { apiActor, appraisalPlan, filingSteps, rulesFiledOn } from '../support/dossier-journey';

/*
 * Jurisdictions (libs/units/data/administrative-units.json): Thái Nguyên (19) absorbed Bắc Kạn (06)
 * on 1/7/2025, so its users see both structures; Xã Cẩm Giàng (02008) was formed from Quân Hà
 * (02005, district Bạch Thông 063) and others; Nông Thượng (01852) lies in another district of
 * Bắc Kạn (058); Tân Lợi (25378) is in another province, Đồng Nai (75).
 */
const PROVINCE = '19';
const AT_LEVEL = { commune: '02008', district: '063', province: PROVINCE, village: '02008-01' } as const;
const UNITS = { twoTier: '02008', district: '02005', otherDistrict: '01852', otherProvince: '25378' } as const;
const GROUP = { group: 2 } as const;
const TODAY = vietnamDateOf(new Date());
const plan = appraisalPlan(rulesFiledOn(TODAY, PROVINCE, GROUP));
const CRITERION = plan[0];
const OTHER_DEPARTMENT = plan.find((entry) => entry.department !== CRITERION.department)?.department ?? '';

/** One user per role and level the role is granted at; appraisers of the criterion's department and another. */
const USERS: MatrixUser[] = ROLES.flatMap((role) =>
  ROLE_LEVELS[role].flatMap((level) =>
    (DEPARTMENT_ROLES.includes(role) ? [CRITERION.department, OTHER_DEPARTMENT] : [undefined]).map((department) =>
      userWith({ role, unit: AT_LEVEL[level], ...(department ? { department } : {}) }),
    ),
  ),
);

function userWith(grant: RoleGrant): MatrixUser {
  const label = `${grant.role}@${grant.unit}${grant.department ? `/${grant.department}` : ''}`;
  return { label, identity: { userId: `mx-${label.replace(/[@/]/g, '-')}`, name: label, grants: [grant] } };
}

describe('access matrix: every route × every role and level × in and out of scope', () => {
  let system: TestSystem;
  let world: MatrixWorld;
  let routes: RouteKey[];
  let results: AccessResult[];

  beforeAll(async () => {
    system = await startTestSystem();
    routes = applicationRoutes(system.api.app, API_PREFIX);
    world = await createWorld(system);
    const declared = routes.filter((route) => route in ACCESS_POLICIES);
    const cases = declared.flatMap((route) => accessCases(route, ACCESS_POLICIES[route], world));
    results = await runCases(cases, sender(system));
  });
  afterAll(() => system?.stop());

  it('every route of the application declares its access policy, and every declaration is routed', () => {
    const declared = Object.keys(ACCESS_POLICIES).sort();
    expect({ undeclared: routes.filter((route) => !declared.includes(route)) }).toEqual({ undeclared: [] });
    expect({ notRouted: declared.filter((route) => !routes.includes(route as RouteKey)) }).toEqual({ notRouted: [] });
  });

  it.each(Object.keys(ACCESS_POLICIES))('%s answers every caller and target as declared', (route) => {
    const ofRoute = results.filter((result) => result.accessCase.route === route);
    // Some caller reaches the handler: a declaration nobody in the matrix passes would prove nothing.
    expect(ofRoute.filter((result) => result.accessCase.expected === 'allowed').length).toBeGreaterThan(0);
    expect(mismatches(ofRoute)).toEqual([]);
  });

  it('no answer shows a record outside the caller’s jurisdiction, and elsewhere is answered like nowhere', () => {
    expect(leaks(results, world)).toEqual([]);
  });

  it('reading one’s own write (minVersion) tells a dossier in another province from none in neither answer nor time', async () => {
    const coordinator = USERS.find((user) => user.label === `province-coordinator@${PROVINCE}`)?.identity;
    const read = async ({ params: { id } }: MatrixTarget) => {
      const started = Date.now();
      const { status, body, contentType } = await requester(system)(
        'GET',
        `/api/v1/dossiers/${id}?minVersion=${MIN_VERSION_MARGIN}`,
        coordinator,
      );
      const slow = Date.now() - started >= READ_YOUR_WRITE_WAIT_MS;
      return { status, answer: comparableAnswer(body, contentType).text, slow };
    };
    const [elsewhere, missing] = await Promise.all([world.targets.dossier[3], world.targets.dossier[4]].map(read));
    expect(elsewhere).toEqual(missing);
    expect(missing).toMatchObject({ status: 202, slow: true });
  });

  it('an administrator verifies account streams of the own province; another province’s is answered like none', async () => {
    const administrator = USERS.find((user) => user.label === `administrator@${PROVINCE}`)?.identity;
    const verify = async (account: string) => {
      const { status, body, contentType } = await requester(system)(
        'GET',
        `/api/v1/audit/verify?stream=user-${account}`,
        administrator,
      );
      return { status, answer: comparableAnswer(body, contentType).text.replaceAll(account, '<id>') };
    };
    expect(await verify(`tk-${UNITS.twoTier}`)).toMatchObject({ status: 200 });
    expect(await verify(`tk-${UNITS.otherProvince}`)).toEqual(await verify('khong-co-tai-khoan'));
    expect(await verify('khong-co-tai-khoan')).toMatchObject({ status: 404 });
  });

  it('a dossier list shows every dossier in the caller’s jurisdiction (the filter is not merely empty)', () => {
    expect(missingFromLists(results, world)).toEqual([]);
  });
});

/** Requests through Fastify's inject (no sockets), each identity signed once. */
function requester(system: TestSystem) {
  const sign = system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (identity: Identity) => {
    const token = tokens.get(identity.userId) ?? sign(identity).then(({ accessToken }) => accessToken);
    tokens.set(identity.userId, token);
    return token;
  };
  return async (method: string, url: string, identity?: Identity, body?: unknown) => {
    const response = await system.api.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(identity ? { authorization: `Bearer ${await tokenOf(identity)}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    return { status: response.statusCode, body: response.body, contentType: String(response.headers['content-type']) };
  };
}

function sender(system: TestSystem): Send {
  const request = requester(system);
  return ({ method, url, user, body }) => request(method, url, user?.identity, body);
}

/**
 * The fixtures, made once through the API: four dossiers (in scope and in another province at
 * appraisal, criteria dispatched to departments; the three-tier ones registered), four accounts,
 * and a missing one of each.
 */
async function createWorld(system: TestSystem): Promise<MatrixWorld> {
  const as = (role: Role, unit: string) =>
    apiActor(system.api.url, system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER))(role, unit);
  const dossiers = {
    twoTier: await dossierAtAppraisal(system, as, UNITS.twoTier, PROVINCE),
    district: await registered(as, UNITS.district, { filedOn: '2024-06-03', region: 'northern-midlands-mountains' }),
    otherDistrict: await registered(as, UNITS.otherDistrict, {
      filedOn: '2024-06-03',
      region: 'northern-midlands-mountains',
    }),
    otherProvince: await dossierAtAppraisal(system, as, UNITS.otherProvince, '75'),
  };
  await projected(system, Object.values(dossiers));
  const accounts = await createAccounts(as);
  const dossierTarget = (name: string, id: string, unit?: string): MatrixTarget => ({
    name,
    ...(unit ? { unit } : {}),
    params: {
      id,
      dossierId: id,
      criterionId: CRITERION.criterionId,
      commentId: randomUUID(),
      sha256: 'f'.repeat(64),
      document: 'appraisal-report.pdf',
    },
    ...(unit === UNITS.twoTier ? { departments: { [CRITERION.criterionId]: CRITERION.department } } : {}),
  });
  return {
    units: loadAdministrativeUnits(),
    users: USERS,
    // A notification no one holds: the inbox answers 404 of its own (notification.not-found).
    params: { name: 'stream_activity', catalogueVersion: '2026.1', code: PROVINCE, notificationId: randomUUID() },
    targets: {
      dossier: [
        dossierTarget('dossier at appraisal, Xã Cẩm Giàng (19)', dossiers.twoTier, UNITS.twoTier),
        dossierTarget('dossier of Quân Hà (district 063, three-tier)', dossiers.district, UNITS.district),
        dossierTarget('dossier of another district (01852)', dossiers.otherDistrict, UNITS.otherDistrict),
        dossierTarget('dossier of another province (25378)', dossiers.otherProvince, UNITS.otherProvince),
        dossierTarget('missing dossier', randomUUID()),
      ],
      account: [
        ...accounts.map(({ unit, id, grantId, grantUnit }) => ({
          name: `account at ${unit}`,
          unit,
          params: { id, grantId, grantUnit },
        })),
        { name: 'missing account', params: { id: 'khong-co-tai-khoan', grantId: randomUUID(), grantUnit: PROVINCE } },
      ],
      unit: Object.values(UNITS).map((code) => ({ name: `unit ${code}`, unit: code, params: { code } })),
    },
  };
}

type Actor = (role: Role, unit: string) => ReturnType<ReturnType<typeof apiActor>>;

async function registered(as: Actor, unitCode: string, extra: Record<string, unknown>): Promise<string> {
  const response = await as('commune-officer', unitCode)('/dossiers', { unitCode, level: 'ntm', year: 2026, ...extra });
  if (response.status !== 201) throw new Error(`registration at ${unitCode}: ${JSON.stringify(response.body)}`);
  return String(response.body.dossierId);
}

/**
 * Filed, posted, surveyed and submitted to the province: the criteria go out to their departments,
 * so work queues have something in them to keep within scope.
 */
async function dossierAtAppraisal(system: TestSystem, as: Actor, unit: string, province: string): Promise<string> {
  const id = await registered(as, unit, { communeGroup: 2 });
  const rules = rulesFiledOn(TODAY, province, GROUP);
  for (const [send, path, body] of filingSteps(rules, GROUP, as('commune-officer', unit), as('survey-officer', unit))) {
    const response = await send(`/dossiers/${id}/${path}`, body);
    if (response.status !== 200) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
  }
  const gateway = system.api.app.get(DossierGateway);
  await until(async () => Object.keys((await gateway.position(id)).departments).length > 0, `${id} dispatched`);
  return id;
}

/** One account per unit of the matrix, each holding a grant the revocation route can name. */
async function createAccounts(as: Actor) {
  const administrators = { [PROVINCE]: as('administrator', PROVINCE), '75': as('administrator', '75') };
  return Promise.all(
    Object.values(UNITS).map(async (unit) => {
      const grantUnit = unit === UNITS.otherProvince ? '75' : PROVINCE;
      const admin = administrators[grantUnit];
      const id = `tk-${unit}`;
      const created = await admin('/admin/users', { userId: id, name: `Tài khoản ${unit}`, unit });
      const granted = await admin(`/admin/users/${id}/grants`, { role: 'approver', unit: grantUnit });
      if (created.status !== 201 || granted.status !== 201) throw new Error(`account ${id}: ${granted.status}`);
      const [{ grantId }] = granted.body.grants as { grantId: string }[];
      return { unit, id, grantId, grantUnit };
    }),
  );
}

/** The read models show every fixture dossier (detail and list routes read them). */
async function projected(system: TestSystem, ids: readonly string[]): Promise<void> {
  await until(async () => {
    const [{ count }] = (await system.db.dataSource.query(
      'select count(*)::int as count from read_models.dossier_summaries where dossier_id = any($1)',
      [ids],
    )) as { count: number }[];
    return count === ids.length;
  }, 'every fixture dossier in the read models');
}
