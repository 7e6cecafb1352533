import { WorkflowUpdateStage } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import type { DossierCommand } from '@ntm/domain';
import { cmd } from '@ntm/domain/testing/fixtures';
import { earlyContinueAsNewEnvironment, recordHistory, runDossier, until } from '@ntm/test-support';

import { dossierWorkflowId, executeCommand } from './messages';

/** A run continues as new once its history reaches this many events: after a few commands. */
const SUGGEST_CONTINUE_AS_NEW_AT = 20;
const TASK_QUEUE = 'dossier-continue-as-new-test';

let env: TestWorkflowEnvironment | undefined;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ env, stop } = await earlyContinueAsNewEnvironment(SUGGEST_CONTINUE_AS_NEW_AT));
});
afterAll(() => stop?.());

/** Sends a command as the API does and says which run took it. */
async function sendTaken(dossierId: string, command: DossierCommand) {
  const taken = await env!.client.workflow.getHandle(dossierWorkflowId(dossierId)).startUpdate(executeCommand, {
    args: [command],
    updateId: command.metadata.commandId,
    waitForStage: WorkflowUpdateStage.ACCEPTED,
  });
  const runId = taken.workflowRunId;
  return { answer: await taken.result(), runId, run: env!.client.workflow.getHandle(taken.workflowId, runId) };
}

describe('a request retried after the run that took it continued as new', () => {
  it('gets its first answer, records nothing twice, and the next command still fits the stream', async () => {
    const comment = cmd.comment('cm-1');
    const { events } = await runDossier(env!, TASK_QUEUE, 'dossier-can-1', async (send, dossierId) => {
      for (const command of [cmd.register(), cmd.selfAssess(), cmd.post()]) await send(command);
      const first = await sendTaken(dossierId, comment);
      // Other comments arrive until the run that took the first one has continued as new.
      const continued = () => first.run.describe().then(({ status }) => status.name === 'CONTINUED_AS_NEW');
      for (let n = 2; !(await continued()) && n < 10; n++) await send(cmd.comment(`cm-${n}`));
      await until(continued, 'the run that took the comment to continue as new');

      const retried = await sendTaken(dossierId, comment);
      expect(retried.runId).not.toBe(first.runId);
      expect(retried.answer).toEqual(first.answer);
      expect(first.answer).toMatchObject({ events: ['CommentRecorded'], status: 'posted' });
      await send(cmd.answer('cm-1'));
      await recordHistory('dossier-retried-after-continue-as-new', retried.run);
    });

    expect(events.filter((e) => e.metadata.commandId === comment.metadata.commandId)).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('CommentAnswered');
    expect(events.map((e) => e.metadata.commandId)).toEqual([...new Set(events.map((e) => e.metadata.commandId))]);
  });
});
