/**
 * Tamper check of the event store for auditors who do not trust the application server: talks to
 * PostgreSQL directly, re-hashes every stored event (libs/event-store, the same code as the API),
 * checks the stream heads against the latest checkpoint signed with the pinned public key (so a
 * history re-chained by a database superuser is caught), and prints OK or the first broken link.
 * Exit code 0 = intact, 1 = broken, 2 = usage error.
 *
 *   npm run build && node dist/scripts/verify-event-store.js [--stream dossier-<id>]
 *     [--database-url postgres://…] [--public-key key.pem]
 *
 * Without --database-url, DATABASE_URL from the configuration; without --public-key, the
 * configuration's AUDIT_PUBLIC_KEY (or the one derived from AUDIT_SIGNING_KEY). A read-only role is enough.
 */
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { Pool } from 'pg';

import { loadConfig, parsePublicKey } from '@ntm/config';
import {
  AnchoredHashChainAudit,
  PostgresCheckpoints,
  PostgresHashChainAudit,
  type VerifyResult,
} from '@ntm/event-store';

export interface VerifyOptions {
  readonly databaseUrl?: string;
  readonly stream?: string;
  /** The checkpoints' trusted key: a checkpoint it did not sign is reported as forged. */
  readonly publicKey?: KeyObject;
}

export function parseVerifyArgs(argv: readonly string[]): VerifyOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { stream: { type: 'string' }, 'database-url': { type: 'string' }, 'public-key': { type: 'string' } },
    strict: true,
  });
  const file = values['public-key'];
  const config = values['database-url'] && file ? undefined : loadConfig();
  const publicKey = file === undefined ? config?.AUDIT_PUBLIC_KEY : parsePublicKey(readFileSync(file, 'utf8'));
  if (!publicKey) throw new Error(`${file}: không phải khoá công khai Ed25519 (not an Ed25519 public key)`);
  return { stream: values.stream, databaseUrl: values['database-url'] ?? config?.DATABASE_URL, publicKey };
}

export function describeResult(result: VerifyResult, stream: string | undefined): string {
  const scope = stream ?? 'toàn bộ nhật ký (whole log)';
  if (result.ok) {
    const anchor = result.anchoredAt
      ? `, khớp điểm neo đã ký lúc ${result.anchoredAt} (matches the checkpoint signed at ${result.anchoredAt})`
      : ', chưa có điểm neo đã ký (no signed checkpoint yet)';
    return `OK: ${scope} — ${result.checked} sự kiện toàn vẹn (events intact)${anchor}`;
  }
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
    const chain = new PostgresHashChainAudit(pool);
    const audit = options.publicKey
      ? new AnchoredHashChainAudit(chain, new PostgresCheckpoints(pool), options.publicKey)
      : chain;
    const result = await audit.verify(options.stream);
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
