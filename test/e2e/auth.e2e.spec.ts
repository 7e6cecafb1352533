import { randomBytes } from 'node:crypto';

import { SignJWT, UnsecuredJWT } from 'jose';

import { startApi, type RunningApi } from '@ntm/api/bootstrap';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import { type DevTokenSigner, type Identity } from '@ntm/auth';
import { freePort, startTestSystem, type TestSystem } from '@ntm/test-support';

const SECRET = 'e2e-secret-that-is-at-least-32-characters';
const ISSUER = 'urn:ntm:e2e';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);

describe('identity and access', () => {
  let system: TestSystem;
  /** Dev login off, known signing secret: for forged tokens. */
  let secured: RunningApi;
  /** Two logins a minute. */
  let limited: RunningApi;

  beforeAll(async () => {
    system = await startTestSystem();
    const endpoints = { databaseUrl: system.db.url, temporalAddress: system.config.TEMPORAL_ADDRESS ?? '' };
    secured = await startApi(
      { ...system.config, PORT: await freePort(), AUTH_DEV_LOGIN: false, AUTH_DEV_SECRET: SECRET, AUTH_ISSUER: ISSUER },
      endpoints,
    );
    limited = await startApi({ ...system.config, PORT: await freePort(), AUTH_LOGIN_RATE_LIMIT: 2 }, endpoints);
  });
  afterAll(async () => {
    await secured?.close();
    await limited?.close();
    await system?.stop();
  });

  const devLogin = (userId: string, base = system.api.url) =>
    fetch(`${base}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
  const tokenFor = async (user: Identity) =>
    (await system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER)(user)).accessToken;
  const forged = (claims: Record<string, unknown>, key: Uint8Array = new TextEncoder().encode(SECRET)) =>
    new SignJWT({
      sub: 'x',
      iss: ISSUER,
      aud: system.config.AUTH_AUDIENCE,
      iat: now(),
      exp: now() + 600,
      name: 'X',
      grants: [],
      ...claims,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(key);
  const meOnSecured = (headers: Record<string, string>) =>
    fetch(`${secured.url}/api/v1/auth/me`, { headers: { 'accept-language': 'en', ...headers } });

  it('the dev login returns a token that works on /auth/me, which shows identity and grants', async () => {
    const login = await devLogin('can-bo-quan-ha');
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const me = await system.request('/api/v1/auth/me', { headers: bearer(accessToken) });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      userId: 'can-bo-quan-ha',
      name: 'Triệu Thị Hà',
      grants: [{ role: 'commune-officer', unit: '02005' }],
    });
  });

  it('a well-signed token for the secured instance is accepted', async () => {
    expect((await meOnSecured(bearer(await forged({})))).status).toBe(200);
  });

  it.each([
    ['expired', () => forged({ exp: now() - 60 }), 'expired'],
    ['wrongly signed', () => forged({}, randomBytes(32)), 'invalid-signature'],
    [
      'alg none',
      async () => new UnsecuredJWT({ name: 'X', grants: [] }).setSubject('x').setIssuer(ISSUER).encode(),
      'malformed',
    ],
    ['malformed', async () => 'abc.def', 'malformed'],
  ])('a %s token is refused with 401 problem+json and a short reason', async (_, token, reason) => {
    const response = await meOnSecured(bearer(await token()));
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ code: 'unauthenticated', title: 'Unauthenticated', reason });
    expect(JSON.stringify(problem)).not.toMatch(/jose|JWS|stack/i);
  });

  it('no token on a protected route is 401, in Vietnamese by default', async () => {
    const response = await system.request('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'unauthenticated', title: 'Chưa xác thực' });
  });

  it('when the configuration disables the dev login, the route does not exist', async () => {
    const response = await devLogin('can-bo-quan-ha', secured.url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('an unknown demo user is not found', async () => {
    expect((await devLogin('khong-co')).status).toBe(404);
  });

  it('login attempts beyond the limit answer 429 problem+json with Retry-After', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) statuses.push((await devLogin('can-bo-quan-ha', limited.url)).status);
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await devLogin('can-bo-quan-ha', limited.url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: 'rate-limited', status: 429 });
  });

  it('an auditor may not write: POST is 403', async () => {
    const auditor: Identity = {
      userId: 'thanh-tra-bac-kan',
      name: 'Vi Thị Tra',
      grants: [{ role: 'auditor', unit: '06' }],
    };
    const response = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: bearer(await tokenFor(auditor)),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'forbidden' });
  });

  it('the diagnostics round trip runs for an administrator, recorded in their name, not for a commune officer', async () => {
    const { accessToken } = (await (await devLogin('quan-tri-bac-kan')).json()) as { accessToken: string };
    const allowed = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: bearer(accessToken),
    });
    expect(allowed.status).toBe(201);
    const record = (await allowed.json()) as { id: string };
    const [row] = await system.db.dataSource.query('select requested_by from ops.round_trips where id = $1', [
      record.id,
    ]);
    expect(row).toEqual({ requested_by: 'quan-tri-bac-kan' });
    const officer: Identity = {
      userId: 'can-bo-quan-ha',
      name: 'Triệu Thị Hà',
      grants: [{ role: 'commune-officer', unit: '02005' }],
    };
    const refused = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: bearer(await tokenFor(officer)),
    });
    expect(refused.status).toBe(403);
  });

  it('health and metrics stay public', async () => {
    expect((await system.request('/health')).status).toBe(200);
    expect((await system.request('/metrics')).status).toBe(200);
    expect((await system.request('/api/docs/openapi.json')).status).toBe(200);
  });
});
