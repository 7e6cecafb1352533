import { createHash } from 'node:crypto';

import type { Pool } from 'pg';

import type { DossierEvent } from '@ntm/domain';
import { PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem, until } from '@ntm/test-support';

import {
  inReview,
  PEOPLE_IN_HISTORY,
  publicVerifications,
  rebuildPublicDecisions,
  recognised,
  revoked,
  signCheckpoint,
} from '../support/public-decisions';

const DOSSIER = 'hs-02008-2026';
const OTHER = 'hs-01912-2026';
const IN_REVIEW = 'hs-05503-2026';
const ELSEWHERE = 'hs-32167-2026';
const RATE_LIMIT = 60;

/**
 * Public verification of recognition decisions without login (issue #20): the page a printed QR
 * code opens, the province's list, as an anonymous visitor reads them over plain HTTP.
 */
describe('public verification of recognition decisions (e2e)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let code = '';
  let history: DossierEvent[] = [];
  const page = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${system.api.url}${path}`, { headers: { accept: 'text/html', ...headers } });
    // Whitespace between tags is the template's layout, not the page's text.
    return { status: response.status, headers: response.headers, text: (await response.text()).replace(/\s+/g, ' ') };
  };
  const { verified: verification, refused } = publicVerifications(() => system);

  beforeAll(async () => {
    system = await startTestSystem({ config: { PUBLIC_RATE_LIMIT: RATE_LIMIT, PUBLIC_RATE_WINDOW_SECONDS: 600 } });
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it("a recognition's page shows the unit, level, year, decision and that it stands, with the signed checkpoint and its own QR code", async () => {
    history = await recognised(store, DOSSIER, '02008');
    await recognised(store, OTHER, '01912');
    const verified = await verification(DOSSIER);
    code = verified.code;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(verified).toMatchObject({ url: `${system.api.url}/xac-minh/${code}`, status: 'valid' });
    expect(verified.qrSvg).toContain('<svg');
    const seal = await signCheckpoint(system);

    const shown = await page(`/xac-minh/${code}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(shown.text).toContain('<html lang="vi">');
    for (const text of ['Xã Cẩm Giàng', 'Tỉnh Thái Nguyên', 'Năm', '123/QĐ-UBND', '01/05/2026', 'Còn hiệu lực'])
      expect(shown.text).toContain(text);
    expect(shown.text).toContain(
      `đạt chuẩn nông thôn mới năm ${history.find((e) => e.type === 'DossierRegistered')?.data.year}`,
    );
    expect(shown.text).toContain(seal.merkleRoot);
    expect(shown.text).toMatch(/Bao gồm quyết định này<\/dt> <dd>Có<\/dd>/);
    expect(shown.text).toContain(`aria-label="Mã QR dẫn tới trang xác minh"`);
    // Typed from paper: lower case, split in two groups.
    expect((await page(`/xac-minh/${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`)).status).toBe(200);
  });

  it('names no person: neither who acted on the dossier nor who signed its decision', async () => {
    const shown = await page(`/xac-minh/${code}`);
    const list = await page('/xac-minh/tinh/19');
    for (const person of PEOPLE_IN_HISTORY) {
      expect(shown.text).not.toContain(person);
      expect(list.text).not.toContain(person);
    }
    expect(shown.text).not.toContain(DOSSIER);
  });

  it('is cacheable by proxies, revalidated by its ETag, and runs no script', async () => {
    const shown = await page(`/xac-minh/${code}`);
    expect(shown.headers.get('cache-control')).toBe('public, max-age=300');
    expect(Date.parse(shown.headers.get('last-modified') ?? '')).not.toBeNaN();
    const etag = shown.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await page(`/xac-minh/${code}`, { 'if-none-match': etag })).status).toBe(304);
    const policy = shown.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src/);
    expect(shown.text).not.toMatch(/<script/i);
    // The inline style is allowed by its hash alone, byte for byte.
    const raw = await (await fetch(`${system.api.url}/xac-minh/${code}`)).text();
    const style = /<style>([^<]*)<\/style>/.exec(raw)?.[1] ?? '';
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('an unknown or malformed code is a Vietnamese 404 page, never JSON or a stack', async () => {
    for (const path of ['/xac-minh/ZZZZZZZZZZ', '/xac-minh/%3Cscript%3E', '/xac-minh/tinh/99']) {
      const missing = await page(path);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(missing.text).toMatch(/Không tìm thấy/);
      expect(missing.text).not.toMatch(/<script|at .*\.js:\d+/);
    }
    // The web application's fallback does not take these paths, even without Accept: text/html.
    expect((await fetch(`${system.api.url}/xac-minh/ZZZZZZZZZZ`)).status).toBe(404);
  });

  it('a dossier without a recognition decision has no public code: 404 not-recognised, and one out of scope is not found', async () => {
    await inReview(store, IN_REVIEW, '05503');
    const answer = await refused(IN_REVIEW, 'not-recognised');
    expect(answer).toMatchObject({ status: 404, body: { title: 'Hồ sơ chưa có quyết định công nhận' } });
    // Cà Mau's commune, outside Thái Nguyên's approver's scope, reads as if it did not exist.
    await recognised(store, ELSEWHERE, '32167', '96');
    await until(
      async () =>
        (await pool.query(`select 1 from read_models.public_decisions where dossier_id = $1`, [ELSEWHERE])).rowCount ===
        1,
      "the other province's decision projected",
    );
    expect(await refused(ELSEWHERE, 'not-found')).toMatchObject({ status: 404 });
  });

  it("the province's list shows its recognised units and finds one by name without diacritics", async () => {
    const list = await page('/xac-minh/tinh/19');
    expect(list.status).toBe(200);
    expect(list.text).toMatch(/<caption> ?2 quyết định công nhận đạt chuẩn nông thôn mới ?<\/caption>/);
    expect(list.text).toContain(`href="/xac-minh/${code}"`);
    expect(list.text).toContain('Xã Chợ Rã');
    const found = await page('/xac-minh/tinh/19?q=cam+giang');
    expect(found.text).toContain('Xã Cẩm Giàng');
    expect(found.text).not.toContain('Xã Chợ Rã');
    expect(found.text).toContain('value="cam giang"');
    expect((await page('/xac-minh/tinh/19?q=khong-co')).text).toContain(
      'Không có quyết định nào khớp từ khoá tìm kiếm.',
    );
  });

  it('once revoked, the same code shows the revocation decision; a rebuild of the read model keeps every code', async () => {
    await revoked(store, DOSSIER, history, '900/QĐ-UBND');
    await verification(DOSSIER, 'revoked');
    const shown = await page(`/xac-minh/${code}`);
    expect(shown.text).toContain('Đã bị thu hồi theo Quyết định số 900/QĐ-UBND ngày 01/06/2027');
    expect(shown.text).not.toContain('Còn hiệu lực');
    const other = (await verification(OTHER)).code;

    await rebuildPublicDecisions(system);
    expect((await verification(DOSSIER, 'revoked')).code).toBe(code);
    expect((await verification(OTHER)).code).toBe(other);
    expect((await page(`/xac-minh/${code}`)).text).toContain('Đã bị thu hồi theo Quyết định số 900/QĐ-UBND');
  });

  it('refuses an address over PUBLIC_RATE_LIMIT page views with 429, Retry-After and a Vietnamese page', async () => {
    const first = await page('/xac-minh/tinh/19');
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    expect(remaining).toBeLessThan(RATE_LIMIT);
    for (let sent = 0; sent < remaining; sent += 1) expect((await page('/xac-minh/tinh/19')).status).toBe(200);
    const refused = await page(`/xac-minh/${code}`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(refused.text).toContain('Quá nhiều yêu cầu');
  });
});
