import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';

import { parse } from 'csv-parse/sync';
import Fastify from 'fastify';
import { Pool } from 'pg';

import { STREAMED_BODY, acceptFileUploads } from '@ntm/api/platform/file-uploads';
import type { ImportOutcome } from '@ntm/api/surveys/survey-imports';
import { SurveyImports } from '@ntm/api/surveys/survey-imports';
import { SurveyStore } from '@ntm/api/surveys/survey-store';
import { PostgresEventStore } from '@ntm/event-store';
import { tallyCampaign } from '@ntm/survey';

import { surveyMeta } from '@ntm/survey/testing/fixtures';
import type { Figures } from './bench-report';

/**
 * One operation of bench-survey in a process of its own, so that its peak resident memory is its
 * own and not what earlier operations left behind: the import goes through the upload route's body
 * parser (streamed, size-limited) into the code the controller runs. Prints its figures as JSON.
 */
export interface SurveyOperation {
  readonly operation: string;
  readonly kind: 'parse-only' | 'plain-insert' | 'import' | 'tally';
  readonly file: string;
  readonly campaignId: string;
  readonly contentType: string;
  readonly expectImported?: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

async function uploadOver(imports: SurveyImports, op: SurveyOperation): Promise<ImportOutcome> {
  const app = Fastify({ logger: false });
  acceptFileUploads(app);
  app.post('/imports', { config: STREAMED_BODY }, (request) =>
    imports.importFile(surveyMeta(), 'bench', op.campaignId, {
      bytes: request.body as AsyncIterable<Uint8Array>,
      name: 'phieu',
      validRowsOnly: false,
    }),
  );
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const response = await fetch(`${url}/imports`, {
      method: 'POST',
      headers: { 'content-type': op.contentType },
      body: Readable.toWeb(createReadStream(op.file)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    } as RequestInit);
    if (!response.ok) throw new Error(`upload: ${response.status} ${await response.text()}`);
    return (await response.json()) as ImportOutcome;
  } finally {
    await app.close();
  }
}

async function run(pool: Pool, store: PostgresEventStore, op: SurveyOperation): Promise<void> {
  const surveys = new SurveyStore(store);
  switch (op.kind) {
    case 'parse-only':
      parse(readFileSync(op.file), { bom: true });
      return;
    case 'plain-insert': {
      const rows = (parse(readFileSync(op.file), { bom: true, from_line: 2 }) as string[][]).map((r) => [
        r[0],
        r[1],
        JSON.stringify(r.slice(2)),
      ]);
      await pool.query('insert into bench_rows select * from unnest($1::text[], $2::text[], $3::jsonb[])', [
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2]),
      ]);
      return;
    }
    case 'import': {
      const outcome = await uploadOver(new SurveyImports(surveys), op);
      const expected = op.expectImported ?? 0;
      if (outcome.imported !== expected || outcome.alreadyImported !== (expected === 0))
        throw new Error(`imported ${outcome.imported}, expected ${expected}: ${JSON.stringify(outcome.problems)}`);
      return;
    }
    case 'tally':
      tallyCampaign((await surveys.load('bench', op.campaignId)).state);
      return;
  }
}

async function main(): Promise<void> {
  const [url, json] = process.argv.slice(2);
  const op = JSON.parse(json) as SurveyOperation;
  const pool = new Pool({ connectionString: url, max: 2 });
  const store = new PostgresEventStore(pool);
  try {
    const idle = process.memoryUsage().rss;
    const started = performance.now();
    await run(pool, store, op);
    const ms = performance.now() - started;
    const figures: Figures = {
      operation: op.operation,
      time_ms: Math.round(ms),
      idle_rss_mb: mb(idle),
      // The kernel's high-water mark of the process: exact, where sampling misses a synchronous spike.
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await store.drain();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
