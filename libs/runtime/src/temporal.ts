import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

import { Connection } from '@temporalio/client';

import { describeCause, StartupError } from './startup-error';

export interface RunningTemporal {
  readonly address: string;
  readonly uiUrl: string | undefined;
  stop(): Promise<void>;
}

/** Fails with the setting's name when no Temporal frontend answers at `address` in time. */
export async function checkTemporal(address: string, timeoutMs: number, setting = 'TEMPORAL_ADDRESS'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: Math.min(5000, timeoutMs) });
      await connection.healthService.check({});
      await connection.close();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  throw new StartupError(
    setting,
    `không kết nối được Temporal tại ${address} (cannot reach Temporal): ${describeCause(lastError)}`,
  );
}

export interface DevServerOptions {
  readonly cliPath: string;
  readonly dataDir: string;
  readonly port: number;
  readonly uiPort: number;
  readonly namespace: string;
  readonly startupTimeoutMs: number;
  readonly log?: (line: string) => void;
  /** Server limits to override (`--dynamic-config-value`), e.g. a low history count for tests. */
  readonly dynamicConfig?: Readonly<Record<string, string | number | boolean>>;
}

/** `temporal server start-dev` with its SQLite file in `dataDir`, so workflows survive a restart. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  await mkdir(resolve(options.dataDir), { recursive: true });
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--ui-port',
    String(options.uiPort),
    '--namespace',
    options.namespace,
    '--db-filename',
    resolve(options.dataDir, 'temporal.sqlite'),
    '--log-level',
    'warn',
    '--search-attribute',
    'NtmProvince=Keyword',
    '--search-attribute',
    'NtmCommune=Keyword',
    '--search-attribute',
    'NtmStatus=Keyword',
    '--search-attribute',
    'NtmLevel=Keyword',
    '--search-attribute',
    'NtmYear=Int',
    '--search-attribute',
    'NtmStage=Keyword',
    '--search-attribute',
    'NtmRegime=Keyword',
    '--search-attribute',
    'NtmCatalogueVersion=Keyword',
    ...Object.entries(options.dynamicConfig ?? {}).flatMap(([key, value]) => [
      '--dynamic-config-value',
      `${key}=${JSON.stringify(value)}`,
    ]),
  ];
  const child = spawn(options.cliPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new StartupError('TEMPORAL_CLI_PATH', `không chạy được ${options.cliPath}: ${describeCause(error)}`)),
    );
    child.once('exit', (code) =>
      reject(new StartupError('TEMPORAL_CLI_PATH', `máy chủ Temporal dừng với mã ${code} (dev server exited)`)),
    );
  });
  child.stdout?.on('data', (chunk: Buffer) => options.log?.(chunk.toString().trim()));
  child.stderr?.on('data', (chunk: Buffer) => options.log?.(chunk.toString().trim()));
  const address = `127.0.0.1:${options.port}`;
  try {
    await Promise.race([checkTemporal(address, options.startupTimeoutMs, 'TEMPORAL_DEV_PORT'), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  exited.catch(() => undefined);
  return { address, uiUrl: `http://127.0.0.1:${options.uiPort}`, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}
