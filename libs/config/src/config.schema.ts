import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'phải là số cổng 1–65535 (a port number 1–65535)' })
    .int('phải là số nguyên (an integer)')
    .min(1, 'nhỏ nhất là 1 (at least 1)')
    .max(65535, 'lớn nhất là 65535 (at most 65535)')
    .default(fallback);

const postgresUrl = z
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

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Every setting the apps read, with its default. `process.env` is read nowhere else. */
export const configSchema = z.object({
  NTM_PROFILE: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: port(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.preprocess(blankAsUndefined, postgresUrl.optional()),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  TEMPORAL_ADDRESS: z.preprocess(blankAsUndefined, hostPort.optional()),
  TEMPORAL_NAMESPACE: z.string().trim().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().trim().min(1).default('ntm-dossiers'),
  TEMPORAL_CLI_PATH: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  TEMPORAL_TEST_SERVER_PATH: z.preprocess(blankAsUndefined, z.string().trim().optional()),
  TEMPORAL_DEV_PORT: port(7233),
  TEMPORAL_UI_PORT: port(8233),
  TEMPORAL_UI_URL: z.preprocess(blankAsUndefined, z.url().optional()),
  TOOLS_DIR: z.string().trim().min(1).default('.tools'),
  /** Searched for the `temporal` CLI when TEMPORAL_CLI_PATH is not set. */
  PATH: z.string().default(''),
  /** Tests only: a connection allowed to CREATE DATABASE, set by the test harness. */
  NTM_TEST_ADMIN_URL: z.preprocess(blankAsUndefined, postgresUrl.optional()),
  /** Tests only: the workflow bundle built once per test run. */
  NTM_TEST_WORKFLOW_BUNDLE: z.preprocess(blankAsUndefined, z.string().optional()),
  STARTUP_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
});

export type AppConfig = z.infer<typeof configSchema>;
