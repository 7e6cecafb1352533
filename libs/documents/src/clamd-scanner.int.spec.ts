import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { ClamdScanner } from './clamd';
import { DiskEvidenceStore } from './disk-evidence-store';
import { EvidenceInfected, EvidenceScanFailed } from './evidence-scanner.port';
import { scanWhileStreaming } from './evidence-scanning';
import { type ClamdDaemon, describeWithClamd, EICAR, EICAR_SIGNATURE, startClamd } from './testing/clamd-daemon';

const MIB = 1024 * 1024;
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A file arriving in pieces of `size` bytes, as a request body does. */
const inPieces = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)),
  );

describeWithClamd('scanning with a real clamd (INSTREAM over TCP and a Unix socket)', () => {
  let clamd: ClamdDaemon;
  let small: ClamdDaemon;
  let directory: string;
  beforeAll(async () => {
    // One clamd as production would run it, one whose StreamMaxLength is smaller than a file sent.
    [clamd, small] = await Promise.all([startClamd(), startClamd({ streamMaxLength: '1M' })]);
    directory = await mkdtemp(join(tmpdir(), 'ntm-scan-'));
  });
  afterAll(async () => {
    await Promise.all([clamd?.stop(), small?.stop()]);
    await rm(directory, { recursive: true, force: true });
  });
  const scanner = (address: string, timeoutMs = 30_000) =>
    new ClamdScanner({ address, timeoutMs, now: () => new Date('2026-04-01T02:00:00Z') });
  const stored = async (root: string) =>
    (await readdir(root, { recursive: true })).filter((p) => /[0-9a-f]{64}$/.test(p));

  it('passes a clean file through unchanged, stores it, and gives the clean verdict with clamd’s name and version', async () => {
    for (const address of [clamd.tcp, clamd.socket]) {
      const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * MIB)]);
      const scanning = await scanWhileStreaming(inPieces(file, 64 * 1024), scanner(address));
      const store = new DiskEvidenceStore(join(directory, 'clean'));
      const kept = await store.put(scanning.content);
      expect(kept).toEqual({ sha256: sha256Of(file), size: file.length });
      expect(scanning.verdict()).toEqual({
        verdict: 'clean',
        scanner: 'ClamAV',
        version: expect.stringMatching(/^\d+\.\d+/),
        scannedAt: '2026-04-01T02:00:00.000Z',
      });
    }
  });

  it('finds EICAR however it is cut (one byte at a time, empty pieces between), and the store keeps nothing', async () => {
    const pieces = [...EICAR].flatMap((byte) => [Buffer.from([byte]), Buffer.alloc(0)]);
    for (const address of [clamd.tcp, clamd.socket]) {
      const root = join(directory, `infected-${address.length}`);
      const scanning = await scanWhileStreaming(Readable.from(pieces), scanner(address));
      const refusal = await new DiskEvidenceStore(root).put(scanning.content).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(EvidenceInfected);
      expect((refusal as EvidenceInfected).scan).toMatchObject({
        verdict: 'infected',
        signature: EICAR_SIGNATURE,
        scanner: 'ClamAV',
      });
      expect(await stored(root)).toEqual([]);
      expect(await readdir(join(root, 'tmp'))).toEqual([]);
      expect(() => scanning.verdict()).toThrow(/not finished/);
    }
  });

  it('finds EICAR deep in a larger file, across the pieces it arrived in, after megabytes streamed to clamd', async () => {
    const root = join(directory, 'big');
    // 16 KiB pieces: the signature starts 10 bytes before a piece's end.
    const file = Buffer.concat([randomBytes(2 * MIB - 10), EICAR, randomBytes(MIB)]);
    const scanning = await scanWhileStreaming(inPieces(file, 16 * 1024), scanner(clamd.tcp));
    const refusal = await new DiskEvidenceStore(root).put(scanning.content).catch((error: unknown) => error);
    expect((refusal as EvidenceInfected).scan).toMatchObject({ signature: EICAR_SIGNATURE });
    expect(await stored(root)).toEqual([]);
  });

  it('fails the scan when clamd refuses the file (StreamMaxLength), with clamd’s reason, storing nothing', async () => {
    const root = join(directory, 'too-long');
    const scanning = await scanWhileStreaming(inPieces(randomBytes(4 * MIB), 64 * 1024), scanner(small.tcp));
    const refusal = await new DiskEvidenceStore(root).put(scanning.content).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EvidenceScanFailed);
    // clamd answers ERROR and closes; a write already on its way may meet the closed socket first.
    expect((refusal as EvidenceScanFailed).reason).toMatch(
      /^(clamd: INSTREAM size limit exceeded\.|clamd at 127\.0\.0\.1:\d+ broke the connection \((EPIPE|ECONNRESET)\))$/,
    );
    expect(await stored(root)).toEqual([]);
  });

  it('keeps serving after a scan given up half-way (the upload refused for another reason)', async () => {
    const session = await scanner(clamd.socket).open();
    await session.write(randomBytes(MIB));
    session.abort();
    const scanning = await scanWhileStreaming(
      Readable.from([Buffer.from('Báo cáo tổng hợp ý kiến\n')]),
      scanner(clamd.socket),
    );
    await new DiskEvidenceStore(join(directory, 'after')).put(scanning.content);
    expect(scanning.verdict().verdict).toBe('clean');
  });

  it('fails when clamd cannot be reached, by TCP or by socket, before a byte is read', async () => {
    const stopped = await startClamd();
    await stopped.stop();
    for (const address of [stopped.tcp, stopped.socket]) {
      const source = Readable.from([Buffer.from('x')]);
      const refusal = await scanWhileStreaming(source, scanner(address)).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(EvidenceScanFailed);
      expect((refusal as EvidenceScanFailed).reason).toMatch(/^clamd unreachable at .* \((ECONNREFUSED|ENOENT)\)$/);
      expect(source.readableDidRead).toBe(false);
    }
  });

  it('fails when clamd takes the connection but stays silent past CLAMD_TIMEOUT_MS', async () => {
    // A listener that accepts and never answers: a clamd hung on a scan, as the client sees it.
    const open: Socket[] = [];
    const silent: Server = createServer((socket) => open.push(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const refusal = await scanner(`127.0.0.1:${port}`, 300)
        .open()
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(EvidenceScanFailed);
      expect((refusal as EvidenceScanFailed).reason).toMatch(/silent for 300 ms/);
    } finally {
      open.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
