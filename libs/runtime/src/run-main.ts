import { ConfigError } from '@ntm/config';

import { StartupError } from './startup-error';

export type Stop = () => Promise<void>;

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

function stopOnSignal(stop: Stop): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: đang dừng hệ thống (stopping)…\n`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Lỗi khi dừng (error while stopping): ${explain(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartupError) return error.message;
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
}
