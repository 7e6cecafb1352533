import { once } from 'node:events';
import { connect, type NetConnectOpts, type Socket } from 'node:net';

import {
  EvidenceScanFailed,
  type EvidenceScan,
  type EvidenceScanner,
  type ScannerIdentity,
  type ScanSession,
} from './evidence-scanner.port';

/*
 * clamd's protocol (clamd(8)): a command prefixed with `z` and ended by NUL gets a NUL-ended
 * answer, and the connection closes after it. INSTREAM takes the file as chunks, each preceded by
 * its length as a 4-byte big-endian unsigned integer, and a zero length ends the file; clamd then
 * answers `stream: OK`, `stream: <signature> FOUND` or `<reason> ERROR` (it may answer ERROR and
 * close before the end, e.g. `INSTREAM size limit exceeded. ERROR` past its StreamMaxLength).
 *
 * Written here rather than taken from npm: `clamscan` (the common client) ends its pass-through
 * stream before clamd's verdict has arrived, so whatever stores the stream has committed the file
 * by then, and it reads answers with loose patterns; the protocol itself is these few lines.
 */

export const INSTREAM = Buffer.from('zINSTREAM\0', 'latin1');
export const VERSION = Buffer.from('zVERSION\0', 'latin1');
/** A zero length: the file is complete. */
export const END_OF_STREAM = Buffer.alloc(4);

/** The largest length a chunk header can carry. */
const MAX_CHUNK = 0xffff_ffff;

/** A chunk as INSTREAM takes it; none for an empty chunk, which clamd would read as the end of the file. */
export function instreamFrames(chunk: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  for (let start = 0; start < chunk.length; start += MAX_CHUNK) {
    const piece = chunk.subarray(start, start + MAX_CHUNK);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(piece.length);
    frames.push(length, piece);
  }
  return frames;
}

export type ScanAnswer = { readonly verdict: 'clean' } | { readonly verdict: 'infected'; readonly signature: string };

/** One INSTREAM answer; anything but OK or FOUND (ERROR included) is a scan that was not made. */
export function parseScanAnswer(answer: string): ScanAnswer {
  const text = trimAnswer(answer);
  if (text === 'stream: OK') return { verdict: 'clean' };
  const found = /^stream: (.+) FOUND$/u.exec(text);
  if (found) return { verdict: 'infected', signature: found[1]!.trim() };
  const error = /^(.*?)\s*ERROR$/u.exec(text);
  throw new EvidenceScanFailed(error ? `clamd: ${error[1] || 'ERROR'}` : `clamd answered ${JSON.stringify(text)}`);
}

/** `ClamAV 1.4.6` or, with an official database, `ClamAV 1.4.6/27480/Tue Dec  3 08:34:12 2024`. */
export function parseVersion(answer: string): ScannerIdentity {
  const text = trimAnswer(answer);
  const parts = /^(\S+) (\d[^/\s]*)(?:\/(\d+)\/(.+))?$/u.exec(text);
  if (!parts) throw new EvidenceScanFailed(`clamd's VERSION answered ${JSON.stringify(text)}`);
  const [, scanner, version, database, built] = parts;
  return { scanner: scanner!, version: version!, ...(database && { database: `${database} (${built!.trim()})` }) };
}

const trimAnswer = (answer: string) => answer.replace(/\0[\s\S]*$/u, '').trim();

/** CLAMD_ADDRESS: an absolute path is clamd's LocalSocket, anything else its TCPSocket as host:port. */
export function clamdAddress(address: string): NetConnectOpts {
  if (address.startsWith('/')) return { path: address };
  const parts = /^\[?([^\]]+?)\]?:(\d{1,5})$/u.exec(address);
  if (!parts) throw new Error(`CLAMD_ADDRESS must be host:port or an absolute socket path, not ${address}`);
  return { host: parts[1]!, port: Number(parts[2]) };
}

export interface ClamdOptions {
  /** host:port, or the absolute path of clamd's Unix socket. */
  readonly address: string;
  /** How long clamd may stay silent (connecting, taking a chunk, scanning) before the scan fails. */
  readonly timeoutMs: number;
  readonly now?: () => Date;
}

/**
 * Scans with a clamd daemon over TCP or its Unix socket: one connection per file for INSTREAM,
 * one for VERSION (asked each time: the database version changes as freshclam updates it).
 */
export class ClamdScanner implements EvidenceScanner {
  private readonly target: NetConnectOpts;
  private readonly now: () => Date;

