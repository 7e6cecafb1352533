import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { startApi, type RunningApi } from '@ntm/api/bootstrap';
import type { RuntimeEndpoints } from '@ntm/api/platform/tokens';
import { type AppConfig, loadConfig } from '@ntm/config';

import { publishDraftCatalogue } from './catalogue-publication';
import { createTestDatabase, type TestDatabase } from './database';
import { childEnvironment, ensureBuilt } from './launcher';

const workerMain = resolve(__dirname, '..', '..', 'dist/apps/worker/src/main.js');

/** A worker as its own OS process, as production runs it, so that a test can kill it outright. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface FaultSystem {
  readonly config: AppConfig;
  readonly db: TestDatabase;
  readonly api: RunningApi;
  /** Starts a worker process against `endpoints` (the direct ones by default). */
  startWorker(endpoints?: RuntimeEndpoints): WorkerProcess;
  stop(): Promise<void>;
}

/**
 * The API in this process and workers as child processes, on a fresh database and the run's
 * Temporal dev server, with a task queue of their own. `apiEndpoints` lets the API reach its
 * dependencies another way (through a relay a test cuts).
 */
export async function startFaultSystem(
  options: { readonly apiEndpoints?: (direct: RuntimeEndpoints) => Promise<RuntimeEndpoints> } = {},
): Promise<FaultSystem> {
  ensureBuilt();
  const db = await createTestDatabase();
  const base = loadConfig();
  if (!base.TEMPORAL_ADDRESS) throw new Error('TEMPORAL_ADDRESS chưa đặt: chạy qua Jest (globalSetup).');
  const config: AppConfig = {
    ...base,
    // The OS picks the port as the API listens: a port chosen earlier can be taken meanwhile.
    PORT: 0,
    LOG_LEVEL: 'warn',
    TEMPORAL_TASK_QUEUE: `fault-${db.url.split('/').pop()}`,
  };
  const direct = { databaseUrl: db.url, temporalAddress: base.TEMPORAL_ADDRESS };
  const api = await startApi(config, (await options.apiEndpoints?.(direct)) ?? direct);
  await publishDraftCatalogue(api);
  const workers = new Set<WorkerProcess>();
  const startWorker = (endpoints: RuntimeEndpoints = direct): WorkerProcess => {
    const child = spawn(process.execPath, [workerMain], {
      env: childEnvironment({
        NTM_PROFILE: 'test',
        DATABASE_URL: endpoints.databaseUrl,
        TEMPORAL_ADDRESS: endpoints.temporalAddress,
        TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
        TEMPORAL_TASK_QUEUE: config.TEMPORAL_TASK_QUEUE,
      }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const worker: WorkerProcess = {
      child,
      exited,
      kill: async (signal) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await exited;
      },
    };
    workers.add(worker);
    void exited.then(() => workers.delete(worker));
    return worker;
  };
  return {
    config,
    db,
    api,
    startWorker,
    stop: async () => {
      await Promise.all([...workers].map((worker) => worker.kill('SIGTERM')));
      await api.close();
      await db.drop();
    },
  };
}
