import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

import { writeBenchmarksDoc } from './benchmarks-doc';

/**
 * `npm run bench`: every `bench:<area>` of package.json, one after the other (never in parallel:
 * they would measure each other), each printing its table and writing `bench-results/<area>.json`;
 * then `docs/benchmarks.md` from this run's results.
 */
const { scripts } = JSON.parse(readFileSync(resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const areas = Object.keys(scripts).flatMap((name) => /^bench:(.+)$/.exec(name)?.[1] ?? []);

const startedAt = new Date();
const loadAtStart = loadavg()[0];
const failed: string[] = [];
for (const area of areas) {
  const run = spawnSync(process.execPath, [`${__dirname}/bench-${area}.js`], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench:${area} thất bại (failed) với mã ${run.status}`);
    failed.push(area);
  }
}
void writeBenchmarksDoc(areas, startedAt, failed, loadAtStart).then(() => process.exit(failed.length === 0 ? 0 : 1));
