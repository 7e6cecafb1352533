import { type AppConfig, loadConfig } from '@ntm/config';
import { startApi, type RunningApi } from '@ntm/api/bootstrap';
import type { RuntimeEndpoints } from '@ntm/api/platform/tokens';
import { type RunningWorker, startWorker } from '@ntm/worker/worker';

import { publishDraftCatalogue } from './catalogue-publication';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestSystem {
  readonly config: AppConfig;
  readonly db: TestDatabase;
  readonly api: RunningApi;
  readonly worker: RunningWorker;
  /** `fetch` against the API with a path such as `/api/v1/...`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * API and worker in this process, on a fresh database and the run's Temporal dev server, with a
 * task queue of their own so parallel test files never steal each other's workflow tasks.
 * `apiEndpoints` lets the API reach its dependencies another way (through a relay a test can cut).
 */
export async function startTestSystem(
  options: {
    readonly apiEndpoints?: (direct: RuntimeEndpoints) => Promise<RuntimeEndpoints>;
    /** false: the 2026–2030 catalogue stays a draft everywhere (no province published it). */
    readonly publishDraftCatalogue?: boolean;
    /** Settings of the installation under test, e.g. an identity provider instead of the dev login. */
    readonly config?: Partial<AppConfig>;
  } = {},
): Promise<TestSystem> {
  const db = await createTestDatabase();
  const base = loadConfig();
  const config: AppConfig = {
    ...base,
    // The OS picks the port as the API listens: a port chosen earlier can be taken meanwhile.
    PORT: 0,
    LOG_LEVEL: 'warn',
    TEMPORAL_TASK_QUEUE: `test-${db.url.split('/').pop()}`,
    ...options.config,
  };
  const endpoints = { databaseUrl: db.url, temporalAddress: requireTemporal(config) };
  const worker = await startWorker(config, endpoints);
  const api = await startApi(config, (await options.apiEndpoints?.(endpoints)) ?? endpoints);
  if (options.publishDraftCatalogue !== false) await publishDraftCatalogue(api);
  return {
    config,
    db,
    api,
    worker,
    request: (path, init) => fetch(`${api.url}${path}`, init),
    stop: async () => {
      await api.close();
      await worker.shutdown();
      await db.drop();
    },
  };
}

function requireTemporal(config: AppConfig): string {
  if (!config.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS chưa đặt: chạy qua Jest (globalSetup).');
  return config.TEMPORAL_ADDRESS;
}
