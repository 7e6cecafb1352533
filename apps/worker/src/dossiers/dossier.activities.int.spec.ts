import { isDeepStrictEqual } from 'node:util';

import { MockActivityEnvironment, TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { Pool } from 'pg';

import { loadConfig } from '@ntm/config';
import { type DossierCommand, type DossierState, initialState } from '@ntm/domain';
import { clearStep, cmd, criterionIds, filingCommands, run } from '@ntm/domain/testing/fixtures';
import { revocationCmd, stepwiseRevocationCommands } from '@ntm/domain/testing/revocation-fixtures';
import {
  calendarStreamId,
  dossierNoticeStreamId,
  dossierStreamId,
  encodeEvents,
  PostgresEventStore,
  PostgresHashChainAudit,
} from '@ntm/event-store';
import { councilAgendaProjector, ProjectionRunner } from '@ntm/projections';
import {
  addressedTo,
  createTestDatabase,
  type TestDatabase,
  timeSkippingEnvironment,
  until,
  workflowBundleOptions,
} from '@ntm/test-support';
import type { StoredDossierEvents } from '@ntm/workflows/dossier/activities';
import { dossierWorkflowId, executeCommand } from '@ntm/workflows/dossier/messages';
import { recognitionWorkflow } from '@ntm/workflows/dossier/workflow';

import { createDossierActivities } from './dossier.activities';

let taskQueue = '';
let queues = 0;
let env: TestWorkflowEnvironment;
let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestDatabase();
  pool = db.openPool();
  store = new PostgresEventStore(pool);
});
afterAll(async () => {
  await db?.drop();
});

const workerWith = (activities: ReturnType<typeof createDossierActivities>) =>
  Worker.create({ connection: env.nativeConnection, taskQueue, activities, ...workflowBundleOptions() });

/** A server and task queue per test: workflows left waiting by one test never hold back another's clock. */
function eachTestOn(server: () => Promise<TestWorkflowEnvironment>) {
  beforeEach(async () => {
    taskQueue = `dossier-activities-int-${++queues}`;
    env = await server();
  });
  afterEach(() => env?.teardown());
}

async function startDossier(dossierId: string) {
  const handle = await env.client.workflow.start(recognitionWorkflow, {
    taskQueue,
    workflowId: dossierWorkflowId(dossierId),
    args: [{ dossierId }],
  });
  return (command: DossierCommand) =>
    handle.executeUpdate(executeCommand, {
      args: [addressedTo(command, dossierId)],
      updateId: command.metadata.commandId,
    });
}

const procedure = (): DossierCommand[] => [
  ...filingCommands(),
  ...clearStep('province').filter((c) => c.type !== 'AssignCriteria'),
  cmd.issue(),
];

