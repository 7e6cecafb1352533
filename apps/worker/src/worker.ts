import { NativeConnection, Runtime, Worker } from '@temporalio/worker';

import type { AppConfig } from '@ntm/config';
import { createPool } from '@ntm/runtime';
import { PostgresEventStore } from '@ntm/event-store';

import { createRoundTripActivities } from './diagnostics/round-trip.activities';
import { createDossierActivities } from './dossiers/dossier.activities';
import { registerSearchAttributes } from './dossiers/search-attributes';
import { createDeliveryActivities, startDeliveryWorkflow } from './notifications/delivery-activities';
import { startProjections } from './projections';
import { createSurveyActivities } from './surveys/survey.activities';
import { webpackConfigHook, workflowsPath } from './workflow-bundle';

export interface WorkerEndpoints {
  readonly databaseUrl: string;
  readonly temporalAddress: string;
}

export interface RunningWorker {
  /** Resolves when the worker has stopped (after `shutdown`), rejects if it crashed. */
  readonly done: Promise<void>;
  shutdown(): Promise<void>;
}

/** Registers every workflow (bundled once at start) and every activity, and starts polling. */
export async function startWorker(config: AppConfig, endpoints: WorkerEndpoints): Promise<RunningWorker> {
  const pool = createPool(endpoints.databaseUrl, 10, (error) =>
    Runtime.instance().logger.warn('PostgreSQL idle connection lost', { error: error.message }),
  );
  const store = new PostgresEventStore(pool);
  const connection = await NativeConnection.connect({ address: endpoints.temporalAddress });
  await registerSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
  const delivery = createDeliveryActivities(pool, store, config);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath,
    bundlerOptions: { webpackConfigHook },
    activities: {
      ...createRoundTripActivities(pool),
      ...createDossierActivities(store),
      ...createSurveyActivities(store),
      ...delivery.activities,
    },
  });
  const projections = await startProjections(endpoints.databaseUrl, pool, config);
  await startDeliveryWorkflow(connection, {
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    config,
  });
  const done = worker.run().finally(async () => {
    await delivery.close();
    await projections.stop();
    await connection.close();
    await pool.end();
  });
  return {
    done,
    shutdown: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
