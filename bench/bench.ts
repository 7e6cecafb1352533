import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * `npm run bench`: every `bench-<area>` script, one after the other (never in parallel: they
 * would measure each other), each printing its table and writing `bench-results/<area>.json`.
 */
const areas = readdirSync(__dirname)
  .map((file) => /^bench-(.+)\.js$/.exec(file)?.[1])
  .filter((area): area is string => area !== undefined && area !== 'report');

let failed = 0;
for (const area of areas) {
  const run = spawnSync(process.execPath, [`${__dirname}/bench-${area}.js`], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`bench:${area} thất bại (failed) với mã ${run.status}`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
