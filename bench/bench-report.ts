import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Figures = Record<string, number | string>;

/** Every benchmark prints a table and writes `bench-results/<area>.json` (snake_case keys with units). */
export function report(area: string, rows: Figures[], summary: Figures): void {
  console.log(`\n== bench:${area} ==`);
  console.table(rows);
  console.table([summary]);
  const dir = resolve(__dirname, '..', '..', 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    resolve(dir, `${area}.json`),
    `${JSON.stringify({ area, measured_at: new Date().toISOString(), ...summary, rows }, null, 2)}\n`,
  );
}
