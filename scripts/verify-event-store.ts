/**
 * Tamper check of the event store for auditors who do not trust the application server: talks to
 * PostgreSQL directly, re-hashes every stored event (libs/event-store, the same code as the API)
 * and prints OK or the first broken link. Exit code 0 = intact, 1 = broken, 2 = usage error.
 *
 *   npm run build && node dist/scripts/verify-event-store.js [--stream dossier-<id>] [--database-url postgres://…]
 *
 * Without --database-url, DATABASE_URL from the configuration. A read-only role is enough.
 */
import { parseArgs } from 'node:util';

import { Pool } from 'pg';

import { loadConfig } from '@ntm/config';
import { PostgresHashChainAudit, type VerifyResult } from '@ntm/event-store';

export interface VerifyOptions {
  readonly databaseUrl?: string;
  readonly stream?: string;
}

export function parseVerifyArgs(argv: readonly string[]): VerifyOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { stream: { type: 'string' }, 'database-url': { type: 'string' } },
    strict: true,
  });
  return { stream: values.stream, databaseUrl: values['database-url'] ?? loadConfig().DATABASE_URL };
}

export function describeResult(result: VerifyResult, stream: string | undefined): string {
  const scope = stream ?? 'toàn bộ nhật ký (whole log)';
  if (result.ok) return `OK: ${scope} — ${result.checked} sự kiện toàn vẹn (events intact)`;
  if (result.reason === 'checkpoint-signature-invalid') {
    return `HỎNG (BROKEN): chữ ký điểm neo ${result.checkpointTakenAt} không hợp lệ (checkpoint signature invalid)`;
  }
  return (
    `HỎNG (BROKEN): luồng ${result.streamId}, phiên bản ${result.version}, vị trí ${result.position}: ${result.reason}` +
    ' — liên kết hỏng đầu tiên (first broken link)'
  );
}

/** Runs the check and returns the exit code; `print` receives the one-line verdict. */
export async function verifyEventStore(options: VerifyOptions, print: (line: string) => void): Promise<number> {
  if (!options.databaseUrl) {
    print('Thiếu --database-url hoặc DATABASE_URL (missing database URL)');
    return 2;
  }
  const pool = new Pool({ connectionString: options.databaseUrl, max: 1 });
  try {
    const result = await new PostgresHashChainAudit(pool).verify(options.stream);
    print(describeResult(result, options.stream));
    return result.ok ? 0 : 1;
  } finally {
    await pool.end();
  }
}

if (require.main === module) {
  verifyEventStore(parseVerifyArgs(process.argv.slice(2)), (line) => console.log(line)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
