import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Pool } from 'pg';

import { recognitionCommands, twoTierRegime } from '@ntm/domain/testing/fixtures';
import { PostgresEventStore } from '@ntm/event-store';
import { createDatabaseIfMissing, migrate } from '@ntm/runtime';
import { webpackConfigHook } from '@ntm/worker/workflow-bundle';
import { createDossierActivities } from '@ntm/worker/dossiers/dossier.activities';
import { registerSearchAttributes } from '@ntm/worker/dossiers/search-attributes';
import { dossierWorkflowId, executeCommand } from '@ntm/workflows/dossier/messages';
import type { recognitionWorkflow } from '@ntm/workflows/dossier/workflow';

import { dropDatabase, withDatabase } from '../test/support/database';
import { addressedTo } from '../test/support/dossier-workflow';
import { provideTestPostgres, provideTestTemporal, type Stop } from '../test/support/servers';
import { report } from './bench-report';
import type { baselineWorkflow } from './bench-workflow/baseline.workflow';

const DOSSIERS = 24;
const CONCURRENCY = 6;
const TASK_QUEUE = 'bench-workflow';

/**
 * Dossiers completed per minute through the whole procedure (registration to recognition, two-tier,
 * every command an Update appending to the PostgreSQL event store) on a Temporal dev server, next to a
 * trivial workflow running the same number of activities, in the same run on the same machine.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const stops: Stop[] = [];
  try {
    const adminUrl = await provideTestPostgres(stops);
    const database = `ntm_bench_${randomBytes(4).toString('hex')}`;
    await createDatabaseIfMissing(adminUrl, database);
    const url = withDatabase(adminUrl, database);
    stops.push(() => dropDatabase(adminUrl, database));
    await migrate(url);
    const address = await provideTestTemporal(stops);
    const pool = new Pool({ connectionString: url, max: 20 });
    stops.push(() => pool.end());
    let activities = 0;
    const real = createDossierActivities(new PostgresEventStore(pool));
    const counted = {
      ...real,
      appendDossierEvents: (input: Parameters<typeof real.appendDossierEvents>[0]) => (
        activities++,
        real.appendDossierEvents(input)
      ),
    };
    const connection = await NativeConnection.connect({ address });
    // The dossier workflow upserts its search attributes: a server without them would fail its tasks.
    await registerSearchAttributes(connection, 'default');
    const worker = await Worker.create({
      connection,
      taskQueue: TASK_QUEUE,
      workflowsPath: require.resolve('./bench-workflow/workflows'),
      bundlerOptions: { webpackConfigHook },
      activities: { ...counted, noop: async () => undefined },
      maxConcurrentWorkflowTaskExecutions: 50,
    });
    const client = new Client({ connection: await Connection.connect({ address }) });
    await worker.runUntil(async () => {
      const procedure = await timed(() => inParallel(DOSSIERS, (n) => runDossier(client, `bench-${database}-${n}`)));
      const perDossier = Math.round(activities / DOSSIERS);
      const baseline = await timed(() =>
        inParallel(DOSSIERS, (n) => runBaseline(client, `${database}-${n}`, perDossier)),
      );
      const rate = (seconds: number) => Number(((DOSSIERS / seconds) * 60).toFixed(1));
      const rows = [
        {
          workflow: 'recognition procedure (Updates + event store)',
          runs: DOSSIERS,
          activities_per_run: perDossier,
          seconds: round(procedure),
          runs_per_min: rate(procedure),
        },
        {
          workflow: 'baseline (same activities, no-op)',
          runs: DOSSIERS,
          activities_per_run: perDossier,
          seconds: round(baseline),
          runs_per_min: rate(baseline),
        },
      ];
      report('workflow', rows, {
        dossiers_per_min: rate(procedure),
        baseline_runs_per_min: rate(baseline),
        ratio_vs_baseline: Number((baseline / procedure).toFixed(2)),
        activities_per_dossier: perDossier,
        concurrency: CONCURRENCY,
        rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
      });
    });
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

async function runDossier(client: Client, dossierId: string): Promise<void> {
  const handle = await client.workflow.start<typeof recognitionWorkflow>('recognitionWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: dossierWorkflowId(dossierId),
    args: [{ dossierId }],
  });
  const commands = recognitionCommands(twoTierRegime).filter((c) => c.type !== 'AssignCriteria');
  for (const command of commands) {
    await handle.executeUpdate(executeCommand, {
      args: [addressedTo(command, dossierId)],
      updateId: `${dossierId}-${command.metadata.commandId}`,
    });
  }
}

async function runBaseline(client: Client, id: string, activities: number): Promise<void> {
  await client.workflow.execute<typeof baselineWorkflow>('baselineWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: `baseline-${id}`,
    args: [activities],
  });
}

async function inParallel(count: number, run: (n: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await run(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const round = (value: number) => Number(value.toFixed(2));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
