import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';

import type { Variant } from '@ntm/catalogue';
import type { DossierCommand, DossierEvent } from '@ntm/domain';
import { cmd } from '@ntm/domain/testing/fixtures';
import {
  recordHistory,
  runDossier,
  type SendCommand,
  timeSkippingEnvironment,
  workflowBundleOptions,
} from '@ntm/test-support';

import { appraisalPlan, documentsToAttach, meetingValues, rulesFiledOn } from '../../test/support/dossier-journey';

const TASK_QUEUE = 'generations-test';
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
});
afterAll(() => env?.teardown());

const at = (now: string, command: DossierCommand): DossierCommand => ({
  ...command,
  metadata: { ...command.metadata, now },
});
const valuesMeeting = (rules: ReturnType<typeof rulesFiledOn>, variant: Variant) =>
  Object.fromEntries(meetingValues(rules.criteriaSet, variant).map(({ indicatorId, value }) => [indicatorId, value]));

async function dossier(name: string, run: (send: SendCommand) => Promise<void>) {
  const result = await runDossier(env, TASK_QUEUE, `generations-${name}`, run);
  await recordHistory(`generations-${name}`, result.handle);
  return result;
}

const selfAssessed = (events: readonly DossierEvent[]) => {
  const recorded = events.find((e) => e.type === 'SelfAssessmentRecorded');
  if (recorded?.type !== 'SelfAssessmentRecorded') throw new Error('no self-assessment recorded');
  return recorded.data;
};

describe('two generations of criteria in force for different dossiers (QĐ 51/2025/QĐ-TTg from 15/02/2026)', () => {
  const group3 = rulesFiledOn('2026-03-01', '19', { group: 3 });
  const atGroup3Thresholds = valuesMeeting(group3, { group: 3 });

  it('a dossier filed on 01/03/2026 is evaluated against the 10 criteria at its commune group’s thresholds', async () => {
    const result = await dossier('filed-2026-03-01-group-3', async (send) => {
      await send(at('2026-03-01T02:00:00.000Z', cmd.register(group3)));
      await send(at('2026-03-02T02:00:00.000Z', cmd.selfAssess(atGroup3Thresholds)));
    });
    const registered = result.events[0];
    expect(registered?.type === 'DossierRegistered' && registered.data.rules).toMatchObject({
      catalogueVersion: '2026.1',
      criteriaSet: { id: 'xa-ntm-2026-2030' },
      regime: { id: 'two-tier-2025' },
      variant: { group: 3 },
    });
    expect(selfAssessed(result.events)).toMatchObject({ metCount: 10, total: 10, unmet: [] });
  });

  it('the same measurements fall short for a group 1 commune: the thresholds are the group’s', async () => {
    const group1 = rulesFiledOn('2026-03-01', '19', { group: 1 });
    const result = await dossier('filed-2026-03-01-group-1', async (send) => {
      await send(at('2026-03-01T02:00:00.000Z', cmd.register(group1)));
      await send(at('2026-03-02T02:00:00.000Z', cmd.selfAssess(atGroup3Thresholds)));
    });
    expect(selfAssessed(result.events).total).toBe(10);
    expect(selfAssessed(result.events).unmet).toEqual(expect.arrayContaining(['2', '3', '8']));
  });

  it('a dossier filed on 01/06/2025 keeps the 19 criteria and the three tiers when verified and appraised after 15/02/2026', async () => {
    const variant = { region: 'northern-midlands-mountains' } as const;
    const old = rulesFiledOn('2025-06-01', '06', variant);
    // Verified at the district step, by the divisions mirroring the province departments.
    const plan = appraisalPlan(old, 0);
    const result = await dossier('filed-2025-06-01-appraised-2026', async (send) => {
      await send(at('2025-06-01T02:00:00.000Z', cmd.register(old)));
      await send(at('2025-06-02T02:00:00.000Z', cmd.selfAssess(valuesMeeting(old, variant))));
      await send(cmd.post('2025-06-03T00:00:00.000Z', '2025-06-18T00:00:00.000Z'));
      await send(cmd.closePosting('2025-06-20T00:00:00.000Z'));
      await send(at('2025-06-25T02:00:00.000Z', cmd.survey(200, 190)));
      for (const { id } of documentsToAttach(old)) await send(cmd.attachDocument(id));
      await send(at('2026-03-02T02:00:00.000Z', cmd.submit('district')));
      for (const { criterionId, department, judgements } of plan) {
        const appraise = cmd.appraise(criterionId, 'met', { department, judgements });
        await send(at('2026-03-05T02:00:00.000Z', appraise));
      }
      await send(at('2026-03-06T02:00:00.000Z', cmd.complete('district')));
    });
    const registered = result.events[0];
    expect(registered?.type === 'DossierRegistered' && registered.data.rules).toMatchObject({
      catalogueVersion: '2022.1',
      criteriaSet: { id: 'xa-ntm-2021-2025' },
      regime: { id: 'three-tier-2022' },
    });
    const dispatched = result.events.find((e) => e.type === 'CriteriaAssigned');
    expect(dispatched?.type === 'CriteriaAssigned' && dispatched.data.assignments).toHaveLength(19);
    expect(result.events.at(-1)).toMatchObject({
      type: 'ReviewStepCompleted',
      data: { tier: 'district', step: 'verification', metCount: 19, total: 19, unmet: [] },
    });
    // Its history replays against the current code (also kept as a fixture for workflows/replay.spec.ts).
    const history = await result.handle.fetchHistory();
    await expect(Worker.runReplayHistory(workflowBundleOptions(), history)).resolves.toBeUndefined();
  });
});