describe('dossier activities over the PostgreSQL event store', () => {
  eachTestOn(timeSkippingEnvironment);

  it('records a whole procedure as one gap-free, hash-chained stream, each event tied to its workflow', async () => {
    const worker = await workerWith(createDossierActivities(store));
    await worker.runUntil(async () => {
      const send = await startDossier('pg-1');
      for (const command of procedure()) await send(command);
    });
    const events = await store.readStream(dossierStreamId('pg-1'));
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.type).toBe('DossierRecognised');
    expect(new Set(events.map((e) => e.metadata.workflowId))).toEqual(new Set([dossierWorkflowId('pg-1')]));
    await expect(new PostgresHashChainAudit(pool).verify(dossierStreamId('pg-1'))).resolves.toMatchObject({ ok: true });
  });

  it('a command recorded in an earlier run (a request retried after a continue-as-new) appends nothing and keeps the version the run holds', async () => {
    const { appendDossierEvents } = createDossierActivities(store);
    const activity = new MockActivityEnvironment({
      workflowExecution: { workflowId: dossierWorkflowId('pg-again'), runId: 'run-2' },
    });
    const [register, selfAssess, post] = filingCommands();
    const registered = run([register]).state;
    const assessed = run([selfAssess], { state: registered, events: [] }).state;
    const append = (command: DossierCommand, expectedVersion: number, decidedOn: DossierState) =>
      activity.run<[], StoredDossierEvents, () => Promise<StoredDossierEvents>>(() =>
        appendDossierEvents({
          dossierId: 'pg-again',
          expectedVersion,
          commandId: command.metadata.commandId,
          events: run([command], { state: decidedOn, events: [] }).events,
        }),
      );
    const first = await append(register, 0, initialState());
    const head = (await append(selfAssess, first.version, registered)).version;

    // Retried inside the run that recorded it (the activity itself retried): the original record.
    await expect(append(register, 0, initialState())).resolves.toEqual(first);
    // Retried after the run that recorded it: nothing new, and the next command still fits.
    await expect(append(register, head, initialState())).resolves.toMatchObject({ version: head, events: [] });
    await expect(append(post, head, assessed)).resolves.toMatchObject({
      version: head + 1,
      events: [{ type: 'ResultsPosted' }],
    });
  });

  it('every answer carries the province’s working calendar in full, with the days its administrator declared', async () => {
    const { appendDossierEvents, loadDossierEvents } = createDossierActivities(store);
    const [register] = filingCommands();
    const events = run([register]).events;
    const registered = events[0];
    const province = registered?.type === 'DossierRegistered' ? registered.data.province : '';
    const declared = { province, date: '2027-03-12', kind: 'day-off', name: 'Nghỉ theo QĐ của tỉnh', reason: 'QĐ 1' };
    const streamId = calendarStreamId(province);
    await store.append(
      streamId,
      'any',
      encodeEvents(streamId, 'lich-1', [{ type: 'CalendarDayDeclared', data: declared }]),
    );
    const activity = new MockActivityEnvironment({ workflowExecution: { workflowId: 'dossier-pg-lich', runId: 'r' } });
    const stored = await activity.run<[], StoredDossierEvents, () => Promise<StoredDossierEvents>>(() =>
      appendDossierEvents({ dossierId: 'pg-lich', expectedVersion: 0, commandId: register.metadata.commandId, events }),
    );
    expect(stored.calendar).toMatchObject({
      officialSchedules: false,
      nationalDayAdjacentDays: { '2026': '2026-09-01' },
    });
    expect(stored.calendar?.extraDaysOff).toContainEqual({ date: '2027-03-12', name: 'Nghỉ theo QĐ của tỉnh' });
    expect((await loadDossierEvents('pg-lich')).calendar).toEqual(stored.calendar);
  });

  it('a command whose text PostgreSQL cannot store fails at once, writes nothing, and the dossier takes the next command', async () => {
    const worker = await workerWith(createDossierActivities(store));
    await worker.runUntil(async () => {
      const send = await startDossier('pg-poison');
      const [register, selfAssess, post, comment] = filingCommands();
      for (const command of [register, selfAssess, post]) await send(command);
      const poisoned = {
        ...comment,
        data: { ...comment.data, content: 'abc\u0000def' },
        metadata: { ...comment.metadata, commandId: 'poisoned-comment' },
      } as DossierCommand;
      await expect(send(poisoned)).rejects.toMatchObject({ cause: { type: 'event.unstorable' } });
      await expect(send(comment)).resolves.toMatchObject({ version: 4, events: ['CommentRecorded'] });
    });
    const events = await store.readStream(dossierStreamId('pg-poison'));
    expect(events.map((e) => e.type)).toEqual([
      'DossierRegistered',
      'SelfAssessmentRecorded',
      'ResultsPosted',
      'CommentRecorded',
    ]);
  });

  it('reminders and escalations are recorded once each in the dossier notice stream', async () => {
    const worker = await workerWith(createDossierActivities(store));
    await worker.runUntil(async () => {
      const send = await startDossier('pg-3');
      for (const command of filingCommands()) await send(command);
      await send(cmd.submit('province'));
      await env.sleep('30 days');
    });
    const notices = await store.readStream(dossierNoticeStreamId('pg-3'));
    const kinds = notices.map((n) => `${n.type}:${(n.data as { criterionId: string }).criterionId}`).sort();
    expect(kinds).toEqual(
      criterionIds.flatMap((id) => [`AppraisalOverdue:${id}`, `AppraisalReminderSent:${id}`]).sort(),
    );
  });

  it('a council short of its quorum is escalated once in the notice stream, and the agenda shows it', async () => {
    const worker = await workerWith(createDossierActivities(store));
    await worker.runUntil(async () => {
      const send = await startDossier('pg-4');
      for (const command of filingCommands()) await send(command);
      const step = clearStep('province').filter((c) => c.type !== 'AssignCriteria');
      // Submitted, appraised, consolidated, the council opened on Wednesday 01/04/2026, one vote of five.
      for (const command of step.slice(0, criterionIds.length + 4)) await send(command);
      await env.sleep('30 days');
    });
    const notices = await store.readStream(dossierNoticeStreamId('pg-4'));
    expect(notices.map((n) => n.type)).toEqual(['CouncilQuorumOverdue']);
    const runner = new ProjectionRunner(db.dataSource, store, [councilAgendaProjector]);
    await runner.rebuild(councilAgendaProjector.name);
    const readAgenda = async () =>
      (
        await db.dataSource.query(
          `select session, votes_count as "votesCount", quorum_overdue as "quorumOverdue", quorum_due_date as "dueDate"
             from read_models.council_agenda where dossier_id = 'pg-4'`,
        )
      )[0] as unknown;
    // 5 working days after 01/04: 02, 03, 06, 07, 08/04.
    const expected = { session: 1, votesCount: 1, quorumOverdue: true, dueDate: '2026-04-08' };
    // The log is read commit-safe: a transaction still open anywhere on the cluster (another suite's)
    // holds the reader back, so the projection may need more catching up than the rebuild.
    await until(async () => {
      await runner.catchUp(councilAgendaProjector.name);
      return isDeepStrictEqual(await readAgenda(), expected);
    }, 'the council agenda to show the overdue quorum');
    expect(await readAgenda()).toEqual(expected);
  });

  it('a revocation council short of its quorum is escalated as such, and the agenda shows a revocation session', async () => {
    // Review round, proposal, verification, the residents' consultation and the explanation on 01–04/06/2026;
    // the council opens Friday 05/06; two votes of five.
    const days = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-04', '2026-06-05'];
    const revocation = stepwiseRevocationCommands()
      .slice(0, 8)
      .map((command, i) => {
        const now = days[i] && `${days[i]}T02:00:00.000Z`;
        if (!now) return command;
        return command.type === 'RecordResidentsConsultation'
          ? revocationCmd.consult({}, now)
          : { ...command, metadata: { ...command.metadata, now } };
      });
    expect(revocation.map((c) => c.type).slice(-3)).toEqual(['OpenCouncil', 'CastVote', 'CastVote']);
    const worker = await workerWith(createDossierActivities(store));
    await worker.runUntil(async () => {
      const send = await startDossier('pg-5');
      for (const command of [...procedure(), ...revocation]) await send(command);
      await env.sleep('30 days');
    });
    const notices = await store.readStream(dossierNoticeStreamId('pg-5'));
    expect(notices.map((n) => [n.type, n.data])).toEqual([
      ['CouncilQuorumOverdue', expect.objectContaining({ subject: 'revocation', session: 1, dueDate: '2026-06-12' })],
    ]);
    const runner = new ProjectionRunner(db.dataSource, store, [councilAgendaProjector]);
    await runner.rebuild(councilAgendaProjector.name);
    const [agenda] = await db.dataSource.query(
      `select subject, session, votes_count as "votesCount", quorum_overdue as "quorumOverdue"
         from read_models.council_agenda where dossier_id = 'pg-5'`,
    );
    expect(agenda).toEqual({ subject: 'revocation', session: 1, votesCount: 2, quorumOverdue: true });
  });
});

