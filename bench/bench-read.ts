import autocannon from 'autocannon';
import { DataSource } from 'typeorm';

import { startApi } from '@ntm/api/bootstrap';
import { loadConfig } from '@ntm/config';
import type { DossierEvent } from '@ntm/domain';
import { PostgresEventStore } from '@ntm/event-store';
import { ProjectionRunner, projectorsWith } from '@ntm/projections';
import { dataSourceOptions } from '@ntm/runtime';

import { longHistory, toNewEvent } from '../libs/audit/src/testing/histories';
import { devLoginHeaders } from '../test/support/dev-login';
import { freePort, provideTestTemporal, type Stop } from '../test/support/servers';
import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';

/**
 * `GET /dossiers` and `GET /dossiers/:id` through the whole API (auth, scope, read models) while the
 * same dossiers grow from 1 to about 100 and 1,000 events each: a read model with the columns its
 * queries need answers as fast at the end as at the start. The 1-event figures are the baseline.
 */
const DOSSIERS = 20;
const STAGES = [1, 100, 1000];
const DURATION_S = 5;
const CONNECTIONS = 50;
const APPEND_CHUNK = 100;
/** A Bắc Kạn commune, read by the province's inspector (libs/auth/data/demo-users.yaml). */
const ADDRESS = { unit: '02005', province: '06' };
const READER = 'thanh-tra-bac-kan';

async function main(): Promise<void> {
  await withBenchDatabase(8, async ({ url, pool }) => {
    const stops: Stop[] = [];
    const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      const store = new PostgresEventStore(pool);
      const runner = new ProjectionRunner(dataSource, store, projectorsWith(loadConfig()));
      const config = { ...loadConfig(), PORT: await freePort(), LOG_LEVEL: 'silent' as const };
      const api = await startApi(config, { databaseUrl: url, temporalAddress: await provideTestTemporal(stops) });
      stops.push(() => api.close());
      const headers = await devLoginHeaders(api.url, READER);
      const histories = Array.from({ length: DOSSIERS }, (_, i) => {
        const dossierId = `bench-read-${String(i).padStart(2, '0')}`;
        return { dossierId, events: longHistory({ dossierId, ...ADDRESS }, Math.max(...STAGES)) };
      });
      const rows: Figures[] = [];
      let appended = 0;
      for (const stage of STAGES) {
        const size = Math.min(stage, histories[0].events.length);
        for (const { dossierId, events } of histories) await append(store, dossierId, events, appended, size);
        appended = size;
        for (const name of runner.names) await runner.catchUp(name);
        const base = `${api.url}/api/v1/dossiers`;
        rows.push(await measure('list', size, base, headers));
        rows.push(await measure('detail', size, `${base}/${histories[0].dossierId}`, headers));
      }
      await store.drain();
      report('read', rows, summary(rows));
    } finally {
      for (const stop of stops.reverse()) await stop();
      await dataSource.destroy();
    }
  });
}

async function append(
  store: PostgresEventStore,
  dossierId: string,
  events: readonly DossierEvent[],
  from: number,
  to: number,
): Promise<void> {
  for (let at = from; at < to; at += APPEND_CHUNK) {
    const chunk = events.slice(at, Math.min(to, at + APPEND_CHUNK)).map(toNewEvent);
    await store.append(`dossier-${dossierId}`, at, chunk);
  }
}

async function measure(request: string, events: number, url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return {
    request,
    events_per_dossier: events,
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    response_bytes: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    errors: result.errors + result.non2xx,
  };
}

function summary(rows: Figures[]): Figures {
  const rate = (request: string, events: number) =>
    Number(rows.find((row) => row.request === request && row.events_per_dossier === events)?.requests_per_s ?? 0);
  const [first, , last] = rows.filter((row) => row.request === 'list').map((row) => Number(row.events_per_dossier));
  const ratio = (request: string) => Number((rate(request, last) / rate(request, first)).toFixed(2));
  return {
    list_requests_per_s_at_1000_vs_1_events_ratio: ratio('list'),
    detail_requests_per_s_at_1000_vs_1_events_ratio: ratio('detail'),
    dossiers: DOSSIERS,
    duration_s: DURATION_S,
    connections: CONNECTIONS,
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
