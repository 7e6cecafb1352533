import { defaultPayloadConverter, fromPayloadsAtIndex, type Payload } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import type { DossierCommand } from '@ntm/domain';
import { cmd, evidence } from '@ntm/domain/testing/fixtures';
import { earlyContinueAsNewEnvironment, runDossier, until } from '@ntm/test-support';

import type { AppendDossierEvents } from '../dossier/activities';
import { dossierPosition, dossierWorkflowId } from '../dossier/messages';
import {
  surveyCampaignCertified,
  surveyCampaignStarted,
  surveyCampaignWorkflowId,
  type SurveyCertification,
  surveyResultCertified,
} from './messages';

/**
 * The server suggests a continue-as-new from this many history events on (4,096 by default): a
 * run continues as new after a command or two, while a new run, once it has loaded the stream,
 * stays below it and waits.
 */
const SUGGEST_CONTINUE_AS_NEW_AT = 20;
const TASK_QUEUE = 'survey-continue-as-new-test';
const DOSSIER_ID = 'survey-can-d-1';

let env: TestWorkflowEnvironment | undefined;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ env, stop } = await earlyContinueAsNewEnvironment(SUGGEST_CONTINUE_AS_NEW_AT));
});
afterAll(() => stop?.());

const client = () => env!.client;
const dossierRun = (runId?: string) => client().workflow.getHandle(dossierWorkflowId(DOSSIER_ID), runId);

interface Campaign {
  readonly campaignId: string;
  readonly openedAt: string;
  readonly closesOn: string;
  readonly satisfied: number;
  readonly certifiedAt: string;
}

// Below the threshold: a passed survey would refuse any further result for its own reason.
const failed: Campaign = {
  campaignId: 'camp-1',
  openedAt: '2026-04-01T02:00:00.000Z',
  closesOn: '2026-04-14',
  satisfied: 89,
  certifiedAt: '2026-04-15T03:00:00.000Z',
};
const passed: Campaign = {
  campaignId: 'camp-2',
  openedAt: '2026-04-20T02:00:00.000Z',
  closesOn: '2026-05-04',
  satisfied: 95,
  certifiedAt: '2026-05-05T03:00:00.000Z',
};

/** MTTQ opens the campaign on the dossier and certifies its result; the campaign's child hands it over. */
async function certify({ campaignId, openedAt, closesOn, satisfied, certifiedAt }: Campaign) {
  await dossierRun().signal(surveyCampaignStarted, { campaignId, closesOn, openedAt });
  const certification: SurveyCertification = {
    campaignId,
    respondents: 100,
    satisfied,
    certifiedBy: 'mttq-xa-01',
    report: evidence,
    certifiedAt,
    commandId: `certify-${campaignId}`,
  };
  const child = client().workflow.getHandle(surveyCampaignWorkflowId(DOSSIER_ID, campaignId));
  await until(
    () =>
      child.describe().then(
        () => true,
        () => false,
      ),
    `the ${campaignId} child to start`,
  );
  await child.signal(surveyCampaignCertified, certification);
  await child.result();
  return certification;
}

interface Run {
  readonly runId: string;
  /** The campaigns whose certified result the run was signalled, in order. */
  readonly certified: readonly string[];
  /** The commands whose events the run asked the store to append. */
  readonly appended: readonly string[];
  readonly continuedAs: string | undefined;
}

/** The dossier's runs, first to current, read from their histories. */
async function runsFrom(firstRunId: string): Promise<Run[]> {
  const runs = [await readRun(firstRunId)];
  for (let next = runs[0].continuedAs; next !== undefined; next = runs[runs.length - 1].continuedAs) {
    runs.push(await readRun(next));
  }
  return runs;
}

async function readRun(runId: string): Promise<Run> {
  const events = (await dossierRun(runId).fetchHistory()).events ?? [];
  const certified = events
    .map((event) => event.workflowExecutionSignaledEventAttributes)
    .filter((signal) => signal?.signalName === surveyResultCertified.name)
    .map((signal) => firstArgument<SurveyCertification>(signal?.input?.payloads).campaignId);
  const appended = events
    .map((event) => event.activityTaskScheduledEventAttributes)
    .filter((activity) => activity?.activityType?.name === 'appendDossierEvents')
    .map((activity) => firstArgument<AppendDossierEvents>(activity?.input?.payloads).commandId);
  const continuedAs = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  return { runId, certified, appended, continuedAs };
}

const firstArgument = <T>(payloads: Payload[] | null | undefined): T =>
  fromPayloadsAtIndex<T>(defaultPayloadConverter, 0, payloads);

const at = (now: string, command: DossierCommand): DossierCommand => ({
  ...command,
  metadata: { ...command.metadata, now },
});

describe('a certified survey result delivered again after the recognition workflow continued as new', () => {
  it('is recorded once per campaign: the run after the continue-as-new refuses it, and the next campaign is attempt 2', async () => {
    let firstRunId = '';
    let retried: SurveyCertification | undefined;
    const { events } = await runDossier(env!, TASK_QUEUE, DOSSIER_ID, async (send) => {
      firstRunId = (await dossierRun().describe()).runId;
      for (const command of [cmd.register(), cmd.selfAssess(), cmd.post(), cmd.comment(), cmd.closePosting()]) {
        await send(command);
      }
      retried = await certify(failed);
      // The commune answers the comment meanwhile: the recording run grows past the suggestion.
      await send(at('2026-04-16T02:00:00.000Z', cmd.answer()));
      await until(async () => {
        const recorder = (await runsFrom(firstRunId)).find((run) => run.certified.includes(failed.campaignId));
        return recorder?.continuedAs !== undefined;
      }, 'the run that recorded camp-1 to continue as new');
      // The child has ended: a retried certification request reaches the dossier as the child's signal did.
      await dossierRun().signal(surveyResultCertified, retried);
      await certify(passed);
      // Updates are validated against the state already recorded, not behind the queued recording.
      await until(
        () =>
          dossierRun()
            .query(dossierPosition)
            .then(({ summary }) => summary?.survey?.passed === true),
        'camp-2 to be recorded',
      );
      await send(cmd.submit('province'));
    });

    const surveys = events.flatMap((e) =>
      e.type === 'SurveyResultCertified' ? [{ campaignId: e.data.campaignId, attempt: e.data.attempt }] : [],
    );
    expect(surveys).toEqual([
      { campaignId: 'camp-1', attempt: 1 },
      { campaignId: 'camp-2', attempt: 2 },
    ]);
    expect(events.map((e) => e.type).slice(-2)).toEqual(['DossierSubmitted', 'CriteriaAssigned']);

    const runs = await runsFrom(firstRunId);
    const receivers = runs.filter((run) => run.certified.includes('camp-1'));
    expect(receivers).toHaveLength(2);
    expect((await dossierRun(receivers[0].runId).describe()).status.name).toBe('CONTINUED_AS_NEW');
    // The store would drop a second append of the same command: the dossier must not even decide one.
    const recordings = runs.flatMap((run) => run.appended).filter((id) => id.startsWith(retried!.commandId));
    expect(recordings).toHaveLength(1);
  });
});
