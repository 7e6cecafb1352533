import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Pool } from 'pg';

import type { DossierEvent } from '@ntm/domain';
import { PostgresEventStore } from '@ntm/event-store';
import { startTestSystem, type TestSystem } from '@ntm/test-support';

import { devLoginHeaders } from '../support/dev-login';
import { describeWithPdftotext, pdfText } from '../support/pdf-text';
import { inReview, publicVerifications, recognised, revoked } from '../support/public-decisions';

const DOSSIER = 'hs-02008-2026';
const IN_REVIEW = 'hs-05503-2026';
/** Chủ tịch UBND tỉnh Thái Nguyên (libs/auth/data/demo-users.yaml). */
const APPROVER = 'chu-tich-thai-nguyen';
/** Where the run leaves the PDFs (git-ignored), for people to look at. */
const OUTPUT = resolve(__dirname, '..', '..', 'test-results', 'documents');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The procedure's documents as PDF (issue #21), downloaded as the approver would and read back
 * with pdftotext: the Vietnamese text survives the embedded font, and the file is the same each time.
 */
describeWithPdftotext('generated documents of a dossier (e2e)', () => {
  let system: TestSystem;
  let pool: Pool;
  let store: PostgresEventStore;
  let headers: Record<string, string>;
  let history: DossierEvent[] = [];
  const download = async (dossierId: string, kind: string) => {
    const response = await system.request(`/api/v1/dossiers/${dossierId}/documents/${kind}.pdf`, { headers });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const textOf = (name: string, bytes: Buffer) => {
    const file = resolve(OUTPUT, `${name}.pdf`);
    writeFileSync(file, bytes);
    return pdfText(file);
  };

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    system = await startTestSystem();
    pool = system.db.openPool(2);
    store = new PostgresEventStore(pool);
    history = await recognised(store, DOSSIER, '02008');
    await inReview(store, IN_REVIEW, '05503');
    headers = await devLoginHeaders(system.api.url, APPROVER);
  });
  afterAll(async () => {
    await store?.drain();
    await system?.stop();
  });

  it('the recognition decision reads in Vietnamese with the motto, number, unit and the QR code’s address, the same bytes each time', async () => {
    // Downloaded before the public read model has caught up: the QR code comes from the event itself.
    const first = await download(DOSSIER, 'recognition-decision');
    const { url } = await publicVerifications(() => system).verified(DOSSIER);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Quyết định công nhận - Xã Cẩm Giàng.pdf')}`,
    );
    const text = textOf('recognition-decision', first.bytes);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN',
      'Số: 123/QĐ-UBND',
      'ngày 01 tháng 5 năm 2026',
      'QUYẾT ĐỊNH',
      'Xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026',
      'Nơi nhận:',
      url,
    ])
      expect(text).toContain(expected);

    const again = await download(DOSSIER, 'recognition-decision');
    expect(sha256(again.bytes)).toBe(sha256(first.bytes));
  });

  it('records each file handed out once, by its sha256, before it leaves: the list and the timeline show it', async () => {
    const downloads = await Promise.all([1, 2, 3].map(() => download(DOSSIER, 'appraisal-report')));
    const hash = sha256(downloads[0]!.bytes);
    for (const { bytes, headers: sent } of downloads) {
      expect(sha256(bytes)).toBe(hash);
      expect(sent.get('repr-digest')).toBe(`sha-256=:${Buffer.from(hash, 'hex').toString('base64')}:`);
    }
    const recordedFiles = (await store.readStream(`dossier-documents-${DOSSIER}`)).map((event) => event.data);
    expect(recordedFiles).toEqual([
      expect.objectContaining({ document: 'recognition-decision' }),
      {
        dossierId: DOSSIER,
        document: 'appraisal-report',
        sha256: hash,
        size: downloads[0]!.bytes.length,
        dossierVersion: history.length,
      },
    ]);

    const list = await system.request(`/api/v1/dossiers/${DOSSIER}/documents`, { headers });
    expect(list.status).toBe(200);
    const { documents } = (await list.json()) as {
      documents: { document: string; available: boolean; editions: { sha256: string }[] }[];
    };
    expect(documents.map(({ document, available, editions }) => [document, available, editions.length])).toEqual([
      ['recognition-decision', true, 1],
      ['revocation-decision', false, 0],
      ['appraisal-report', true, 1],
      ['council-minutes', true, 0],
    ]);
    expect(documents[2]?.editions[0]).toMatchObject({ sha256: hash, dossierVersion: history.length });

    const auditor = await devLoginHeaders(system.api.url, 'thanh-tra-thai-nguyen');
    const timeline = await system.request(`/api/v1/audit/dossiers/${DOSSIER}/timeline?type=DocumentGenerated`, {
      headers: auditor,
    });
    const { events } = (await timeline.json()) as { events: { sentence: { vi: string } }[] };
    expect(events.map((event) => event.sentence.vi)).toEqual([
      expect.stringContaining('tải về quyết định công nhận'),
      expect.stringContaining(`tải về báo cáo thẩm định (tệp mới, lập từ phiên bản ${history.length} của hồ sơ`),
    ]);
    expect(events[1]?.sentence.vi).toContain(`SHA-256 ${hash}`);
  });

  it('the appraisal report lists each criterion with its department and result; the minutes the council and its vote', async () => {
    const report = await download(DOSSIER, 'appraisal-report');
    expect(report.status).toBe(200);
    const reportText = textOf('appraisal-report', report.bytes);
    for (const expected of ['BÁO CÁO', 'Kết quả thẩm định hồ sơ', 'Sở, ngành thẩm định', 'Đạt', 'tiêu chí đạt chuẩn'])
      expect(reportText).toContain(expected);

    const minutes = await download(DOSSIER, 'council-minutes');
    expect(minutes.status).toBe(200);
    const minutesText = textOf('council-minutes', minutes.bytes);
    for (const expected of ['BIÊN BẢN', 'HỘI ĐỒNG THẨM ĐỊNH', 'Thành viên hội đồng', 'túc số', 'Số phiếu tán thành'])
      expect(minutesText).toContain(expected);
  });

  it('a document that does not exist yet is a 404 problem, not an empty file, and leaves no record; one the procedure does not make is 400', async () => {
    for (const [dossierId, kind] of [
      [DOSSIER, 'revocation-decision'],
      [IN_REVIEW, 'recognition-decision'],
      [IN_REVIEW, 'council-minutes'],
    ] as const) {
      const answer = await system.request(`/api/v1/dossiers/${dossierId}/documents/${kind}.pdf`, { headers });
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(await answer.json()).toMatchObject({ code: 'document-not-available' });
    }
    expect(await store.readStream(`dossier-documents-${IN_REVIEW}`)).toEqual([]);
    const unknown = await system.request(`/api/v1/dossiers/${DOSSIER}/documents/to-trinh.pdf`, { headers });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ field: 'document' }] });
  });

  it('once revoked, the revocation decision names the recognition it revokes', async () => {
    await revoked(store, DOSSIER, history, '900/QĐ-UBND');
    const revocation = await download(DOSSIER, 'revocation-decision');
    expect(revocation.status).toBe(200);
    const text = textOf('revocation-decision', revocation.bytes);
    for (const expected of ['Số: 900/QĐ-UBND', 'Về việc thu hồi Quyết định số 123/QĐ-UBND', 'xã Cẩm Giàng', 'Thu nhập'])
      expect(text).toContain(expected);
  });
});
