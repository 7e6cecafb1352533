import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

import { format, resolveConfig } from 'prettier';

import type { Figures } from './bench-report';

interface AreaResult extends Figures {
  readonly area: string;
  readonly measured_at: string;
}

const ROOT = resolve(__dirname, '..', '..');

/**
 * `docs/benchmarks.md` from the results `npm run bench` has just written: the machine, then each
 * area's figures and ratios, all from the same run (an area that failed is named, never carried
 * over from an earlier run). Written as the project's Prettier would format it, so that `npm run lint`
 * passes on a freshly written document.
 */
export async function writeBenchmarksDoc(
  areas: readonly string[],
  startedAt: Date,
  failed: readonly string[],
  loadAtStart: number,
): Promise<void> {
  const results = areas.flatMap((area) => {
    const result = readResult(area);
    return result && new Date(result.measured_at) >= startedAt ? [{ area, result }] : [];
  });
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand): every figure below comes from the one run dated here,',
    'each ratio against a baseline measured in that same run on the same machine (see `bench/` for what each',
    'area measures and why its baseline is the fair one).',
    '',
    `- Run: ${startedAt.toISOString()}`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `- Node ${process.version}; load average when the run started: ${loadAtStart.toFixed(2)} (another process busy on the machine shows here)`,
    ...(failed.length > 0
      ? [`- Failed in this run (no figures): ${failed.map((area) => `\`${area}\``).join(', ')}`]
      : []),
    '',
    ...results.flatMap(({ area, result }) => section(area, result)),
  ];
  const path = resolve(ROOT, 'docs', 'benchmarks.md');
  const markdown = await format(`${lines.join('\n')}\n`, { ...(await resolveConfig(path)), filepath: path });
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  writeFileSync(path, markdown);
}

function readResult(area: string): AreaResult | undefined {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, 'bench-results', `${area}.json`), 'utf8')) as AreaResult;
  } catch {
    return undefined;
  }
}

function section(area: string, result: AreaResult): string[] {
  const { rows, measured_at: _measuredAt, area: _area, ...summary } = result;
  return [
    `## \`bench:${area}\``,
    '',
    table(Object.entries(summary).map(([figure, value]) => ({ figure, value: value as number | string }))),
    '',
    ...(Array.isArray(rows) && rows.length > 0 ? [table(rows as Figures[]), ''] : []),
  ];
}

/** A Markdown table of records; a key one record lacks is left blank in its row. */
function table(records: readonly Figures[]): string {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(keys),
    row(keys.map(() => '---')),
    ...records.map((record) => row(keys.map((key) => String(record[key] ?? '')))),
  ].join('\n');
}
