import { loadConfig } from '@ntm/config';
import { checkPostgres, checkTemporal, runMain, StartupError } from '@ntm/runtime';

import { installWorkerLogging } from './logging';
import { startWorker } from './worker';

/** Production entry point: PostgreSQL and Temporal are given (docker-compose); nothing is embedded. */
runMain(async () => {
  const config = loadConfig();
  installWorkerLogging(config.LOG_LEVEL);
  if (!config.DATABASE_URL) throw new StartupError('DATABASE_URL', 'bắt buộc khi chạy worker riêng (required)');
  if (!config.TEMPORAL_ADDRESS) throw new StartupError('TEMPORAL_ADDRESS', 'bắt buộc khi chạy worker riêng (required)');
  await checkPostgres(config.DATABASE_URL);
  await checkTemporal(config.TEMPORAL_ADDRESS, config.STARTUP_TIMEOUT_MS);
  const worker = await startWorker(config, {
    databaseUrl: config.DATABASE_URL,
    temporalAddress: config.TEMPORAL_ADDRESS,
  });
  return () => worker.shutdown();
});