  constructor(private readonly options: ClamdOptions) {
    this.target = clamdAddress(options.address);
    this.now = options.now ?? (() => new Date());
  }

  async open(): Promise<ScanSession> {
    const [identity, stream] = await Promise.allSettled([this.identity(), this.dial()]);
    if (stream.status === 'rejected') throw stream.reason;
    if (identity.status === 'rejected') {
      stream.value.destroy();
      throw identity.reason;
    }
    const socket = stream.value;
    const answer = answerOf(socket, this.options.address);
    socket.write(INSTREAM);
    return new ClamdSession(socket, answer, identity.value, this.now);
  }

  /** The daemon's name, engine version and database version, as VERSION answers. */
  async identity(): Promise<ScannerIdentity> {
    const socket = await this.dial();
    const answer = answerOf(socket, this.options.address);
    socket.end(VERSION);
    return parseVersion(await answer);
  }

  private async dial(): Promise<Socket> {
    const socket = connect(this.target);
    const { address, timeoutMs } = this.options;
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new EvidenceScanFailed(`clamd at ${address} was silent for ${timeoutMs} ms`)),
    );
    try {
      await once(socket, 'connect');
      return socket;
    } catch (error) {
      socket.destroy();
      throw error instanceof EvidenceScanFailed ? error : unreachable(address, error);
    }
  }
}

const unreachable = (address: string, error: unknown) =>
  new EvidenceScanFailed(
    `clamd unreachable at ${address} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    { cause: error },
  );

/**
 * Connected, then cut: clamd restarting, or refusing a file past its StreamMaxLength (it answers
 * ERROR and closes; a write racing that close may fail before the answer could be read).
 */
const broken = (address: string, error: unknown) =>
  new EvidenceScanFailed(
    `clamd at ${address} broke the connection (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    { cause: error },
  );

/**
 * clamd's answer on a connection: the text up to its NUL (or to the end). Whatever clamd said
 * before the connection broke is its answer (an early ERROR); a break with nothing said is a failure.
 */
function answerOf(socket: Socket, address: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const said = () => Buffer.concat(chunks).toString('utf8');
    socket.on('data', (data: Buffer) => {
      chunks.push(data);
      if (data.includes(0)) resolve(said());
    });
    socket.on('end', () =>
      said() ? resolve(said()) : reject(new EvidenceScanFailed(`clamd at ${address} closed without an answer`)),
    );
    socket.on('error', (error) =>
      said() ? resolve(said()) : reject(error instanceof EvidenceScanFailed ? error : broken(address, error)),
    );
    socket.on('close', () => reject(new EvidenceScanFailed(`clamd at ${address} closed without an answer`)));
  });
}

class ClamdSession implements ScanSession {
  /** Set once clamd has answered or the connection broke: nothing more can be sent. */
  private settled: { answer: string } | { error: unknown } | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly answer: Promise<string>,
    private readonly identity: ScannerIdentity,
    private readonly now: () => Date,
  ) {
    answer.then(
      (text) => (this.settled = { answer: text }),
      (error: unknown) => (this.settled = { error }),
    );
  }

  async write(chunk: Buffer): Promise<void> {
    for (const frame of instreamFrames(chunk)) {
      this.refuseIfSettled();
      // Backpressure: the upload waits for clamd rather than piling the file up in memory.
      // A connection that breaks meanwhile settles the answer: its failure is the one reported.
      if (!this.socket.write(frame)) {
        await Promise.race([once(this.socket, 'drain').catch(() => this.earlyAnswer()), this.earlyAnswer()]);
      }
    }
  }

  async finish(): Promise<EvidenceScan> {
    this.refuseIfSettled();
    this.socket.write(END_OF_STREAM);
    const text = await this.answer;
    this.socket.end();
    const scannedAt = this.now().toISOString();
    return { ...this.identity, scannedAt, ...parseScanAnswer(text) };
  }

  abort(): void {
    this.socket.destroy();
  }

  /** clamd answers before the end of the file only to refuse it (ERROR): the scan has failed. */
  private refuseIfSettled(): void {
    if (this.settled === undefined) return;
    this.socket.destroy();
    if ('error' in this.settled) throw this.settled.error;
    parseScanAnswer(this.settled.answer);
    throw new EvidenceScanFailed(`clamd answered before the end of the file: ${this.settled.answer}`);
  }

  private async earlyAnswer(): Promise<never> {
    await this.answer.catch(() => undefined);
    this.refuseIfSettled();
    throw new EvidenceScanFailed('clamd answered before the end of the file');
  }
}
