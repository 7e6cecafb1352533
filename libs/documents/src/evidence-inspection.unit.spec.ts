import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DiskEvidenceStore } from './disk-evidence-store';
import { foldEvidenceFiles, recordUpload } from './evidence-files';
import { EvidenceEmpty, EvidenceTooLarge, EvidenceTypeRefused, inspectEvidence } from './evidence-inspection';
import { chunked, PDF, sha256Of } from './testing/evidence-store-contract';

describe('evidence checked from its bytes as it streams (type, size, text)', () => {
  let root: string;
  let store: DiskEvidenceStore;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ntm-evidence-'));
    store = new DiskEvidenceStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));
  /** No file in place, and no temporary file left behind. */
  const nothingStored = async () =>
    expect((await readdir(root, { recursive: true })).filter((name) => name !== 'tmp')).toEqual([]);

  it('reads the type from the bytes, whatever the name says', async () => {
    const inspected = await inspectEvidence(chunked(PDF), 'anh.png', 1024);
    expect(inspected.mediaType).toBe('application/pdf');
    expect((await store.put(inspected.content)).sha256).toBe(sha256Of(PDF));
  });

  it('refuses a type evidence may not be (an executable named .pdf) from its first bytes', async () => {
    const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
    executable.writeUInt32LE(64, 0x3c);
    await expect(inspectEvidence(chunked(executable), 'bien-ban.pdf', 1024)).rejects.toBeInstanceOf(
      EvidenceTypeRefused,
    );
  });

  it('takes UTF-8 text and CSV, and refuses bytes that are neither text nor a known type', async () => {
    const csv = Buffer.from('thôn,số hộ\nĐông,120\n');
    const inspected = await inspectEvidence(chunked(csv.subarray(0, 5), csv.subarray(5)), 'so-ho.csv', 1024);
    expect(inspected.mediaType).toBe('text/csv');
    expect((await store.put(inspected.content)).size).toBe(csv.length);
    const binary = await inspectEvidence(chunked(Buffer.from([0x41, 0x00, 0xff, 0xfe])), 'x.txt', 1024);
    await expect(store.put(binary.content)).rejects.toBeInstanceOf(EvidenceTypeRefused);
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });

  it('cuts an upload at the size limit as it streams, leaving nothing stored', async () => {
    const inspected = await inspectEvidence(chunked(PDF, Buffer.alloc(600), Buffer.alloc(600)), 'lon.pdf', 1000);
    await expect(store.put(inspected.content)).rejects.toBeInstanceOf(EvidenceTooLarge);
    await nothingStored();
  });

  it('refuses an empty file', async () => {
    const inspected = inspectEvidence(chunked(), 'rong.pdf', 1000).then(({ content }) => store.put(content));
    await expect(inspected).rejects.toBeInstanceOf(EvidenceEmpty);
    await nothingStored();
  });

  it('records the first upload of some bytes, and nothing for the same bytes again', () => {
    const file = {
      dossierId: 'd',
      sha256: sha256Of(PDF),
      name: 'a.pdf',
      size: PDF.length,
      mediaType: 'application/pdf',
    };
    const [uploaded] = recordUpload(new Map(), file);
    const files = foldEvidenceFiles([uploaded]);
    expect(files.get(file.sha256)).toEqual(file);
    expect(recordUpload(files, { ...file, name: 'b.pdf' })).toEqual([]);
  });
});
