import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import type { TimelineEntry } from '@ntm/audit';
import type { Identity, Role } from '@ntm/auth';
import { EVIDENCE_STORE, type EvidenceStore } from '@ntm/documents';
import { dossierEvidenceStreamId, EVENT_STORE, type EventStore } from '@ntm/event-store';

import { apiJourney } from '../support/api-journey';
import { dossierInPosting, EVIDENCE } from '../support/dossier-journey';
import { until } from '../support/until';

const PROVINCE = '19';
const COMMUNE = '02008';
const OTHER_COMMUNE = '01969';
const MIB = 1024 * 1024;
const MAX_BYTES = 21 * MIB;
const DATA_DIR = mkdtempSync(join(tmpdir(), 'ntm-evidence-e2e-'));
const TEMPORARY_FILES = join(DATA_DIR, 'evidence', 'tmp');

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`);

/** The largest temporary file the server is writing: the part of an upload already on disk. */
async function bytesOnDisk(): Promise<number> {
  const names = await readdir(TEMPORARY_FILES).catch(() => []);
  const sizes = await Promise.all(
    names.map((name) =>
      stat(join(TEMPORARY_FILES, name)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return Math.max(0, ...sizes);
}

describe('evidence files of a dossier through the HTTP API (upload, download, who may)', () => {
  const { as, sign, system } = apiJourney({ config: { DATA_DIR, EVIDENCE_MAX_BYTES: MAX_BYTES } });
  let dossierId: string;
  const token = async (role: Role, unit: string) => {
    const identity: Identity = { userId: `${role}-${unit}`, name: 'Người dùng', grants: [{ role, unit }] };
    return (await sign(identity)).accessToken;
  };
  const upload = async (role: Role, unit: string, body: Buffer | AsyncIterable<Buffer>, fileName: string) => {
    const response = await fetch(
      `${system().api.url}/api/v1/dossiers/${dossierId}/evidence?fileName=${encodeURIComponent(fileName)}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${await token(role, unit)}`, 'content-type': 'application/octet-stream' },
        body: body as RequestInit['body'],
        duplex: 'half',
      } as RequestInit,
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const download = async (role: Role, unit: string, sha256: string) =>
    system().request(`/api/v1/dossiers/${dossierId}/evidence/${sha256}`, {
      headers: { authorization: `Bearer ${await token(role, unit)}` },
    });
  const recorded = async () =>
    system().api.app.get<symbol, EventStore>(EVENT_STORE).readStream(dossierEvidenceStreamId(dossierId));

  afterAll(() => rm(DATA_DIR, { recursive: true, force: true }));
  beforeAll(async () => {
    ({ dossierId } = await dossierInPosting(as, COMMUNE, PROVINCE));
  });

  it('streams a 20 MB scan in and out: stored while still arriving, and the bytes read back hash to its sha256', async () => {
    const hash = createHash('sha256');
    let sent = 0;
    async function* scan(): AsyncGenerator<Buffer> {
      for (const chunk of [pdf('scan'), ...Array.from({ length: 20 }, () => randomBytes(MIB))]) {
        // Half sent, the client waits for the server to have written part of it to disk: a server
        // that read the whole body before storing it would never get there.
        if (sent >= 10 * MIB) await until(async () => (await bytesOnDisk()) >= 2 * MIB, 'the upload on disk');
        hash.update(chunk);
        sent += chunk.length;
        yield chunk;
      }
    }
    const uploaded = await upload('commune-officer', COMMUNE, scan(), 'Biên bản họp dân thôn Đông.pdf');
    const sha256 = hash.digest('hex');
    expect(uploaded).toEqual({
      status: 200,
      body: { dossierId, sha256, name: 'Biên bản họp dân thôn Đông.pdf', size: sent, mediaType: 'application/pdf' },
    });

    const answer = await download('department-appraiser', PROVINCE, sha256);
    expect(answer.status).toBe(200);
    expect(Object.fromEntries(answer.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(sent),
      etag: `"${sha256}"`,
      'x-content-type-options': 'nosniff',
      'content-disposition': `attachment; filename="Bien ban hop dan thon Dong.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản họp dân thôn Đông.pdf')}`,
    });
    const read = createHash('sha256');
    for await (const chunk of Readable.fromWeb(answer.body! as never)) read.update(chunk as Buffer);
    expect(read.digest('hex')).toBe(sha256);
  });

  it('stores the same bytes once and records them once, however often and under whatever name they are sent', async () => {
    const minutes = pdf('bien ban');
    const first = await upload('commune-officer', COMMUNE, minutes, 'bien-ban.pdf');
    const again = await upload('commune-officer', COMMUNE, minutes, 'bien-ban (1).pdf');
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body.sha256).toBe(sha256Of(minutes));
    const uploads = (await recorded()).filter(
      (event) => (event.data as { sha256: string }).sha256 === sha256Of(minutes),
    );
    expect(uploads.map((event) => [event.type, event.metadata.actor])).toEqual([
      ['EvidenceFileUploaded', `commune-officer-${COMMUNE}`],
    ]);
    const fanOut = join(DATA_DIR, 'evidence', sha256Of(minutes).slice(0, 2));
    expect((await readdir(fanOut)).filter((name) => name === sha256Of(minutes))).toHaveLength(1);
    // The auditor reads the upload in the dossier's story, with the file's hash.
    const timeline = await system().request(`/api/v1/audit/dossiers/${dossierId}/timeline?type=EvidenceFileUploaded`, {
      headers: { authorization: `Bearer ${await token('auditor', PROVINCE)}` },
    });
    const { events } = (await timeline.json()) as { events: TimelineEntry[] };
    expect(events.filter((entry) => entry.evidence.some((file) => file.sha256 === sha256Of(minutes)))).toEqual([
      expect.objectContaining({
        streamId: dossierEvidenceStreamId(dossierId),
        round: 1,
        sentence: expect.objectContaining({ vi: expect.stringContaining('tải lên tệp minh chứng bien-ban.pdf') }),
      }),
    ]);
  });

  it('hides a dossier outside the caller’s jurisdiction: its files can be neither read nor added', async () => {
    const minutes = pdf('ngoai pham vi');
    await upload('commune-officer', COMMUNE, minutes, 'a.pdf');
    const read = await download('commune-officer', OTHER_COMMUNE, sha256Of(minutes));
    expect([read.status, ((await read.json()) as { code: string }).code]).toEqual([404, 'not-found']);
    const added = await upload('commune-officer', OTHER_COMMUNE, pdf('khac'), 'b.pdf');
    expect([added.status, added.body.code]).toEqual([404, 'not-found']);
    const auditorWrite = await upload('auditor', PROVINCE, pdf('kiem toan'), 'c.pdf');
    expect(auditorWrite.status).toBe(403);
  });

  it('finds no file the dossier does not reference: stored for another dossier, cited but never uploaded, or unknown', async () => {
    const elsewhere = await system()
      .api.app.get<symbol, EvidenceStore>(EVIDENCE_STORE)
      .put(Readable.from([pdf('xa khac')]));
    for (const sha256 of [elsewhere.sha256, EVIDENCE[0].sha256, 'f'.repeat(64), 'khong-phai-sha256']) {
      const answer = await download('commune-officer', COMMUNE, sha256);
      expect([sha256, answer.status, ((await answer.json()) as { code: string }).code]).toEqual([
        sha256,
        404,
        'evidence.not-found',
      ]);
    }
  });

  it('refuses a file whose bytes are not of an accepted type (415, naming the type), recording nothing', async () => {
    const refused = await upload('commune-officer', COMMUNE, zipOf(randomBytes(200)), 'bien-ban.pdf');
    expect(refused.status).toBe(415);
    expect(refused.body).toMatchObject({ code: 'evidence.unsupported-type', detectedType: 'application/zip' });
    expect((await recorded()).map((event) => event.data)).not.toContainEqual(
      expect.objectContaining({ name: 'bien-ban.pdf', mediaType: 'application/zip' }),
    );
  });

  it('refuses a file over EVIDENCE_MAX_BYTES with 413, declared or streamed, recording and storing nothing', async () => {
    const before = (await recorded()).length;
    const declared = await rawUpload(await token('commune-officer', COMMUNE), { declaredLength: MAX_BYTES + 1 });
    expect([declared.status, declared.code]).toEqual([413, 'evidence.too-large']);
    const streamed = await rawUpload(await token('commune-officer', COMMUNE), {});
    expect([streamed.status, streamed.code]).toEqual([413, 'evidence.too-large']);
    expect((await recorded()).length).toBe(before);
    await until(async () => (await readdir(TEMPORARY_FILES)).length === 0, 'no temporary file left');
  });

  it('takes a file only as its bytes, and only at the upload: 415 otherwise', async () => {
    const bearer = `Bearer ${await token('commune-officer', COMMUNE)}`;
    const elsewhere = await system().request(`/api/v1/dossiers/${dossierId}/comments`, {
      method: 'POST',
      headers: { authorization: bearer, 'content-type': 'application/octet-stream' },
      body: pdf('x'),
    });
    const asJson = await system().request(`/api/v1/dossiers/${dossierId}/evidence?fileName=a.pdf`, {
      method: 'POST',
      headers: { authorization: bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'JVBERi0=' }),
    });
    expect([elsewhere.status, asJson.status]).toEqual([415, 415]);
  });

  /** Node's own client: sends a PDF head then zeros, chunked (no length) unless a length is declared, until answered. */
  function rawUpload(bearer: string, { declaredLength }: { declaredLength?: number }) {
    const url = new URL(`${system().api.url}/api/v1/dossiers/${dossierId}/evidence?fileName=lon.pdf`);
    return new Promise<{ status: number; code: unknown }>((resolve, reject) => {
      const sending = httpRequest(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${bearer}`,
          'content-type': 'application/octet-stream',
          ...(declaredLength === undefined ? {} : { 'content-length': String(declaredLength) }),
        },
      });
      let answered = false;
      sending.on('response', (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          sending.destroy();
          resolve({
            status: response.statusCode ?? 0,
            code: (JSON.parse(Buffer.concat(chunks).toString()) as { code: unknown }).code,
          });
        });
      });
      sending.on('error', (error) => (answered ? undefined : reject(error)));
      const zeros = Buffer.alloc(MIB);
      const send = (written: number): void => {
        if (answered || written > MAX_BYTES * 2) return;
        const chunk = written === 0 ? Buffer.concat([pdf('lon'), zeros]) : zeros;
        if (sending.write(chunk)) setImmediate(() => send(written + chunk.length));
        else sending.once('drain', () => send(written + chunk.length));
      };
      send(0);
    });
  }
});

/** A one-entry zip archive (stored, not compressed): a type evidence may not be. */
function zipOf(content: Buffer): Buffer {
  const name = Buffer.from('a.bin');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(content.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, content]);
}
