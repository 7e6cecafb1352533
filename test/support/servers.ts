import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

import { loadConfig } from '@ntm/config';
import {
  checkPostgres,
  findExecutable,
  type RunningTemporal,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '@ntm/runtime';

export type Stop = () => Promise<void>;

const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL the tests create their databases in: DATABASE_URL, else the machine's own
 * server on 5432, else an embedded one under the OS temp dir (writable by the postgres user).
 */
export async function provideTestPostgres(stops: Stop[]): Promise<string> {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    await checkPostgres(config.DATABASE_URL);
    return config.DATABASE_URL;
  }
  if (await reachable(LOCAL_POSTGRES)) return LOCAL_POSTGRES;
  const server = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), `ntm-test-postgres-${userInfo().uid}`),
    port: await freePort(),
    database: 'postgres',
  });
  stops.push(() => server.stop());
  return server.url;
}

/** A Temporal dev server for e2e tests: TEMPORAL_ADDRESS, else one started from the local CLI. */
export async function provideTestTemporal(stops: Stop[]): Promise<string> {
  const { TEMPORAL_ADDRESS } = loadConfig();
  if (TEMPORAL_ADDRESS) return TEMPORAL_ADDRESS;
  const server = await startTestTemporal();
  stops.push(() => server.stop());
  return server.address;
}

/**
 * A dev server of the caller's own, from the local CLI: for a test that needs server limits of its
 * own (`dynamicConfig`, e.g. an early continue-as-new suggestion) rather than the shared server.
 */
export async function startTestTemporal(
  dynamicConfig?: Readonly<Record<string, string | number | boolean>>,
): Promise<RunningTemporal> {
  const config = loadConfig();
  const cliPath = findExecutable('temporal', config.TEMPORAL_CLI_PATH, config.TOOLS_DIR, config.PATH);
  if (!cliPath)
    throw new Error(
      'Không tìm thấy Temporal CLI: chạy `npm run tools:install` hoặc đặt TEMPORAL_CLI_PATH / TEMPORAL_ADDRESS.',
    );
  const dataDir = await mkdtemp(join(tmpdir(), 'ntm-test-temporal-'));
  const server = await startTemporalDevServer({
    cliPath,
    dataDir,
    port: await freePort(),
    uiPort: await freePort(),
    namespace: config.TEMPORAL_NAMESPACE,
    startupTimeoutMs: config.STARTUP_TIMEOUT_MS,
    dynamicConfig,
  });
  // A test server's history is of no use after its run: its folder goes with it.
  const stop = async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { ...server, stop };
}

async function reachable(url: string): Promise<boolean> {
  try {
    await checkPostgres(url);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
