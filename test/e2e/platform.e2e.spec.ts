import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { DEMO_ADMINISTRATOR, devLoginHeaders } from '../support/dev-login';

describe('platform: API -> Temporal -> worker -> PostgreSQL', () => {
  let system: TestSystem;
  /** The demo administrator's bearer token (the round trip is administrator-only). */
  let asAdministrator: Record<string, string>;
  beforeAll(async () => {
    system = await startTestSystem();
    asAdministrator = await devLoginHeaders(system.api.url, DEMO_ADMINISTRATOR);
  });
  afterAll(() => system?.stop());

  it('a diagnostics round trip is recorded in PostgreSQL by the worker activity', async () => {
    const response = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: asAdministrator,
    });
    expect(response.status).toBe(201);
    const record = (await response.json()) as { id: string; workflowId: string };
    const rows = await system.db.dataSource.query('select workflow_id from ops.round_trips where id = $1', [record.id]);
    expect(rows).toEqual([{ workflow_id: record.workflowId }]);
  });

  it('repeating a request with the same Idempotency-Key writes nothing twice and answers the same', async () => {
    const send = () =>
      system.request('/api/v1/diagnostics/round-trips', {
        method: 'POST',
        headers: { ...asAdministrator, 'Idempotency-Key': 'e2e-key-1' },
      });
    const first = (await (await send()).json()) as { id: string };
    const second = await (await send()).json();
    expect(second).toEqual(first);
    const [{ count }] = await system.db.dataSource.query(
      'select count(*)::int as count from ops.round_trips where id = $1',
      [first.id],
    );
    expect(count).toBe(1);
  });

  it('health reports PostgreSQL and Temporal up', async () => {
    const response = await system.request('/health');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { details: unknown };
    expect(body.details).toMatchObject({ postgres: { status: 'up' }, temporal: { status: 'up' } });
  });

  it('metrics are exposed for Prometheus, with HTTP latency by route', async () => {
    await system.request('/health');
    const text = await (await system.request('/metrics')).text();
    expect(text).toContain('http_request_duration_seconds_bucket');
    expect(text).toMatch(/route="\/health"/);
  });

  it('an unknown route answers problem+json in Vietnamese by default, English on request, with the request id', async () => {
    const vi = await system.request('/api/v1/khong-co', { headers: { 'x-request-id': 'trace-123' } });
    expect(vi.status).toBe(404);
    expect(vi.headers.get('content-type')).toContain('application/problem+json');
    expect(vi.headers.get('x-request-id')).toBe('trace-123');
    const body = (await vi.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: 'urn:ntm:problem:not-found',
      title: 'Không tìm thấy',
      status: 404,
      requestId: 'trace-123',
    });
    expect(body.detail).toBeUndefined(); // the router's "Cannot GET <url>" is not echoed
    const en = await system.request('/api/v1/khong-co', { headers: { 'accept-language': 'en-GB,vi;q=0.5' } });
    expect(await en.json()).toMatchObject({ title: 'Not found' });
  });

  it('a malformed Idempotency-Key is refused with the field and reason, and nothing is written', async () => {
    const response = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: { ...asAdministrator, 'Idempotency-Key': 'x'.repeat(201) },
    });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem).toMatchObject({ code: 'validation', errors: [{ field: 'Idempotency-Key' }] });
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('malformed JSON bodies are refused as problem+json without a stack trace', async () => {
    const response = await system.request('/api/v1/diagnostics/round-trips', {
      method: 'POST',
      headers: { ...asAdministrator, 'content-type': 'application/json' },
      body: '{"broken":',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.text()).not.toContain('node_modules');
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const document = (await (await system.request('/api/docs/openapi.json')).json()) as {
      openapi: string;
      paths: object;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/v1/diagnostics/round-trips');
  });
});
