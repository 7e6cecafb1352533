import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import { cmd, filingCommands } from '@ntm/domain/testing/fixtures';
import { recordHistory, runDossier, type SendCommand, timeSkippingEnvironment } from '@ntm/test-support';

import { dossierPosition, dossierWorkflowId } from '../dossier/messages';
import type { AppendDossierEvents } from '../dossier/activities';
import type { SurveyNotice } from './activities';
import { surveyCampaignCertified, surveyCampaignStarted, surveyCampaignWorkflowId } from './messages';

const OPENED_AT = '2026-04-01T02:00:00.000Z';
let env: TestWorkflowEnvironment;
let sequence = 0;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
});
afterAll(() => env?.teardown());

/** Every test on one queue: clocks an earlier test left running fire on the next test's worker. */
const TASK_QUEUE = 'survey-test';

/** Where a test makes the store fail (down for longer than an activity's bounded retries): by throwing. */
interface Outage {
  readonly notice?: (notice: SurveyNotice) => void;
  readonly append?: (input: AppendDossierEvents) => void;
}

/**
 * A dossier whose posting is closed, a survey campaign opened on it, and a certified result of
 * satisfied/100.
 */
async function certifiedSurvey(
  satisfied: number,
  afterCertification: (send: SendCommand) => Promise<void>,
  outage: Outage = {},
) {
  const notices: SurveyNotice[] = [];
  const recordSurveyNotice = async (notice: SurveyNotice) => {
    outage.notice?.(notice);
    notices.push(notice);
  };
  const { events, handle } = await runDossier(
    env,
    TASK_QUEUE,
    `survey-d-${++sequence}`,
    async (send, dossierId) => {
      for (const command of filingCommands().filter((c) => c.type !== 'RecordSurveyResult')) await send(command);
      const dossier = env.client.workflow.getHandle(dossierWorkflowId(dossierId));
      await dossier.signal(surveyCampaignStarted, {
        campaignId: 'camp-1',
        closesOn: '2026-04-14',
        openedAt: OPENED_AT,
      });
      // The recognition workflow waits for the survey: without a certified result it cannot be submitted.
      await expect(send(cmd.submit('province'))).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await env.sleep('20 days');
      const child = env.client.workflow.getHandle(surveyCampaignWorkflowId(dossierId, 'camp-1'));
      await child.signal(surveyCampaignCertified, {
        campaignId: 'camp-1',
        respondents: 100,
        satisfied,
        certifiedBy: 'mttq-xa-01',
        report: [{ sha256: 'b'.repeat(64), name: 'bien-ban-khao-sat.pdf' }],
        certifiedAt: '2026-04-15T03:00:00.000Z',
        commandId: `certify-${dossierId}`,
      });
      await child.result();
      // A minute at a time: a record the store did not take is tried again minutes later.
      while (!(await dossier.query(dossierPosition)).summary?.survey) await env.sleep('1 minute');
      await afterCertification(send);
    },
    (memory) => ({
      recordSurveyNotice,
      appendDossierEvents: async (input: AppendDossierEvents) => {
        outage.append?.(input);
        return memory.appendDossierEvents(input);
      },
    }),
  );
  await recordHistory(`survey-campaign-certified-${satisfied}-of-100`, handle);
  return { events, notices };
}

describe('survey campaign child of the recognition workflow', () => {
  it('reminds the MTTQ officers 2 working days before the last day, then records the certified result, which unlocks submission', async () => {
    const { events, notices } = await certifiedSurvey(90, async (send) => {
      await send(cmd.submit('province'));
    });
    expect(notices.map(({ kind, at }) => ({ kind, at }))).toEqual([
      { kind: 'reminder', at: '2026-04-09T17:00:00.000Z' },
      { kind: 'due', at: '2026-04-14T17:00:00.000Z' },
    ]);
    const recorded = events.find((e) => e.type === 'SurveyResultCertified');
    expect(recorded).toMatchObject({
      data: { respondents: 100, satisfied: 90, rate: 0.9, threshold: 0.9, passed: true, certifiedBy: 'mttq-xa-01' },
      metadata: { actor: 'he-thong', role: 'system', commandId: expect.stringMatching(/\/record-survey$/) },
    });
    expect(events.map((e) => e.type).slice(-2)).toEqual(['DossierSubmitted', 'CriteriaAssigned']);
  });

  it('a notice the store did not take within its bounded retries is tried again later: the campaign keeps its clock and its result still unlocks submission', async () => {
    let attempts = 0;
    const { events, notices } = await certifiedSurvey(91, async (send) => void (await send(cmd.submit('province'))), {
      notice: () => {
        // What the workflow sees once the activity's retries are spent: a failed activity.
        if (++attempts === 1) throw ApplicationFailure.nonRetryable('the event store is unreachable', 'StoreDown');
      },
    });
    expect(attempts).toBe(3);
    expect(notices.map(({ kind, at }) => ({ kind, at }))).toEqual([
      { kind: 'reminder', at: '2026-04-09T17:00:00.000Z' },
      { kind: 'due', at: '2026-04-14T17:00:00.000Z' },
    ]);
    expect(events.map((e) => e.type)).toContain('DossierSubmitted');
  });

  it('a certified result the store did not take within the bounded retries is recorded later: the dossier workflow lives on', async () => {
    let failed = false;
    const { events } = await certifiedSurvey(92, async (send) => void (await send(cmd.submit('province'))), {
      append: ({ events }) => {
        if (failed || !events.some((e) => e.type === 'SurveyResultCertified')) return;
        failed = true;
        throw ApplicationFailure.nonRetryable('the event store is unreachable', 'StoreDown');
      },
    });
    expect(failed).toBe(true);
    expect(events.filter((e) => e.type === 'SurveyResultCertified')).toHaveLength(1);
    expect(events.map((e) => e.type)).toContain('DossierSubmitted');
  });

  it('a certified result below the threshold blocks submission with the reason and the figures', async () => {
    let refusal: unknown;
    const { events } = await certifiedSurvey(89, async (send) => {
      refusal = await send(cmd.submit('province')).catch((error: unknown) => error);
    });
    expect(events.find((e) => e.type === 'SurveyResultCertified')?.data).toMatchObject({ rate: 0.89, passed: false });
    expect((refusal as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'survey.below-threshold',
      details: [
        {
          code: 'survey.below-threshold',
          messageVi: 'Tỷ lệ hài lòng chưa đạt ngưỡng.',
          details: { rate: 0.89, threshold: 0.9 },
        },
      ],
    });
    expect(events.map((e) => e.type)).not.toContain('DossierSubmitted');
  });
});
