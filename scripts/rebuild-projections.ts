import { loadConfig } from '@ntm/config';
import { PostgresEventStore } from '@ntm/event-store';
import { ProjectionRunner, projectorsWith } from '@ntm/projections';
import { dataSourceOptions, redact, runMain, provideSystemPostgres, StartupError } from '@ntm/runtime';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * `npm run projections:rebuild -- <name>... | --all`: empties each named read model and replays
 * the whole event log into it, through the same code the worker runs live. Against the embedded
 * database the app must be stopped (one server per data folder); a running system is rebuilt
 * through the API's admin endpoint instead.
 */
const PROGRESS_EVERY_MS = 1000;

runMain(async () => {
  const config = loadConfig();
  const projectors = projectorsWith(config);
  const names = chosenProjections(
    projectors.map((projector) => projector.name),
    process.argv.slice(2),
  );
  const postgres = await provideSystemPostgres(config);
  const pool = new Pool({ connectionString: postgres.url, max: 4 });
  const dataSource = await new DataSource(dataSourceOptions(postgres.url)).initialize();
  try {
    console.error(`PostgreSQL: ${redact(postgres.url)}`);
    const runner = new ProjectionRunner(dataSource, new PostgresEventStore(pool), projectors);
    for (const name of names) await rebuild(runner, name);
  } finally {
    await dataSource.destroy();
    await pool.end();
    await postgres.stop();
  }
  return async () => undefined;
});

async function rebuild(runner: ProjectionRunner, name: string): Promise<void> {
  const started = Date.now();
  let reported = started;
  console.error(`▶ ${name}: dựng lại từ đầu (rebuilding from zero)…`);
  const total = await runner.rebuild(name, (_, read) => {
    if (Date.now() - reported < PROGRESS_EVERY_MS) return;
    reported = Date.now();
    console.error(`  ${name}: ${read.toLocaleString('en')} sự kiện (events)`);
  });
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(total / seconds) : total;
  console.error(
    `✔ ${name}: ${total.toLocaleString('en')} sự kiện trong ${seconds.toFixed(1)} s (${rate.toLocaleString('en')} events/s)`,
  );
}

function chosenProjections(known: readonly string[], args: readonly string[]): string[] {
  if (args.includes('--all')) return [...known];
  const unknown = args.filter((name) => !known.includes(name));
  if (args.length === 0 || unknown.length > 0) {
    throw new StartupError(
      'projections:rebuild',
      `${unknown.length ? `không có projection (unknown): ${unknown.join(', ')}. ` : ''}` +
        `Dùng (usage): npm run projections:rebuild -- <${known.join(' | ')}>... | --all`,
    );
  }
  return [...args];
}
