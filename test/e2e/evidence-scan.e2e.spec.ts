import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TimelineEntry } from '@ntm/audit';
import type { AppConfig } from '@ntm/config';
import {
  type ClamdDaemon,
  describeWithClamd,
  EICAR,
  EICAR_SIGNATURE,
  startClamd,
} from '@ntm/documents/testing/clamd-daemon';
import { dossierEvidenceStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

import { apiJourney } from '../support/api-journey';
import { dossierInPosting } from '../support/dossier-journey';

const PROVINCE = '19';
const COMMUNE = '02008';
const DATA_DIR = mkdtempSync(join(tmpdir(), 'ntm-evidence-scan-e2e-'));
const EVIDENCE_DIR = join(DATA_DIR, 'evidence');

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`);

describeWithClamd('evidence uploads scanned by clamd (EVIDENCE_SCAN=clamd)', () => {
  let clamd: ClamdDaemon;
  // Filled in once clamd listens, before the system starts (hooks run in the order declared).
  const config: Partial<AppConfig> = { DATA_DIR, EVIDENCE_SCAN: 'clamd', CLAMD_TIMEOUT_MS: 10_000 };
  beforeAll(async () => {
    clamd = await startClamd();
    config.CLAMD_ADDRESS = clamd.tcp;
  });
  const { as, sign, system } = apiJourney({ config });
  let dossierId: string;
  beforeAll(async () => {
    ({ dossierId } = await dossierInPosting(as, COMMUNE, PROVINCE));
  });
  afterAll(async () => {
    await clamd?.stop();
    await rm(DATA_DIR, { recursive: true, force: true });
  });

  const bearer = async (role: 'commune-officer' | 'auditor', unit: string) =>
    `Bearer ${(await sign({ userId: `${role}-${unit}`, name: 'Người dùng', grants: [{ role, unit }] })).accessToken}`;
  const upload = async (body: Buffer, fileName: string) => {
    const response = await system().request(
      `/api/v1/dossiers/${dossierId}/evidence?fileName=${encodeURIComponent(fileName)}`,
      {
        method: 'POST',
        headers: {
          authorization: await bearer('commune-officer', COMMUNE),
          'content-type': 'application/octet-stream',
        },
        body,
      },
    );
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const recorded = () =>
    system().api.app.get<symbol, EventStore>(EVENT_STORE).readStream(dossierEvidenceStreamId(dossierId));
  /** Every file kept (named by its sha256) and every temporary file left, under DATA_DIR/evidence. */
  const onDisk = async () => readdir(EVIDENCE_DIR, { recursive: true }).catch(() => [] as string[]);

  it('accepts a clean file and records clamd’s verdict, name and version with the upload, told in the timeline', async () => {
    const minutes = pdf('bien ban hop dan thon Dong');
    const before = Date.now();
    const uploaded = await upload(minutes, 'Biên bản họp dân.pdf');
    const scan = {
      verdict: 'clean',
      scanner: 'ClamAV',
      version: expect.stringMatching(/^\d+\.\d+/),
      scannedAt: expect.any(String),
    };
    expect(uploaded).toMatchObject({
      status: 200,
      body: { sha256: sha256Of(minutes), mediaType: 'application/pdf', scan },
    });
    const scannedAt = Date.parse((uploaded.body.scan as { scannedAt: string }).scannedAt);
    expect(scannedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(scannedAt).toBeLessThanOrEqual(Date.now());

    const [event] = (await recorded()).filter((e) => (e.data as { sha256: string }).sha256 === sha256Of(minutes));
    expect(event?.data).toEqual({ ...uploaded.body });
    expect(await onDisk()).toContain(join(sha256Of(minutes).slice(0, 2), sha256Of(minutes)));

    const timeline = await system().request(`/api/v1/audit/dossiers/${dossierId}/timeline?type=EvidenceFileUploaded`, {
      headers: { authorization: await bearer('auditor', PROVINCE) },
    });
    const { events } = (await timeline.json()) as { events: TimelineEntry[] };
    const { version } = uploaded.body.scan as { version: string };
    expect(events.map((entry) => entry.sentence.vi)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `tải lên tệp minh chứng Biên bản họp dân\\.pdf \\(.+\\); đã quét bằng ClamAV ${version.replace(/\./g, '\\.')}: không phát hiện mã độc$`,
        ),
      ),
    );
  });

  it('refuses the EICAR test file with 422 naming the signature, storing and recording nothing', async () => {
    const before = await recorded();
    const refused = await upload(EICAR, 'bao-cao.txt');
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'evidence.infected', signature: EICAR_SIGNATURE, scanner: expect.stringMatching(/^ClamAV \d/) },
    });
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toContain(EICAR_SIGNATURE);
    expect(await recorded()).toHaveLength(before.length);
    const files = await onDisk();
    expect(files.filter((path) => path.includes(sha256Of(EICAR)))).toEqual([]);
    expect(files.filter((path) => path.startsWith('tmp/'))).toEqual([]);
  });

  it('fails closed with 503 (Retry-After) while clamd is down: nothing stored, nothing recorded', async () => {
    const report = pdf(`bao cao ${randomBytes(8).toString('hex')}`);
    const before = await recorded();
    await clamd.stop();
    const refused = await upload(report, 'Báo cáo.pdf');
    expect(refused).toMatchObject({
      status: 503,
      body: { code: 'evidence.scanner-unavailable', dependency: 'evidence-scanner' },
    });
    expect(refused.headers.get('retry-after')).not.toBeNull();
    expect(await recorded()).toHaveLength(before.length);
    const files = await onDisk();
    expect(files.filter((path) => path.includes(sha256Of(report)))).toEqual([]);
    expect(files.filter((path) => path.startsWith('tmp/'))).toEqual([]);
  });
});