// Restarting a worker needs a real server (the dev server): the time-skipping one does not
// release the dead worker's sticky queue.
describe('dossier activities across a crash and a worker restart', () => {
  eachTestOn(() => TestWorkflowEnvironment.createFromExistingServer({ address: loadConfig().TEMPORAL_ADDRESS }));

  it('a crash after the append is committed, and a worker restart mid-appraisal, neither lose nor duplicate an event', async () => {
    const real = createDossierActivities(store);
    let crashes = 0;
    const crashingOnce = {
      ...real,
      appendDossierEvents: async (input: Parameters<typeof real.appendDossierEvents>[0]) => {
        const result = await real.appendDossierEvents(input);
        if (input.events.some((e) => e.type === 'CriterionAppraised') && crashes++ === 0) {
          throw new Error('worker died after the commit, before reporting it');
        }
        return result;
      },
    };
    const commands = procedure();
    const firstAppraisal = commands.findIndex((c) => c.type === 'AppraiseCriterion');
    const first = await workerWith(crashingOnce);
    let send!: (command: DossierCommand) => Promise<unknown>;
    await first.runUntil(async () => {
      send = await startDossier('pg-2');
      for (const command of commands.slice(0, firstAppraisal + 2)) await send(command);
    });
    const second = await workerWith(real);
    await second.runUntil(async () => {
      for (const command of commands.slice(firstAppraisal + 2)) await send(command);
    });
    const events = await store.readStream(dossierStreamId('pg-2'));
    expect(crashes).toBeGreaterThan(1);
    expect(events.map((e) => e.streamVersion)).toEqual(events.map((_, i) => i + 1));
    expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
    expect(events.filter((e) => e.type === 'CriterionAppraised')).toHaveLength(criterionIds.length);
    expect(events.at(-1)?.type).toBe('DossierRecognised');
  });
});
