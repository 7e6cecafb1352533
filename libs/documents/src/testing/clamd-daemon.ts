import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ClamdScanner } from '../clamd';

/** Debian's clamav-daemon (scripts/install-tools.sh installs it where it runs as root). */
export const CLAMD = '/usr/sbin/clamd';
export const clamdAvailable = existsSync(CLAMD);

/**
 * Tests that need a real clamd: where it is not installed they are skipped, saying why (Jest does
 * not list the tests of a suite skipped whole, so the reason is also written to stderr).
 */
export function describeWithClamd(name: string, tests: () => void): void {
  if (clamdAvailable) return describe(name, tests);
  const reason = `BỎ QUA (skipped): không có ${CLAMD} — apt-get install clamav-daemon, hoặc npm run tools:install với quyền root`;
  process.stderr.write(`${name}: ${reason}\n`);
  describe.skip(`${name} — ${reason}`, tests);
}

/** The EICAR test file: harmless, and what every scanner is made to recognise. */
export const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*', 'latin1');
/** The test database's one signature, as clamd reports it (a database of one's own is "UNOFFICIAL"). */
export const EICAR_SIGNATURE = 'NTM.Test.EICAR.UNOFFICIAL';

export interface ClamdDaemon {
  /** host:port of its TCP socket. */
  readonly tcp: string;
  /** Path of its Unix socket. */
  readonly socket: string;
  stop(): Promise<void>;
}

/**
 * A clamd of the test's own, in the foreground, on a free TCP port and a Unix socket in a temporary
 * directory, with a database holding only a body signature of EICAR: freshclam's databases need the
 * network, and clamd starts with any valid database directory.
 */
export async function startClamd(options: { streamMaxLength?: string } = {}): Promise<ClamdDaemon> {
  const directory = await mkdtemp(join(tmpdir(), 'ntm-clamd-'));
  const database = join(directory, 'db');
  await mkdir(database);
  // A body signature (.ndb: name, any file type, anywhere): found however the stream is cut.
  await writeFile(join(database, 'ntm-test.ndb'), `NTM.Test.EICAR:0:*:${EICAR.toString('hex')}\n`);
  const port = await freePort();
  const socket = join(directory, 'clamd.sock');
  const config = join(directory, 'clamd.conf');
  await writeFile(
    config,
    [
      'Foreground yes',
      `DatabaseDirectory ${database}`,
      `TemporaryDirectory ${directory}`,
      `LocalSocket ${socket}`,
      'TCPAddr 127.0.0.1',
      `TCPSocket ${port}`,
      `StreamMaxLength ${options.streamMaxLength ?? '60M'}`,
      'MaxThreads 4',
      'ConcurrentDatabaseReload no',
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const daemon = spawn(CLAMD, ['-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (data: Buffer) => (output = (output + data.toString()).slice(-4000));
  daemon.stdout.on('data', keep);
  daemon.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()));
  const stop = async () => {
    if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill('SIGTERM');
    await exited;
    await rm(directory, { recursive: true, force: true });
  };
  const tcp = `127.0.0.1:${port}`;
  try {
    await answering(daemon, [tcp, socket], () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { tcp, socket, stop };
}

/** clamd is up once both sockets answer VERSION. */
async function answering(daemon: ChildProcess, addresses: readonly string[], output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (const address of addresses) {
    const scanner = new ClamdScanner({ address, timeoutMs: 5_000 });
    for (;;) {
      if (daemon.exitCode !== null) throw new Error(`clamd exited (${daemon.exitCode}):\n${output()}`);
      try {
        await scanner.identity();
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`clamd did not answer at ${address}: ${String(error)}\n${output()}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
