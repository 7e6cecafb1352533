import { resolve } from 'node:path';

import { type RunningApi, startApi } from '@ntm/api/bootstrap';
import type { AppConfig } from '@ntm/config';
import {
  checkTemporal,
  findExecutable,
  migrate,
  type RunningTemporal,
  provideSystemPostgres,
  startTemporalDevServer,
  StartupError,
  type Stop,
} from '@ntm/runtime';
import { installWorkerLogging } from '@ntm/worker/logging';
import { startWorker } from '@ntm/worker/worker';

export interface RunningSystem {
  readonly apiUrl: string;
  readonly api: RunningApi;
  readonly temporalUiUrl: string | undefined;
  readonly databaseUrl: string;
  stop: Stop;
}

export type Progress = (step: string) => void;

/**
 * The whole system on one machine: PostgreSQL (given or embedded), Temporal (given or a local dev
 * server), migrations, worker, API. Stops in reverse order; a failure half-way stops what started.
 */
export async function startSystem(config: AppConfig, progress: Progress): Promise<RunningSystem> {
  const stops: Stop[] = [];
  const stopAll: Stop = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    progress('PostgreSQL');
    const postgres = await provideSystemPostgres(config);
    stops.push(() => postgres.stop());
    progress('Temporal');
    const temporal = await provideTemporal(config);
    stops.push(() => temporal.stop());
    progress('Cập nhật lược đồ CSDL (migrations)');
    await migrate(postgres.url);
    progress('Worker');
    installWorkerLogging(config.LOG_LEVEL);
    const endpoints = { databaseUrl: postgres.url, temporalAddress: temporal.address };
    const worker = await startWorker(config, endpoints);
    stops.push(() => worker.shutdown());
    progress('API');
    const api = await startApi(config, endpoints);
    stops.push(() => api.close());
    return {
      apiUrl: api.url,
      api,
      temporalUiUrl: config.TEMPORAL_UI_URL ?? temporal.uiUrl,
      databaseUrl: postgres.url,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function provideTemporal(config: AppConfig): Promise<RunningTemporal> {
  if (config.TEMPORAL_ADDRESS) {
    await checkTemporal(config.TEMPORAL_ADDRESS, config.STARTUP_TIMEOUT_MS);
    return { address: config.TEMPORAL_ADDRESS, uiUrl: undefined, stop: async () => undefined };
  }
  const cliPath = findExecutable('temporal', config.TEMPORAL_CLI_PATH, config.TOOLS_DIR, config.PATH);
  if (!cliPath) {
    throw new StartupError(
      'TEMPORAL_CLI_PATH',
      'không tìm thấy Temporal CLI: chạy `npm run tools:install`, đặt TEMPORAL_CLI_PATH, hoặc đặt TEMPORAL_ADDRESS tới một máy chủ Temporal',
    );
  }
  return startTemporalDevServer({
    cliPath,
    dataDir: resolve(config.DATA_DIR, 'temporal'),
    port: config.TEMPORAL_DEV_PORT,
    uiPort: config.TEMPORAL_UI_PORT,
    namespace: config.TEMPORAL_NAMESPACE,
    startupTimeoutMs: config.STARTUP_TIMEOUT_MS,
  });
}
