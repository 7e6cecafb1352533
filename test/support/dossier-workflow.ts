import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';

import type { DossierCommand } from '@ntm/domain';
import { type CommandOutcome, dossierWorkflowId, executeCommand } from '@ntm/workflows/dossier/messages';
import { memoryActivities } from '@ntm/workflows/dossier/testing';
import { recognitionWorkflow } from '@ntm/workflows/dossier/workflow';

import { workflowBundleOptions } from './temporal';

export type SendCommand = (command: DossierCommand) => Promise<CommandOutcome>;

/** The fixtures register dossier `d-1`; a test's own dossier id goes into its registration. */
export const addressedTo = (command: DossierCommand, dossierId: string): DossierCommand =>
  command.type === 'RegisterDossier' ? { ...command, data: { ...command.data, dossierId } } : command;

type MemoryActivities = ReturnType<typeof memoryActivities>['activities'];

export interface DossierWorkerOptions {
  /**
   * Keep workflows cached between tasks instead of replaying the whole history at each one: long
   * dossiers (to recognition and revocation) run in seconds instead of minutes. Off by default: the
   * survey and dossier specs stall on the time-skipping server with a sticky queue, and a replay at
   * every task is itself a check that the workflow recomputes nothing differently.
   */
  readonly cacheWorkflows?: boolean;
}

/**
 * A worker over in-memory activities (and any others the test needs, or wrappers of the in-memory
 * ones), one dossier workflow, and a way to send it commands (the update id is the command id, as
 * the API sends them); returns what the workflow appended.
 */
export async function runDossier(
  env: TestWorkflowEnvironment,
  taskQueue: string,
  dossierId: string,
  run: (send: SendCommand, dossierId: string) => Promise<void>,
  otherActivities: object | ((memory: MemoryActivities) => object) = {},
  { cacheWorkflows = false }: DossierWorkerOptions = {},
) {
  const memory = memoryActivities();
  const others = typeof otherActivities === 'function' ? otherActivities(memory.activities) : otherActivities;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    activities: { ...memory.activities, ...others },
    // A later test's time skipping fires this dossier's clocks after this worker is gone: their
    // tasks must reach the next worker, at once from a dead worker's sticky queue (not after 10 s).
    ...(cacheWorkflows ? { stickyQueueScheduleToStartTimeout: '1 second' } : { maxCachedWorkflows: 0 }),
    ...workflowBundleOptions(),
  });
  await worker.runUntil(async () => {
    const started = await env.client.workflow.start(recognitionWorkflow, {
      taskQueue,
      workflowId: dossierWorkflowId(dossierId),
      args: [{ dossierId }],
    });
    const send: SendCommand = (command) =>
      started.executeUpdate(executeCommand, {
        args: [addressedTo(command, dossierId)],
        updateId: command.metadata.commandId,
      });
    await run(send, dossierId);
  });
  const handle = env.client.workflow.getHandle(dossierWorkflowId(dossierId));
  return { ...memory, events: memory.streams.get(dossierId) ?? [], handle };
}
