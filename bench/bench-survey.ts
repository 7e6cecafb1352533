import { performance } from 'node:perf_hooks';

import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';

import { SurveyImports } from '@ntm/api/surveys/survey-imports';
import { SurveyStore } from '@ntm/api/surveys/survey-store';
import { PostgresEventStore } from '@ntm/event-store';
import { IMPORT_CHUNK_SIZE, tallyCampaign } from '@ntm/survey';

import { campaignPlan, surveyMeta } from '@ntm/survey/testing/fixtures';
import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';

/**
 * Importing a commune's paper tallies: 50,000 household rows from a CSV and from an XLSX into a
 * real database, through the code the API runs (read, check each row, decide, one append of
 * chunk events). Baselines from the same run: csv-parse alone on the same bytes, and a plain
 * INSERT of the same rows into a bare table. Target: under 10 s per import.
 */
const ROWS = 50_000;
const VILLAGES = 10;
const TARGET_MS = 10_000;
const QUESTIONS = ['q1', 'q2', 'q3'];

const villages = Array.from({ length: VILLAGES }, (_, v) => ({
  code: `T${v + 1}`,
  name: `Thôn ${v + 1}`,
  households: ROWS / VILLAGES,
}));

function rows(): string[][] {
  return Array.from({ length: ROWS }, (_, i) => {
    const village = villages[i % VILLAGES];
    const answer = (q: number) => ((i + q) % 13 === 0 ? '0' : '1');
    const reason = answer(0) === '0' ? 'duong-xuong-cap' : '';
    return [
      `${village.code}-${Math.floor(i / VILLAGES) + 1}`,
      village.code,
      ...QUESTIONS.map((_, q) => answer(q)),
      reason,
    ];
  });
}

const HEADER = ['ma_ho', 'ma_thon', ...QUESTIONS, 'ly_do_q1'];
const csvOf = (data: string[][]) => Buffer.from([HEADER, ...data].map((r) => r.join(',')).join('\n'), 'utf8');

async function xlsxOf(data: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Phiếu');
  sheet.addRow(HEADER);
  for (const row of data) sheet.addRow([row[0], row[1], ...row.slice(2, 5).map(Number), row[5]]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Wall time and memory of one operation: RSS and heap sampled every 10 ms (the peak seen), and the
 * heap's growth over what was resident before (the generated files and rows stay resident).
 */
async function measure(operation: string, rowsCount: number, run: () => Promise<unknown>): Promise<Figures> {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 10);
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  clearInterval(sample);
  const after = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;
  return {
    operation,
    rows: rowsCount,
    time_ms: Math.round(ms),
    rows_per_s: Math.round(rowsCount / (ms / 1000)),
    peak_rss_mb: mb(Math.max(rss, after.rss)),
    peak_heap_mb: mb(Math.max(heap, after.heapUsed)),
    heap_growth_mb: mb(Math.max(heap, after.heapUsed) - before.heapUsed),
  };
}

async function main(): Promise<void> {
  await withBenchDatabase(4, async ({ pool }) => {
    const store = new PostgresEventStore(pool);
    const surveys = new SurveyStore(store);
    const imports = new SurveyImports(surveys);
    const open = async (campaignId: string) => {
      const plan = campaignPlan({ dossierId: 'bench', villages, opensOn: '2026-04-01' });
      await surveys.execute(campaignId, {
        type: 'OpenSurveyCampaign',
        data: { ...plan, campaignId },
        metadata: surveyMeta(),
      });
    };
    const data = rows();
    const csv = csvOf(data);
    const xlsx = await xlsxOf(data);
    const importOf = (campaignId: string, bytes: Buffer, fileName: string) => async () => {
      const outcome = await imports.importFile(surveyMeta(), 'bench', campaignId, {
        bytes,
        name: fileName,
        validRowsOnly: false,
      });
      if (outcome.imported !== ROWS)
        throw new Error(`imported ${outcome.imported}/${ROWS}: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
    };
    await open('bench-csv');
    await open('bench-xlsx');
    await pool.query('create table bench_rows (household text primary key, village text, answers jsonb)');
    const result = [
      await measure('baseline: csv-parse only (same bytes)', ROWS, async () => parse(csv, { bom: true })),
      await measure('baseline: plain INSERT of the rows', ROWS, () =>
        pool.query('insert into bench_rows select * from unnest($1::text[], $2::text[], $3::jsonb[])', [
          data.map((r) => r[0]),
          data.map((r) => r[1]),
          data.map((r) => JSON.stringify(r.slice(2))),
        ]),
      ),
      await measure('import CSV (read, check, decide, append)', ROWS, importOf('bench-csv', csv, 'phieu.csv')),
      await measure('import XLSX (read, check, decide, append)', ROWS, importOf('bench-xlsx', xlsx, 'phieu.xlsx')),
      await measure('re-import same CSV (idempotent no-op)', ROWS, async () => {
        const again = await imports.importFile(surveyMeta(), 'bench', 'bench-csv', {
          bytes: csv,
          name: 'phieu.csv',
          validRowsOnly: false,
        });
        if (!again.alreadyImported) throw new Error('re-import was not recognised');
      }),
      await measure('load + fold + tally 50,000 responses', ROWS, async () =>
        tallyCampaign((await surveys.load('bench', 'bench-csv')).state),
      ),
    ];
    const time = (operation: string) => Number(result.find((r) => String(r.operation).startsWith(operation))!.time_ms);
    const rowsOut = result.map((row) => ({
      ...row,
      vs_parse_only: Math.round((Number(row.time_ms) / Math.max(1, time('baseline: csv'))) * 10) / 10,
      vs_plain_insert: Math.round((Number(row.time_ms) / Math.max(1, time('baseline: plain'))) * 10) / 10,
    }));
    await store.drain();
    report('survey', rowsOut, {
      rows: ROWS,
      csv_bytes: csv.length,
      xlsx_bytes: xlsx.length,
      import_events_per_file: Math.ceil(ROWS / IMPORT_CHUNK_SIZE),
      target_ms: TARGET_MS,
      csv_import_ms: time('import CSV'),
      xlsx_import_ms: time('import XLSX'),
      process_max_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      within_target: time('import CSV') < TARGET_MS && time('import XLSX') < TARGET_MS ? 'yes' : 'no',
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
