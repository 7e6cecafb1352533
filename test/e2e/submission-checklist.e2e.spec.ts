import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { vietnamDateOf } from '@ntm/calendar';
import type { Identity, Role } from '@ntm/auth';

import { apiJourney } from '../support/api-journey';
import { dossierInPosting, filingSteps, rulesFiledOn } from '../support/dossier-journey';

const PROVINCE = '19';
const COMMUNE = '02008';
const WITHDRAWING_COMMUNE = '05503';
const DATA_DIR = mkdtempSync(join(tmpdir(), 'ntm-checklist-e2e-'));

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`);

/** The documents the commune uploads itself under the two-tier regime (Điều 7 khoản 1 điểm a, b, e, g). */
const TO_UPLOAD = ['to-trinh', 'bao-cao-ket-qua', 'bien-ban-hop', 'hinh-anh-minh-hoa'];

interface ChecklistBody {
  open: boolean;
  missing: string[];
  items: { documentId: string; name: string; status: string; produced: boolean; files: { sha256: string }[] }[];
}

describe('the submission dossier of QĐ 18/2022/QĐ-TTg, Điều 7 and evidence uploads by stage, over HTTP', () => {
  const { as, sign, system } = apiJourney({ config: { DATA_DIR } });
  const commune = as('commune-officer', COMMUNE);
  const mttq = as('survey-officer', COMMUNE);
  let dossierId: string;

  const token = async (role: Role, unit: string) => {
    const identity: Identity = { userId: `${role}-${unit}`, name: 'Người dùng', grants: [{ role, unit }] };
    return (await sign(identity)).accessToken;
  };
  const upload = async (role: Role, unit: string, id: string, bytes: Buffer, fileName: string) => {
    const response = await system().request(
      `/api/v1/dossiers/${id}/evidence?fileName=${encodeURIComponent(fileName)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${await token(role, unit)}`, 'content-type': 'application/octet-stream' },
        body: bytes,
      },
    );
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const checklist = async (role: Role, unit: string) => {
    const response = await system().request(`/api/v1/dossiers/${dossierId}/submission-checklist`, {
      headers: { authorization: `Bearer ${await token(role, unit)}` },
    });
    return { status: response.status, body: (await response.json()) as ChecklistBody };
  };
  const at = (path: string) => `/dossiers/${dossierId}/${path}`;

  afterAll(() => rm(DATA_DIR, { recursive: true, force: true }));
  beforeAll(async () => {
    ({ dossierId } = await dossierInPosting(as, COMMUNE, PROVINCE));
    const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, { group: 2 });
    // Posting closed and the MTTQ's survey certified: everything but the documents.
    const [, , closure, survey] = filingSteps(rules, { group: 2 }, commune, mttq);
    for (const [send, path, body] of [closure!, survey!]) expect((await send(at(path), body)).status).toBe(200);
  });

  it('refuses the submission while required documents are missing, naming each in Vietnamese, and changes nothing', async () => {
    const refused = await commune(at('submissions'), { tier: 'province' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'submission.documents-missing' });
    const missing = (refused.body.details as { missing: { documentId: string; name: string }[] }).missing;
    expect(missing.map((m) => m.documentId)).toEqual(TO_UPLOAD);
    for (const name of [
      'Tờ trình của UBND xã đề nghị thẩm định, xét công nhận xã đạt chuẩn',
      'Báo cáo kết quả xây dựng nông thôn mới của xã',
      'Biên bản cuộc họp của UBND xã đề nghị xét, công nhận xã đạt chuẩn',
      'Hình ảnh minh họa về kết quả xây dựng nông thôn mới của xã',
    ]) {
      expect(String(refused.body.detail)).toContain(name);
    }

    const { status, body } = await checklist('commune-officer', COMMUNE);
    expect(status).toBe(200);
    expect(body.open).toBe(true);
    expect(body.missing).toEqual(TO_UPLOAD);
    // Produced by the procedure itself: not asked for again.
    const byId = Object.fromEntries(body.items.map((i) => [i.documentId, i]));
    for (const produced of ['bao-cao-no-dong-xdcb', 'bao-cao-tong-hop-y-kien', 'bao-cao-hai-long-mttq'])
      expect(byId[produced]).toMatchObject({ status: 'present', produced: true });
    expect(byId['tai-lieu-khac']).toMatchObject({ status: 'missing' });
    const summary = await system().request(`/api/v1/dossiers/${dossierId}`, {
      headers: { authorization: `Bearer ${await token('commune-officer', COMMUNE)}` },
    });
    expect(((await summary.json()) as { status: string }).status).toBe('surveyed');
  });

  it('refuses a document the regime does not list and a malformed file reference', async () => {
    const unknown = await commune(at('submission-documents/giay-khen'), { sha256: 'a'.repeat(64), name: 'a.pdf' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'checklist.unknown-document']);
    const malformed = await commune(at('submission-documents/to-trinh'), { sha256: 'khong-hop-le', name: 'a.pdf' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'sha256' })]);
  });

  it('takes the uploaded files, shows each document present, and then accepts the submission', async () => {
    for (const documentId of TO_UPLOAD) {
      const uploaded = await upload('commune-officer', COMMUNE, dossierId, pdf(documentId), `${documentId}.pdf`);
      expect(uploaded.status).toBe(200);
      const attached = await commune(at(`submission-documents/${documentId}`), {
        sha256: uploaded.body.sha256,
        name: uploaded.body.name,
      });
      expect([documentId, attached.status]).toEqual([documentId, 200]);
    }
    // Detached, a document is missing again; attached again, present.
    const photo = (await checklist('commune-officer', COMMUNE)).body.items.find(
      (i) => i.documentId === 'hinh-anh-minh-hoa',
    )!;
    const sha256 = photo.files[0]!.sha256;
    expect((await commune(at('submission-documents/hinh-anh-minh-hoa/detachment'), { sha256 })).status).toBe(200);
    expect((await checklist('auditor', PROVINCE)).body.missing).toEqual(['hinh-anh-minh-hoa']);
    const again = await commune(at('submission-documents/hinh-anh-minh-hoa'), { sha256, name: 'anh.pdf' });
    expect(again.status).toBe(200);
    expect((await checklist('department-appraiser', PROVINCE)).body.missing).toEqual([]);

    const submitted = await commune(at('submissions'), { tier: 'province' });
    expect(submitted).toMatchObject({ status: 200, body: { status: 'in-review' } });
    // The attached files are the dossier's: its appraisers download them.
    const download = await system().request(`/api/v1/dossiers/${dossierId}/evidence/${sha256}`, {
      headers: { authorization: `Bearer ${await token('department-appraiser', PROVINCE)}` },
    });
    expect(download.status).toBe(200);
  });

  it('closes the submission dossier once submitted, and refuses uploads past the uploader’s stage (409 problem+json)', async () => {
    expect((await checklist('commune-officer', COMMUNE)).body.open).toBe(false);
    const late = await commune(at('submission-documents/tai-lieu-khac'), { sha256: 'c'.repeat(64), name: 'b.pdf' });
    expect([late.status, late.body.code]).toEqual([409, 'dossier.invalid-state']);

    for (const role of ['commune-officer', 'survey-officer'] as const) {
      const refused = await upload(role, COMMUNE, dossierId, pdf(`muon-${role}`), 'muon.pdf');
      expect(refused.status).toBe(409);
      expect(refused.type).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        code: 'evidence.dossier-closed',
        details: { status: 'in-review', role },
        detail: expect.stringContaining('đang thẩm tra / thẩm định'),
      });
    }
  });

  it('refuses every upload to a withdrawn dossier', async () => {
    const { dossierId: withdrawn } = await dossierInPosting(as, WITHDRAWING_COMMUNE, PROVINCE);
    const officer = as('commune-officer', WITHDRAWING_COMMUNE);
    expect((await officer(`/dossiers/${withdrawn}/withdrawal`, { reason: 'Chưa đủ điều kiện' })).status).toBe(200);
    for (const role of ['commune-officer', 'survey-officer'] as const) {
      const refused = await upload(role, WITHDRAWING_COMMUNE, withdrawn, pdf('sau khi rut'), 'a.pdf');
      expect([role, refused.status, refused.body.code]).toEqual([role, 409, 'evidence.dossier-closed']);
    }
    const coordinator = await upload('province-coordinator', PROVINCE, withdrawn, pdf('dieu phoi'), 'b.pdf');
    expect([coordinator.status, coordinator.body.code]).toEqual([409, 'evidence.dossier-closed']);
  });
});
