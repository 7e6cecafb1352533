import { z } from 'zod';

import { resolveAuditSigningKey } from './audit-signing';
import { resolvePublicCodeKey } from './public-verification';
import { clamdAddress, resolveEvidenceScan } from './evidence-scan';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'phải là số cổng 1–65535 (a port number 1–65535)' })
    .int('phải là số nguyên (an integer)')
    .min(1, 'nhỏ nhất là 1 (at least 1)')
    .max(65535, 'lớn nhất là 65535 (at most 65535)')
    .default(fallback);

export const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'phải là URL dạng postgres://user:password@host:port/database (a postgres:// URL)');

const hostPort = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.[\]:-]+:\d{1,5}$/, 'phải có dạng host:port, ví dụ 127.0.0.1:7233 (host:port)');

export const blankAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

// --- Identity and access (apps/api/src/auth) ---
const flag = z.preprocess(
  blankAsUndefined,
  z
    .enum(['true', 'false'], { error: 'true hoặc false (true or false)' })
    .transform((value) => value === 'true')
    .optional(),
);

/** The dev login issues tokens to anyone who names a demo user: it must never run in production. */
function resolveDevLogin<T extends { NTM_PROFILE: string; AUTH_DEV_LOGIN?: boolean; AUTH_JWKS_URL?: string }>(
  config: T,
  context: z.RefinementCtx,
): T & { AUTH_DEV_LOGIN: boolean } {
  if (config.NTM_PROFILE === 'production' && config.AUTH_DEV_LOGIN) {
    context.addIssue({
      code: 'custom',
      path: ['AUTH_DEV_LOGIN'],
      message: 'không được bật khi NTM_PROFILE=production (refused in production)',
    });
  }
  if (config.AUTH_JWKS_URL && config.AUTH_DEV_LOGIN) {
    context.addIssue({
      code: 'custom',
      path: ['AUTH_DEV_LOGIN'],
      message: 'cần khoá cục bộ: bỏ AUTH_JWKS_URL hoặc tắt dev login (dev login needs local keys)',
    });
  }
  const byDefault = config.NTM_PROFILE !== 'production' && !config.AUTH_JWKS_URL;
  return { ...config, AUTH_DEV_LOGIN: config.AUTH_DEV_LOGIN ?? byDefault };
}
// --- end identity and access ---

