import { request as httpRequest } from 'node:http';

import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { DEMO_ADMINISTRATOR, devLoginHeaders } from '../support/dev-login';

const ROUND_TRIPS = '/api/v1/diagnostics/round-trips';

/** A raw HTTP exchange: fetch refuses some of what these tests send on purpose. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; contentType: string; body: string }>((resolve, reject) => {
    const request = httpRequest(`${url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type']),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.on('error', reject).end();
  });
}

describe('HTTP edges: what the API cannot read or route is refused as problem+json before any handler', () => {
  let system: TestSystem;
  let asAdministrator: Record<string, string>;
  beforeAll(async () => {
    system = await startTestSystem();
    asAdministrator = await devLoginHeaders(system.api.url, DEMO_ADMINISTRATOR);
  });
  afterAll(() => system?.stop());

  const recorded = async () =>
    (await system.db.dataSource.query('select count(*)::int as count from ops.round_trips'))[0].count as number;

  it.each([
    ['a form body', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['plain text', { 'content-type': 'text/plain' }, '{}'],
    ['JSON declared as UTF-16', { 'content-type': 'application/json; charset=utf-16' }, '{}'],
    [
      'JSON with an unknown Content-Encoding',
      { 'content-type': 'application/json', 'content-encoding': 'bogus' },
      '{}',
    ],
  ])('%s is refused with 415 and nothing is recorded', async (_, headers, body) => {
    const before = await recorded();
    const response = await system.request(ROUND_TRIPS, {
      method: 'POST',
      headers: { ...asAdministrator, ...headers },
      body,
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 415, code: 'unsupported-media-type' });
    expect(await recorded()).toBe(before);
  });

  it('JSON in UTF-8 is still taken, and so are the tally upload types on their route', async () => {
    const json = await system.request(ROUND_TRIPS, {
      method: 'POST',
      headers: {
        ...asAdministrator,
        'content-type': 'application/json; charset=UTF-8',
        'content-encoding': 'identity',
      },
      body: '{}',
    });
    expect(json.status).toBe(201);
    const upload = await system.request(
      `/api/v1/dossiers/${crypto.randomUUID()}/survey-campaigns/${crypto.randomUUID()}/imports`,
      { method: 'POST', headers: { ...asAdministrator, 'content-type': 'text/csv' }, body: 'ma_ho,ma_thon\n' },
    );
    expect(upload.status).not.toBe(415);
  });

  it('a method the path does not take answers 405 with Allow listing the ones it does', async () => {
    const response = await system.request(ROUND_TRIPS, { method: 'DELETE', headers: asAdministrator });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ code: 'method-not-allowed', allow: ['POST'] });
    const detail = await system.request(`/api/v1/dossiers/${crypto.randomUUID()}?minVersion=1`, { method: 'PUT' });
    expect(detail.status).toBe(405);
    expect(detail.headers.get('allow')?.split(', ')).toEqual(expect.arrayContaining(['GET', 'HEAD']));
    expect((await system.request('/api/v1/khong-co', { method: 'DELETE' })).status).toBe(404);
  });

  it('a request target over 8 KiB answers 414 without echoing it', async () => {
    const long = 'x'.repeat(9 * 1024);
    const response = await rawGet(system.api.url, `/api/v1/dossiers?q=${long}`, asAdministrator);
    expect(response).toMatchObject({ status: 414, contentType: expect.stringContaining('application/problem+json') });
    expect(JSON.parse(response.body)).toMatchObject({ code: 'uri-too-long' });
    expect(response.body).not.toContain('xxxxxxxx');
  });

  it.each([
    ['a header', '/api/v1/dossiers', { 'x-filler': 'y'.repeat(20 * 1024) }],
    ['a request target', `/api/v1/dossiers?q=${'y'.repeat(20 * 1024)}`, {}],
  ])('a request head over 16 KiB (%s) answers 431 problem+json without echoing it', async (_, path, headers) => {
    const response = await rawGet(system.api.url, path, headers);
    expect(response).toMatchObject({ status: 431, contentType: expect.stringContaining('application/problem+json') });
    expect(JSON.parse(response.body)).toMatchObject({ status: 431, code: 'header-fields-too-large' });
    expect(response.body).not.toContain('yyyyyyyy');
  });
});
