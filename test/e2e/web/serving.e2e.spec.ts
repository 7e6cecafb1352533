import { startTestSystem, type TestSystem } from '@ntm/test-support';

/** The API serves the built web application at `/`, keeps its own paths its own, and compresses. */
describe('the web application as the API serves it', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  const page = (path: string) => system.request(path, { headers: { accept: 'text/html,application/xhtml+xml' } });

  it('answers a page load of any client address with the application, revalidated on every visit', async () => {
    for (const path of ['/', '/xa/dang-ky', '/tham-dinh/7d1c3f5e-0000-4000-8000-000000000001/DK.3']) {
      const answer = await page(path);
      expect([path, answer.status]).toEqual([path, 200]);
      expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await answer.text()).toContain('<div id="root"></div>');
    }
    expect((await page('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the hashed assets compressed at build time, cached for a year, and a missing file or API path as 404 problem+json', async () => {
    const html = await (await page('/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await system.request(script ?? '/assets/missing.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const compressed = await system.request(script ?? '', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(await compressed.text()).toBe(await asset.text());
    for (const path of ['/assets/khong-co.js', '/api/v1/khong-co', '/api/v1/dossiers/x/khong-co']) {
      const answer = await page(path);
      expect([path, answer.status, answer.headers.get('content-type')]).toEqual([
        path,
        404,
        'application/problem+json; charset=utf-8',
      ]);
    }
  });

  it('serves the installable application’s manifest and service worker revalidated on every visit (#24)', async () => {
    const html = await (await page('/')).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    const manifest = await system.request('/manifest.webmanifest');
    expect([manifest.status, manifest.headers.get('content-type')]).toEqual([200, 'application/manifest+json']);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    const app = (await manifest.json()) as { name: string; icons: { src: string; sizes: string }[] };
    expect(app.name).toBe('Hồ sơ Nông thôn mới');
    for (const icon of app.icons.filter(({ sizes }) => sizes !== 'any')) {
      const answer = await system.request(icon.src);
      expect([icon.src, answer.status, answer.headers.get('content-type')]).toEqual([icon.src, 200, 'image/png']);
    }
    const worker = await system.request('/sw.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses the API’s own answers for a client that accepts it, and only those of some size', async () => {
    const plain = await system.request('/api/docs/openapi.json', { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const coding of ['br', 'gzip']) {
      const compressed = await system.request('/api/docs/openapi.json', { headers: { 'accept-encoding': coding } });
      expect(compressed.headers.get('content-encoding')).toBe(coding);
      expect(await compressed.json()).toEqual(await (await system.request('/api/docs/openapi.json')).json());
    }
    expect(await plain.json()).toHaveProperty('openapi');
    // A small answer that depends on nothing else (the health check's grows into a report when a
    // loaded machine makes a dependency late).
    const small = await system.request('/api/v1/dossiers', { headers: { 'accept-encoding': 'gzip' } });
    expect([small.status, small.headers.get('content-encoding')]).toEqual([401, null]);
    expect(Number(small.headers.get('content-length'))).toBeLessThan(1024);
  });
});