/** Every setting the apps read, with its default. `process.env` is read nowhere else. */
const settingsSchema = z.object({
  NTM_PROFILE: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: port(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.preprocess(blankAsUndefined, postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  /** The built web application (apps/web), served at `/` when its index.html is there. */
  WEB_DIR: z.string().trim().min(1).default('dist/web'),
  EMBEDDED_PG_PORT: port(54329),
  TEMPORAL_ADDRESS: z.preprocess(blankAsUndefined, hostPort.optional()),
  TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default('ntm-dossiers'),
  TEMPORAL_CLI_PATH: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  TEMPORAL_DEV_PORT: port(7233),
  TEMPORAL_UI_PORT: port(8233),
  TEMPORAL_UI_URL: z.preprocess(blankAsUndefined, z.url().optional()),
  TOOLS_DIR: z.string().trim().min(1).default('.tools'),
  /** Searched for the `temporal` CLI when TEMPORAL_CLI_PATH is not set. */
  PATH: z.string().default(''),
  /** `npm start` files demo dossiers at several stages (development profile only). */
  NTM_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  STARTUP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  // --- Identity and access (apps/api/src/auth); production requires AUTH_ISSUER and AUTH_JWKS_URL ---
  AUTH_ISSUER: z.preprocess(blankAsUndefined, z.string().trim().min(1).optional()),
  AUTH_AUDIENCE: z.string().trim().min(1).default('ntm-dossiers'),
  AUTH_JWKS_URL: z.preprocess(blankAsUndefined, z.url().optional()),
  /** The web application's public OIDC client (authorization code + PKCE at AUTH_ISSUER). */
  AUTH_WEB_CLIENT_ID: z.preprocess(blankAsUndefined, z.string().trim().min(1).optional()),
  /** HS256 key of the dev login; a key is generated per process when absent. */
  AUTH_DEV_SECRET: z.preprocess(
    blankAsUndefined,
    z.string().min(32, 'ít nhất 32 ký tự (at least 32 characters)').optional(),
  ),
  /** Default: on in the development and test profiles without AUTH_JWKS_URL; refused in production. */
  AUTH_DEV_LOGIN: flag,
  AUTH_DEV_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  /** Login attempts per client address per window. */
  AUTH_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  AUTH_LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // --- end identity and access ---
  // --- Hash chain checkpoints (apps/api/src/audit) ---
  /** Ed25519 PKCS8 private key (PEM or base64 DER); a public development key when absent, refused in production. */
  AUDIT_SIGNING_KEY: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  /** The signing key's Ed25519 public key (PEM or base64 SPKI), pinned: a mismatch stops the start; derived when absent. */
  AUDIT_PUBLIC_KEY: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  /** How often the API signs a checkpoint of every stream head; 0 only on demand (POST /audit/checkpoints). */
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(604_800).default(3600),
  // --- end hash chain checkpoints ---
  // --- Evidence files (apps/api/src/evidence) ---
  /** The largest evidence file accepted, in bytes (a scanned minutes book is a few tens of MB). */
  EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 40)
    .default(50 * 1024 * 1024),
  /** An S3-compatible bucket for evidence files; without it they stay under DATA_DIR/evidence. */
  EVIDENCE_S3_BUCKET: z.preprocess(blankAsUndefined, z.string().trim().min(1).optional()),
  /** An S3-compatible service (MinIO, Ceph…), addressed by path; AWS S3 itself when absent. */
  EVIDENCE_S3_ENDPOINT: z.preprocess(blankAsUndefined, z.url().optional()),
  EVIDENCE_S3_REGION: z.string().trim().min(1).default('us-east-1'),
  /** Prepended to every object key: the bucket may hold other things. */
  EVIDENCE_S3_PREFIX: z.string().trim().default('evidence/'),
  /** Both or neither; without them the SDK's own chain (instance role, AWS_* variables) applies. */
  EVIDENCE_S3_ACCESS_KEY_ID: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  EVIDENCE_S3_SECRET_ACCESS_KEY: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  /** `clamd`: every upload is scanned by clamd at CLAMD_ADDRESS while it streams in (fail closed); `off` by default. */
  EVIDENCE_SCAN: z.enum(['off', 'clamd']).default('off'),
  CLAMD_ADDRESS: z.preprocess(blankAsUndefined, clamdAddress.optional()),
  /** How long clamd may stay silent (connecting, reading, scanning) before the upload fails with 503. */
  CLAMD_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  // --- end evidence files ---
  // --- Public verification of decisions (apps/api/src/public-verification) ---
  /** HMAC key of the codes printed on decisions; a public development key when absent, refused in production. */
  PUBLIC_CODE_KEY: z.preprocess(
    blankAsUndefined,
    z.string().min(32, 'ít nhất 32 ký tự (at least 32 characters)').optional(),
  ),
  /** Where the printed QR codes point (e.g. https://ntm.example.gov.vn); the request's own address when absent. */
  PUBLIC_BASE_URL: z.preprocess(blankAsUndefined, z.url().optional()),
  /** Page views per client address per window on the public verification pages. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  PUBLIC_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // --- end public verification ---
  // --- Notifications (apps/worker/src/notifications, issue #23) ---
  /** smtp://user:pass@host:port or smtps://…: e-mail is sent through it; absent, notifications stay in-app only. */
  SMTP_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^smtps?$/, error: 'smtp:// hoặc smtps://' }).optional()),
  /** The sender of the notification e-mails. */
  SMTP_FROM: z.string().trim().min(3).default('Hồ sơ Nông thôn mới <no-reply@ntm.localhost>'),
  // --- end notifications ---
});

export const configSchema = settingsSchema
  .transform(resolveDevLogin) // identity and access: AUTH_DEV_LOGIN default
  .transform(resolveAuditSigningKey)
  .transform(resolvePublicCodeKey)
  .transform(resolveEvidenceScan);

export type AppConfig = z.infer<typeof configSchema>;
