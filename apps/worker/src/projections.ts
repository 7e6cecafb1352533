import { Runtime } from '@temporalio/worker';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';

import { listenForAppends, PostgresEventStore } from '@ntm/event-store';
import { type ProjectionSettings, ProjectionRunner, projectorsWith } from '@ntm/projections';
import { dataSourceOptions, describeCause } from '@ntm/runtime';

export interface RunningProjections {
  stop(): Promise<void>;
}

const logger = () => Runtime.instance().logger;

/**
 * Runs every projector live in the worker: appends from any process (NOTIFY) wake the loops at
 * once, and they also poll, so a lost notification only delays a read model.
 */
export async function startProjections(
  databaseUrl: string,
  pool: Pool,
  settings: ProjectionSettings,
): Promise<RunningProjections> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  const runner = new ProjectionRunner(dataSource, new PostgresEventStore(pool), projectorsWith(settings), {
    onError: (projection, error) =>
      logger().error('projection batch failed', { projection, error: describeCause(error) }),
  });
  const listener = await listenForAppends(
    { connectionString: databaseUrl },
    () => runner.announceAppended(),
    (error) => logger().warn('append listener failed', { error: describeCause(error) }),
  );
  runner.start();
  return {
    stop: async () => {
      await runner.stop();
      await listener.close();
      await dataSource.destroy();
    },
  };
}
