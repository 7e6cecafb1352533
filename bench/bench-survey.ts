import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { Workbook } from 'exceljs';

import { XLSX_CONTENT_TYPE } from '@ntm/api/platform/file-uploads';
import { SurveyStore } from '@ntm/api/surveys/survey-store';
import { PostgresEventStore } from '@ntm/event-store';
import { IMPORT_CHUNK_SIZE } from '@ntm/survey';

import { campaignPlan, surveyMeta } from '@ntm/survey/testing/fixtures';
import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';
import type { SurveyOperation } from './bench-survey-import';

/**
 * Importing a commune's paper tallies: 50,000 household rows from a CSV and from an XLSX into a
 * real database, uploaded over HTTP to the route's streamed body parser and the code the API runs
 * (read as it arrives, check each row, decide, one append of chunk events). Each operation runs in
 * a process of its own, so that its peak resident memory is its own. Baselines from the same run:
 * csv-parse alone on the same bytes, and a plain INSERT of the same rows into a bare table.
 * Targets: under 10 s and 300 MB resident per import (issue #25).
 */
const ROWS = 50_000;
const VILLAGES = 10;
const TARGET_MS = 10_000;
const TARGET_RSS_MB = 300;
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

const run = promisify(execFile);

/** One operation in a fresh process (bench-survey-import): its time, idle and peak resident memory. */
async function measure(url: string, op: SurveyOperation): Promise<Figures> {
  const child = resolve(__dirname, 'bench-survey-import.js');
  const { stdout } = await run(process.execPath, [child, url, JSON.stringify(op)], { maxBuffer: 1024 * 1024 });
  return { rows: ROWS, ...(JSON.parse(stdout) as Figures) };
}

async function main(): Promise<void> {
  await withBenchDatabase(4, async ({ url, pool }) => {
    const store = new PostgresEventStore(pool);
    const surveys = new SurveyStore(store);
    for (const campaignId of ['bench-csv', 'bench-xlsx']) {
      const plan = campaignPlan({ dossierId: 'bench', villages, opensOn: '2026-04-01' });
      await surveys.execute(campaignId, {
        type: 'OpenSurveyCampaign',
        data: { ...plan, campaignId },
        metadata: surveyMeta(),
      });
    }
    await pool.query('create table bench_rows (household text primary key, village text, answers jsonb)');
    const dir = await mkdtemp(join(tmpdir(), 'bench-survey-'));
    const data = rows();
    const csv = join(dir, 'phieu.csv');
    const xlsx = join(dir, 'phieu.xlsx');
    await writeFile(csv, csvOf(data));
    await writeFile(xlsx, await xlsxOf(data));
    const CSV = { file: csv, contentType: 'text/csv' };
    const XLSX = { file: xlsx, contentType: XLSX_CONTENT_TYPE };
    const operations: SurveyOperation[] = [
      { operation: 'baseline: csv-parse only (same bytes)', kind: 'parse-only', campaignId: '', ...CSV },
      { operation: 'baseline: plain INSERT of the rows', kind: 'plain-insert', campaignId: '', ...CSV },
      {
        operation: 'import CSV over HTTP (stream, check, decide, append)',
        kind: 'import',
        campaignId: 'bench-csv',
        expectImported: ROWS,
        ...CSV,
      },
      {
        operation: 'import XLSX over HTTP (stream, check, decide, append)',
        kind: 'import',
        campaignId: 'bench-xlsx',
        expectImported: ROWS,
        ...XLSX,
      },
      { operation: 're-import same CSV (idempotent no-op)', kind: 'import', campaignId: 'bench-csv', ...CSV },
      { operation: 'load + fold + tally 50,000 responses', kind: 'tally', campaignId: 'bench-csv', ...CSV },
    ];
    const result: Figures[] = [];
    for (const op of operations) result.push(await measure(url, op));
    await rm(dir, { recursive: true });
    const figure = (operation: string, key: string) =>
      Number(result.find((r) => String(r.operation).startsWith(operation))![key]);
    const ratio = (value: number, baseline: number) => Math.round((value / Math.max(1, baseline)) * 10) / 10;
    const rowsOut = result.map((row) => ({
      ...row,
      vs_parse_only: ratio(Number(row.time_ms), figure('baseline: csv', 'time_ms')),
      vs_plain_insert: ratio(Number(row.time_ms), figure('baseline: plain', 'time_ms')),
      rss_vs_parse_only: ratio(Number(row.peak_rss_mb), figure('baseline: csv', 'peak_rss_mb')),
    }));
    await store.drain();
    const peak = Math.max(figure('import CSV', 'peak_rss_mb'), figure('import XLSX', 'peak_rss_mb'));
    report('survey', rowsOut, {
      rows: ROWS,
      import_events_per_file: Math.ceil(ROWS / IMPORT_CHUNK_SIZE),
      target_ms: TARGET_MS,
      target_rss_mb: TARGET_RSS_MB,
      csv_import_ms: figure('import CSV', 'time_ms'),
      xlsx_import_ms: figure('import XLSX', 'time_ms'),
      import_peak_rss_mb: peak,
      within_target:
        figure('import CSV', 'time_ms') < TARGET_MS &&
        figure('import XLSX', 'time_ms') < TARGET_MS &&
        peak <= TARGET_RSS_MB
          ? 'yes'
          : 'no',
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
