import { performance } from 'node:perf_hooks';

import { DossierHistory } from '@ntm/api/audit/dossier-history.service';
import { PostgresEventStore } from '@ntm/event-store';
import { loadAdministrativeUnits } from '@ntm/units';

import { appendHistory, longHistory } from '../libs/audit/src/testing/histories';
import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';

/**
 * Audit reads of a 1,000-event dossier on a throwaway database, through the service functions the
 * API calls (store read + fold + format): the timeline, the state at an instant and at a version.
 * Target: p95 under 100 ms.
 */
const EVENTS = 1000;
const CALLS = 50;
const TARGET_MS = 100;
const DOSSIER = 'bench-audit';

async function main(): Promise<void> {
  await withBenchDatabase(4, async ({ pool }) => {
    const store = new PostgresEventStore(pool);
    const history = longHistory({ dossierId: DOSSIER, unit: '02005', province: '06' }, EVENTS);
    await appendHistory(store, DOSSIER, history);
    const service = new DossierHistory(store, loadAdministrativeUnits(), { of: () => Promise.resolve(new Map()) });
    const recorded = await store.readStream(`dossier-${DOSSIER}`);
    const instant = (i: number) => recorded[Math.floor(((i + 1) * recorded.length) / (CALLS + 1))].recordedAt;
    const rows = [
      await measure('timeline (all events)', () => service.timeline(DOSSIER)),
      await measure('state at an instant', (i) => service.stateAt(DOSSIER, { at: instant(i) })),
      await measure('state at a version', (i) => service.stateAt(DOSSIER, { version: 1 + ((i * 37) % EVENTS) })),
    ];
    await store.drain();
    report('audit', rows, {
      dossier_events: recorded.length,
      calls_per_operation: CALLS,
      target_p95_ms: TARGET_MS,
      all_within_target: rows.every((row) => Number(row.p95_ms) < TARGET_MS) ? 'yes' : 'no',
    });
  });
}

async function measure(operation: string, call: (i: number) => Promise<unknown>): Promise<Figures> {
  await call(0); // warm-up: plans and connections
  const latencies: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const started = performance.now();
    await call(i);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] * 10) / 10;
  return { operation, calls: CALLS, p50_ms: at(0.5), p95_ms: at(0.95), max_ms: at(1) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
