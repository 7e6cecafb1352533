import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';

import type { DossierCommand, DossierEvent } from '@ntm/domain';
import {
  clearStep,
  cmd,
  criterionIds,
  filingCommands,
  pinnedRules,
  threeTierRegime,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import { recordHistory, timeSkippingEnvironment, workflowBundleOptions } from '@ntm/test-support';

import { dossierPosition, dossierWorkflowId, executeCommand } from './messages';
import { memoryActivities } from './testing';
import { recognitionWorkflow } from './workflow';

const TASK_QUEUE = 'recognition-test';
let env: TestWorkflowEnvironment;
let sequence = 0;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
}, 60_000);
afterAll(() => env?.teardown());

/** A worker over in-memory activities, one dossier workflow, and a way to send it commands. */
async function dossier(run: (send: (command: DossierCommand) => Promise<unknown>, id: string) => Promise<void>) {
  const memory = memoryActivities();
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    activities: memory.activities,
    ...workflowBundleOptions(),
  });
  const dossierId = `d-${++sequence}`;
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(recognitionWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: dossierWorkflowId(dossierId),
      args: [{ dossierId }],
    });
    const send = (command: DossierCommand) =>
      handle.executeUpdate(executeCommand, {
        args: [withDossier(command, dossierId)],
        updateId: command.metadata.commandId,
      });
    await run(send, dossierId);
  });
  const handle = env.client.workflow.getHandle(dossierWorkflowId(dossierId));
  await recordHistory(slug(expect.getState().currentTestName ?? dossierId), handle);
  return { ...memory, events: memory.streams.get(dossierId) ?? [], handle };
}

const withDossier = (command: DossierCommand, dossierId: string): DossierCommand =>
  command.type === 'RegisterDossier' ? { ...command, data: { ...command.data, dossierId } } : command;

/** The system dispatches criteria on submission: the coordinator's own AssignCriteria is not sent. */
const withoutDispatch = (commands: DossierCommand[]) => commands.filter((c) => c.type !== 'AssignCriteria');

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-|-$/g, '');

const types = (events: readonly DossierEvent[]) => events.map((e) => e.type);

describe('recognition workflow', () => {
  it.each([
    ['two-tier (xã → tỉnh)', twoTierRegime],
    ['three-tier (xã → huyện → tỉnh)', threeTierRegime],
  ])(
    '%s: a dossier meeting every criterion is recognised, criteria dispatched by the system',
    async (_name, regime) => {
      const result = await dossier(async (send) => {
        for (const command of filingCommands(pinnedRules(regime))) await send(command);
        for (const step of regime.steps)
          for (const command of withoutDispatch(clearStep(step.tier))) await send(command);
        await send(cmd.issue());
      });
      expect(types(result.events).at(-1)).toBe('DossierRecognised');
      const dispatches = result.events.filter((e) => e.type === 'CriteriaAssigned');
      expect(dispatches).toHaveLength(regime.steps.length);
      expect(dispatches.every((e) => e.metadata.actor === 'he-thong')).toBe(true);
      expect(result.notices).toEqual([]);
    },
  );

  it('a refused command never enters the record: out of order appraisal is rejected with its domain code', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      const refusal = send(cmd.appraise('c-income')).catch((error: unknown) => error);
      const error = await refusal;
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: expect.stringMatching(/\./) });
    });
    expect(types(result.events)).not.toContain('CriterionAppraised');
  });

  it('an unmet criterion leads to refusal with reasons, then a new round of the same dossier and recognition', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      await send(cmd.submit('province'));
      await send(cmd.appraise('c-income', 'not-met'));
      await send(cmd.refuse('c-income'));
      await send(cmd.resubmit());
      for (const command of filingCommands().slice(1)) await send(command);
      for (const command of withoutDispatch(clearStep('province'))) await send(command);
      await send(cmd.issue());
    });
    expect(types(result.events)).toEqual(expect.arrayContaining(['DossierRefused', 'DossierResubmitted']));
    expect(types(result.events).at(-1)).toBe('DossierRecognised');
  });

  it('a withdrawn dossier ends its workflow', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands().slice(0, 3)) await send(command);
      await send(cmd.withdraw());
    });
    await expect(result.handle.result()).resolves.toBeUndefined();
    expect(types(result.events).at(-1)).toBe('DossierWithdrawn');
  });

  it('an overdue appraisal is reminded 2 working days before and escalated after the deadline, across Tết 2026', async () => {
    const submittedAt = '2026-02-10T02:00:00.000Z';
    const result = await dossier(async (send, id) => {
      for (const command of filingCommands()) await send(command);
      await send({ ...cmd.submit('province'), metadata: { ...cmd.submit('province').metadata, now: submittedAt } });
      for (const criterionId of criterionIds.filter((c) => c !== 'c-poverty')) await send(cmd.appraise(criterionId));
      await env.sleep('40 days');
      const position = await env.client.workflow.getHandle(dossierWorkflowId(id)).query(dossierPosition);
      expect(position.overdue).toEqual(['c-poverty']);
    });
    // 10 working days from Tuesday 10/02: Tết closes 14–22/02, so the last day is Tuesday 03/03.
    expect(result.notices.map(({ kind, criterionId, dueDate, at }) => ({ kind, criterionId, dueDate, at }))).toEqual([
      { kind: 'reminder', criterionId: 'c-poverty', dueDate: '2026-03-03', at: '2026-02-26T17:00:00.000Z' },
      { kind: 'overdue', criterionId: 'c-poverty', dueDate: '2026-03-03', at: '2026-03-03T17:00:00.000Z' },
    ]);
  });

  it('time spent supplementing does not count against the department: the deadline moves by the working days it took', async () => {
    const at = (now: string, command: DossierCommand): DossierCommand => ({
      ...command,
      metadata: { ...command.metadata, now },
    });
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      await send(at('2026-04-01T02:00:00.000Z', cmd.submit('province')));
      await send(at('2026-04-02T02:00:00.000Z', cmd.requestSupplement('c-poverty')));
      await send(at('2026-04-09T02:00:00.000Z', cmd.provideSupplement('c-poverty')));
    });
    const extension = result.events.find((e) => e.type === 'DeadlineExtended');
    expect(extension?.metadata.actor).toBe('he-thong');
    // Due Wednesday 15/04 (10 working days after 01/04); the supplement took 5 working days
    // (03/04–09/04), so the last day moves to Wednesday 22/04.
    expect(extension?.data).toMatchObject({
      criterionId: 'c-poverty',
      previousDueDate: '2026-04-15',
      dueDate: '2026-04-22',
    });
  });
});
