import { DefaultLogger, type LogLevel, Runtime } from '@temporalio/worker';
import pino from 'pino';

import type { AppConfig } from '@ntm/config';

const TEMPORAL_LEVEL: Record<AppConfig['LOG_LEVEL'], LogLevel> = {
  fatal: 'ERROR',
  error: 'ERROR',
  warn: 'WARN',
  info: 'INFO',
  debug: 'DEBUG',
  trace: 'TRACE',
  silent: 'ERROR',
};

/**
 * The worker logs JSON lines like the API, so one log pipeline reads both. Call once per process,
 * before the first worker is created (Temporal's runtime is process-wide).
 */
export function installWorkerLogging(level: AppConfig['LOG_LEVEL']): void {
  const logger = pino({ level, base: { component: 'worker' } });
  Runtime.install({
    logger: new DefaultLogger(TEMPORAL_LEVEL[level], ({ level: entryLevel, message, meta }) => {
      const pinoLevel =
        entryLevel === 'TRACE' ? 'trace' : (entryLevel.toLowerCase() as 'debug' | 'info' | 'warn' | 'error');
      logger[pinoLevel](meta ?? {}, message);
    }),
  });
}
