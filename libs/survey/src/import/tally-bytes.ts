import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';

/** Enough of the file for its format (4 bytes) and a CSV's header line. */
const HEAD_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The tally's bytes as they arrive (an upload, never the whole file at once), hashed on the way
 * and fed to a reader through `input`. A failing source (an upload over the size limit, a client
 * gone) ends `input` early rather than erroring it, because exceljs pipes its input without
 * forwarding errors and would wait forever; `settle` then reports the source's failure first.
 */
export class TallyBytes {
  readonly input = new PassThrough();
  /** The first line (or the first 64 KiB, or the whole of a shorter file): the format and the CSV delimiter. */
  readonly head: Promise<Buffer>;
  private readonly hash = createHash('sha256');
  private readonly fed: Promise<void>;

  constructor(source: AsyncIterable<Uint8Array>) {
    let headRead!: (head: Buffer) => void;
    this.head = new Promise((resolve) => (headRead = resolve));
    this.fed = this.feed(source, headRead);
  }

  /**
   * The reader's result with the file's sha256, once every byte was hashed: what the reader left
   * unread (a zip's trailing directory) is consumed here.
   */
  async settle<T>(reading: Promise<T>): Promise<{ readonly result: T; readonly sha256: string }> {
    const [fed, read] = await Promise.allSettled([this.fed, reading.finally(() => this.input.unpipe().resume())]);
    if (fed.status === 'rejected') throw fed.reason;
    if (read.status === 'rejected') throw read.reason;
    return { result: read.value, sha256: this.hash.digest('hex') };
  }

  private async feed(source: AsyncIterable<Uint8Array>, headRead: (head: Buffer) => void): Promise<void> {
    let head: Buffer | undefined = Buffer.alloc(0);
    try {
      for await (const chunk of source) {
        this.hash.update(chunk);
        if (head) {
          head = Buffer.concat([head, chunk]);
          if (head.length < HEAD_BYTES && !head.includes(NEWLINE)) continue;
          headRead(head);
          await this.write(head);
          head = undefined;
        } else await this.write(chunk);
      }
      if (head) {
        headRead(head);
        await this.write(head);
      }
    } finally {
      headRead(head ?? Buffer.alloc(0));
      this.input.end();
    }
  }

  private async write(chunk: Uint8Array): Promise<void> {
    if (!this.input.write(chunk)) await once(this.input, 'drain');
  }
}
