import { clamdAddress, END_OF_STREAM, INSTREAM, instreamFrames, parseScanAnswer, parseVersion, VERSION } from './clamd';
import { EvidenceScanFailed } from './evidence-scanner.port';

describe("clamd's protocol", () => {
  it('sends z-commands ended by NUL, and ends a stream with a zero length', () => {
    expect(INSTREAM.toString('latin1')).toBe('zINSTREAM\0');
    expect(VERSION.toString('latin1')).toBe('zVERSION\0');
    expect([...END_OF_STREAM]).toEqual([0, 0, 0, 0]);
  });

  it('frames a chunk with its length as 4 big-endian bytes, and sends nothing for an empty chunk', () => {
    const chunk = Buffer.alloc(0x01_02_03, 7);
    const [length, body, ...rest] = instreamFrames(chunk);
    expect([...length!]).toEqual([0x00, 0x01, 0x02, 0x03]);
    expect(body!.equals(chunk)).toBe(true);
    expect(rest).toEqual([]);
    // An empty chunk framed would read as the end of the file: a file cut short, scanned as clean.
    expect(instreamFrames(Buffer.alloc(0))).toEqual([]);
  });

  it('reads OK as clean and FOUND as infected with the signature, NUL or newline ended', () => {
    expect(parseScanAnswer('stream: OK\0')).toEqual({ verdict: 'clean' });
    expect(parseScanAnswer('stream: OK\n')).toEqual({ verdict: 'clean' });
    expect(parseScanAnswer('stream: Win.Test.EICAR_HDB-1 FOUND\0')).toEqual({
      verdict: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    expect(parseScanAnswer('stream: NTM.Test.EICAR.UNOFFICIAL FOUND\0')).toEqual({
      verdict: 'infected',
      signature: 'NTM.Test.EICAR.UNOFFICIAL',
    });
    expect(parseScanAnswer('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0')).toMatchObject({
      verdict: 'infected',
    });
  });

  it('takes ERROR, an unknown command or a cut answer as a scan not made, with clamd’s reason', () => {
    const failure = (answer: string) => {
      try {
        parseScanAnswer(answer);
      } catch (error) {
        expect(error).toBeInstanceOf(EvidenceScanFailed);
        return (error as EvidenceScanFailed).reason;
      }
      throw new Error(`${JSON.stringify(answer)} was taken for a verdict`);
    };
    expect(failure('INSTREAM size limit exceeded. ERROR\0')).toBe('clamd: INSTREAM size limit exceeded.');
    expect(failure("stream: Can't allocate memory ERROR\0")).toBe("clamd: stream: Can't allocate memory");
    expect(failure('UNKNOWN COMMAND\0')).toBe('clamd answered "UNKNOWN COMMAND"');
    expect(failure('')).toBe('clamd answered ""');
    expect(failure('stream: O')).toBe('clamd answered "stream: O"');
    // A name ending in OK is not the word OK.
    expect(failure('stream: NOT OK')).toMatch(/answered/);
  });

  it('reads VERSION with or without the signature database', () => {
    expect(parseVersion('ClamAV 1.4.6\0')).toEqual({ scanner: 'ClamAV', version: '1.4.6' });
    expect(parseVersion('ClamAV 1.0.7/27480/Tue Dec  3 08:34:12 2024\0')).toEqual({
      scanner: 'ClamAV',
      version: '1.0.7',
      database: '27480 (Tue Dec  3 08:34:12 2024)',
    });
    expect(() => parseVersion('UNKNOWN COMMAND\0')).toThrow(EvidenceScanFailed);
  });

  it('reaches clamd at host:port, [IPv6]:port or an absolute Unix socket path', () => {
    expect(clamdAddress('127.0.0.1:3310')).toEqual({ host: '127.0.0.1', port: 3310 });
    expect(clamdAddress('clamav:3310')).toEqual({ host: 'clamav', port: 3310 });
    expect(clamdAddress('[::1]:3310')).toEqual({ host: '::1', port: 3310 });
    expect(clamdAddress('/run/clamav/clamd.ctl')).toEqual({ path: '/run/clamav/clamd.ctl' });
    expect(() => clamdAddress('clamd.sock')).toThrow(/CLAMD_ADDRESS/);
  });
});
