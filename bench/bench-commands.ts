import { performance } from 'node:perf_hooks';

import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

import type { DevTokenSigner } from '@ntm/auth';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import { vietnamDateOf } from '@ntm/calendar';
import { loadAdministrativeUnits, loadCommuneGroupSeed } from '@ntm/units';
import { webpackConfigHook } from '@ntm/worker/workflow-bundle';

import { apiActor, dossierInPosting, filingSteps, rulesFiledOn } from '../test/support/dossier-journey';
import { provideTestServers } from '../test/support/global-setup';
import { type Stop } from '../test/support/servers';
import { startTestSystem } from '../test/support/system';
import { report } from './bench-report';
import { noopUpdate, type updateBaselineWorkflow } from './bench-commands/update-baseline.workflow';

/** Commands timed one after the other (what one user waits for), after a few untimed to warm up. */
const COMMANDS = 200;
const SUBMISSIONS = 30;
const WARM_UP = 10;
const PROVINCE = '19';
const TASK_QUEUE = 'bench-commands-baseline';

/**
 * What a user waits for when they send a command, on the same Temporal server and PostgreSQL, in
 * the same run: a bare Update that does nothing (the yardstick); a command through HTTP (token,
 * validation, the dossier workflow's Update, the append, the answer: a resident's comment during
 * the posting); and a submission, which also dispatches every criterion to its department as a
 * child workflow before it answers.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const stops: Stop[] = [];
  try {
    await provideTestServers(stops);
    const system = await startTestSystem({ config: { LOG_LEVEL: 'silent' } });
    stops.push(() => system.stop());
    const as = apiActor(system.api.url, system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER));

    const bare = await bareUpdates(system.config.TEMPORAL_ADDRESS!);
    const commands = await comments(as);
    const submissions = await submitting(as);
    const rows = [
      { what: 'bare Temporal Update (no-op)', ...figures(bare) },
      { what: 'command through HTTP (comment)', ...figures(commands) },
      { what: 'submission through HTTP', ...figures(submissions) },
    ];
    const ratio = (sample: number[]) => Number((percentile(bare, 50) / percentile(sample, 50)).toFixed(2));
    report('commands', rows, {
      update_p50_ms: percentile(bare, 50),
      update_p99_ms: percentile(bare, 99),
      command_p50_ms: percentile(commands, 50),
      command_p99_ms: percentile(commands, 99),
      command_ratio_vs_update_p50: ratio(commands),
      submission_p50_ms: percentile(submissions, 50),
      submission_p99_ms: percentile(submissions, 99),
      submission_ratio_vs_update_p50: ratio(submissions),
      criteria_per_submission: criteriaPerSubmission(),
    });
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

/** The yardstick: an Update round trip to a running workflow whose handler returns at once. */
async function bareUpdates(address: string): Promise<number[]> {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('./bench-commands/update-baseline.workflow'),
    bundlerOptions: { webpackConfigHook },
  });
  const client = new Client({ connection: await Connection.connect({ address }) });
  try {
    return await worker.runUntil(async () => {
      const handle = await client.workflow.start<typeof updateBaselineWorkflow>('updateBaselineWorkflow', {
        taskQueue: TASK_QUEUE,
        workflowId: `bench-commands-${Date.now()}`,
      });
      const times = await timedEach(COMMANDS, () => handle.executeUpdate(noopUpdate));
      await handle.terminate('bench over');
      return times;
    });
  } finally {
    await connection.close();
  }
}

/** One resident's comment after another on a dossier in its posting: one event each. */
async function comments(as: Parameters<typeof dossierInPosting>[0]): Promise<number[]> {
  const unit = rural(1)[0];
  const { dossierId } = await dossierInPosting(as, unit, PROVINCE);
  const commune = as('commune-officer', unit);
  return timedEach(COMMANDS, async () => {
    const answer = await commune(`/dossiers/${dossierId}/comments`, {
      author: 'Người dân thôn Nà Pài',
      content: 'Đề nghị công khai thêm kết quả tiêu chí giao thông.',
      receivedOn: vietnamDateOf(new Date(Date.now() - 10 * 24 * 3600 * 1000)),
    });
    expectOk('comments', answer);
  });
}

/** Dossiers of distinct communes filed up to their submission, then each submission timed. */
async function submitting(as: Parameters<typeof dossierInPosting>[0]): Promise<number[]> {
  const times: number[] = [];
  for (const [index, unit] of rural(SUBMISSIONS + WARM_UP + 1)
    .slice(1)
    .entries()) {
    const { dossierId } = await dossierInPosting(as, unit, PROVINCE);
    const steps = filingSteps(rules(), { group: 2 }, as('commune-officer', unit), as('survey-officer', unit));
    for (const [send, path, body] of steps.slice(2, -1))
      expectOk(path, await send(`/dossiers/${dossierId}/${path}`, body));
    const [send, path, body] = steps[steps.length - 1];
    const started = performance.now();
    expectOk(path, await send(`/dossiers/${dossierId}/${path}`, body));
    if (index >= WARM_UP) times.push(performance.now() - started);
  }
  return times;
}

async function timedEach(count: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < count + WARM_UP; n += 1) {
    const started = performance.now();
    await work();
    if (n >= WARM_UP) times.push(performance.now() - started);
  }
  return times;
}

/**
 * Rural communes (xã) of the province as they stand today, each filing one NTM dossier of group 2:
 * the demo communes, whose groups the province recorded, are left to the demo.
 */
function rural(count: number): string[] {
  const units = loadAdministrativeUnits();
  const grouped = loadCommuneGroupSeed();
  const communes = units
    .within(PROVINCE)
    .map((code) => units.get(code))
    .filter((unit) => unit && !unit.validTo && unit.divisionType === 'xã' && !grouped.has(unit.code))
    .map((unit) => unit!.code);
  if (communes.length < count) throw new Error(`only ${communes.length} communes in province ${PROVINCE}`);
  return communes.slice(0, count);
}

function rules() {
  return rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, { group: 2 });
}

function criteriaPerSubmission(): number {
  return rules().criteriaSet.criteria.length;
}

function expectOk(what: string, answer: { status: number; body: unknown }): void {
  if (answer.status >= 300) throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
}

function figures(sample: number[]) {
  return {
    requests: sample.length,
    p50_ms: percentile(sample, 50),
    p99_ms: percentile(sample, 99),
    max_ms: round(Math.max(...sample)),
  };
}

function percentile(sample: number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
