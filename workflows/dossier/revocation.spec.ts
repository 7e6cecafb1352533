import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import { type DossierCommand, type DossierEvent, evaluateCriteria, revocationGrounds } from '@ntm/domain';
import {
  cmd,
  councilMembers,
  criteriaSet,
  filingCommands,
  metValues,
  pinnedRules,
  recognitionCommands,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import {
  lapsedValues,
  LAPSED_CRITERIA,
  revocationCmd,
  stepwiseRevocationCommands,
} from '@ntm/domain/testing/revocation-fixtures';
import { recordHistory, runDossier, type SendCommand, timeSkippingEnvironment } from '@ntm/test-support';

import { dossierPosition, dossierWorkflowId } from './messages';

const TASK_QUEUE = 'revocation-test';
let env: TestWorkflowEnvironment;
let sequence = 0;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
});
afterAll(() => env?.teardown());

type Send = SendCommand;

/** Every dossier here goes to recognition and beyond: its workflow stays cached between tasks. */
const CACHED = { cacheWorkflows: true };

const dossier = (run: (send: Send, id: string) => Promise<void>) =>
  runDossier(env, TASK_QUEUE, `rev-${++sequence}`, run, {}, CACHED);

/** To recognition, without the coordinator's AssignCriteria (the system dispatches on submission). */
const recognise = async (send: Send) => {
  for (const command of recognitionCommands(twoTierRegime).filter((c) => c.type !== 'AssignCriteria'))
    await send(command);
};

const at = (now: string, command: DossierCommand): DossierCommand => ({
  ...command,
  metadata: { ...command.metadata, now },
});

const types = (events: readonly DossierEvent[]) => events.map((e) => e.type);

/** A re-measurement where Thu nhập (critical) and Nghèo đa chiều fall below their thresholds. */
const lapsed = () => {
  const values = { ...metValues, 'i-income': 10, 'i-poverty': 90 };
  const { unmet } = evaluateCriteria(criteriaSet, values, pinnedRules().variant);
  return { unmet: [...unmet], grounds: revocationGrounds(criteriaSet, unmet, twoTierRegime.revocation) };
};

/** The provincial council of the two-tier regime approves the revocation. */
const councilApproves = (): DossierCommand[] => [
  cmd.openCouncil('province'),
  ...councilMembers.map((member) => cmd.vote(member)),
  cmd.closeCouncil('province'),
];

describe('revocation of a recognition (QĐ 18/2022/QĐ-TTg, Điều 23–24)', () => {
  it('revoke after a criterion falls below threshold: review round → case → proposal → verification → explanation → council → decision → announcement', async () => {
    const statuses: string[] = [];
    const result = await runDossier(
      env,
      TASK_QUEUE,
      'revocation-after-review-round',
      async (send, id) => {
        await recognise(send);
        const handle = env.client.workflow.getHandle(dossierWorkflowId(id));
        for (const command of stepwiseRevocationCommands()) {
          statuses.push(`${command.type}:${(await send(command)).status}`);
          if (command.type === 'DecideRevocation') {
            // Revoked, not yet announced: the workflow still runs and waits for the announcement.
            expect((await handle.describe()).status.name).toBe('RUNNING');
          }
        }
      },
      {},
      CACHED,
    );
    await recordHistory('revocation-after-review-round-with-consultation', result.handle);
    await expect(result.handle.result()).resolves.toBeUndefined();
    // The review round raised a case and changed nothing; only the decision changed the status.
    expect(statuses).toEqual(
      expect.arrayContaining([
        'RecordReviewRound:recognised',
        'ResolveRevocationCase:revocation-proposed',
        'CloseCouncil:revocation-proposed',
        'DecideRevocation:revoked',
        'AnnounceRevocation:revoked',
      ]),
    );
    const tail = types(result.events).slice(types(result.events).indexOf('ReviewRoundRecorded'));
    expect(tail).toEqual([
      'ReviewRoundRecorded',
      'RevocationCaseRaised',
      'RevocationProposed',
      'RevocationVerified',
      'ResidentsConsulted',
      'RevocationExplained',
      'CouncilOpened',
      ...councilMembers.map(() => 'VoteCast'),
      'CouncilConcluded',
      'RecognitionRevoked',
      'RevocationAnnounced',
    ]);
    const proposed = result.events.find((e) => e.type === 'RevocationProposed');
    expect(proposed?.data).toMatchObject({
      unmetCriterionIds: LAPSED_CRITERIA,
      reviewRound: 1,
      steps: { council: true, tier: 'province' },
      consultation: 'commune',
    });
  });

  it('re-recognition after revocation: a new dossier of the unit names the revoked one and goes its own way', async () => {
    const revoked = await dossier(async (send) => {
      await recognise(send);
      for (const command of stepwiseRevocationCommands()) await send(command);
    });
    await expect(revoked.handle.result()).resolves.toBeUndefined();
    const previousDossierId = revoked.events[0]?.type === 'DossierRegistered' ? revoked.events[0].data.dossierId : '';
    const again = await dossier(async (send) => {
      const [register, ...rest] = recognitionCommands(twoTierRegime).filter((c) => c.type !== 'AssignCriteria');
      if (register?.type !== 'RegisterDossier') throw new Error('the fixtures start with a registration');
      await send({ ...register, data: { ...register.data, previousDossierId } });
      for (const command of rest) await send(command);
    });
    expect(again.events[0]?.data).toMatchObject({ previousDossierId, unit: { code: 'xa-01' } });
    expect(types(again.events).at(-1)).toBe('DossierRecognised');
    await again.handle.terminate('test over: a recognised dossier’s workflow runs on');
  });

  it('the coordinator may close a case raised by a review round: the recognition stands', async () => {
    const result = await dossier(async (send) => {
      await recognise(send);
      expect((await send(revocationCmd.reviewRound(lapsedValues))).events).toEqual([
        'ReviewRoundRecorded',
        'RevocationCaseRaised',
      ]);
      expect((await send(revocationCmd.closeCase())).status).toBe('recognised');
    });
    await result.handle.terminate('test over: a recognised dossier’s workflow runs on');
    expect(types(result.events).slice(-3)).toEqual([
      'ReviewRoundRecorded',
      'RevocationCaseRaised',
      'RevocationCaseClosed',
    ]);
  });

  it('a proposal is not revoked before its verification and council: clear refusal, nothing recorded', async () => {
    const result = await dossier(async (send) => {
      await recognise(send);
      await send(cmd.proposeRevocation(lapsed().unmet));
      const error = await send(cmd.revoke()).catch((e: unknown) => e);
      expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'revocation.not-verified' });
    });
    // The explanation clock of the open proposal would fire with no worker and stall later tests' time skipping.
    await result.handle.terminate('test over');
    expect(types(result.events).at(-1)).toBe('RevocationProposed');
  });

  it('a dismissed proposal returns the dossier to recognised, and the explanation period stops', async () => {
    const result = await dossier(async (send) => {
      await recognise(send);
      await send(at('2026-04-27T02:00:00.000Z', cmd.proposeRevocation(lapsed().unmet)));
      const dismissed = await send(cmd.dismissRevocation());
      expect(dismissed.status).toBe('recognised');
      await env.sleep('30 days');
    });
    expect(types(result.events).slice(-2)).toEqual(['RevocationProposed', 'RevocationDismissed']);
    expect(types(result.events)).not.toContain('RevocationExplanationOverdue');
  });

  it('a missing explanation is recorded at the end of the 5th working day, across 30/4–1/5, and the recognition stands', async () => {
    let statusAfter = '';
    const result = await dossier(async (send, id) => {
      await recognise(send);
      // Monday 27/04/2026: 28–29/04, then 30/04 and 01/05 are holidays, 04–06/05: due Wednesday 06/05.
      await send(at('2026-04-27T02:00:00.000Z', cmd.proposeRevocation(lapsed().unmet)));
      const handle = env.client.workflow.getHandle(dossierWorkflowId(id));
      expect((await handle.query(dossierPosition)).explanationDue).toBe('2026-05-06');
      await send(at('2026-04-28T02:00:00.000Z', revocationCmd.verify(lapsed().unmet)));
      await env.sleep('30 days');
      await send(revocationCmd.consult({}, '2026-06-01T02:00:00.000Z'));
      expect((await handle.query(dossierPosition)).explanationDue).toBeUndefined();
      for (const command of councilApproves()) await send(at('2026-06-01T02:00:00.000Z', command));
      statusAfter = (await send(at('2026-06-01T02:00:00.000Z', cmd.revoke()))).status;
    });
    // The due date is recorded with the proposal, so no later calendar declaration moves it.
    const proposed = result.events.find((e) => e.type === 'RevocationProposed');
    expect(proposed?.data).toMatchObject({ explanationDueDate: '2026-05-06' });
    const overdue = result.events.find((e) => e.type === 'RevocationExplanationOverdue');
    expect(overdue?.data).toEqual({ dueDate: '2026-05-06' });
    expect(overdue?.metadata).toMatchObject({ actor: 'he-thong', now: '2026-05-06T17:00:00.000Z' });
    // Only the decision changes the recognition: the notice came before it and changed nothing.
    expect(types(result.events).slice(-2)).toEqual(['CouncilConcluded', 'RecognitionRevoked']);
    expect(types(result.events)).toContain('RevocationExplanationOverdue');
    expect(statusAfter).toBe('revoked');
  });

  it('an explanation in time stops the clock: nothing overdue is recorded', async () => {
    const result = await dossier(async (send) => {
      await recognise(send);
      await send(at('2026-04-27T02:00:00.000Z', cmd.proposeRevocation(lapsed().unmet)));
      await send(at('2026-04-29T02:00:00.000Z', cmd.explainRevocation()));
      await env.sleep('30 days');
    });
    expect(types(result.events).at(-1)).toBe('RevocationExplained');
  });

  /** Proposed, verified, consulted on and explained in April 2026: the provincial council may open (Friday 24/04). */
  const readyForCouncil = async (send: Send) => {
    await recognise(send);
    await send(at('2026-04-20T02:00:00.000Z', cmd.proposeRevocation(lapsed().unmet)));
    await send(at('2026-04-21T02:00:00.000Z', revocationCmd.verify(lapsed().unmet)));
    await send(revocationCmd.consult({}, '2026-04-22T02:00:00.000Z'));
    await send(at('2026-04-22T02:00:00.000Z', cmd.explainRevocation()));
  };

  it('a revocation council short of its quorum at its deadline is escalated, across 30/4–1/5, and nothing is decided', async () => {
    const result = await runDossier(
      env,
      TASK_QUEUE,
      'revocation-council-short-of-quorum',
      async (send) => {
        await readyForCouncil(send);
        // Opened Friday 24/04/2026; two of five members vote, two thirds are needed.
        await send(at('2026-04-24T02:00:00.000Z', cmd.openCouncil('province')));
        for (const member of councilMembers.slice(0, 2)) await send(cmd.vote(member));
        await env.sleep('30 days');
        // The session is still open: a late vote is accepted.
        expect((await send(cmd.vote(councilMembers[2]))).status).toBe('revocation-proposed');
      },
      {},
      CACHED,
    );
    await recordHistory('revocation-council-short-of-its-quorum-is-escalated', result.handle);
    await result.handle.terminate('test over');
    // 5 working days: the weekend, Monday 27/04 off in lieu of Giỗ Tổ Hùng Vương (Sunday 26/04),
    // then 30/4 and 1/5: 28, 29/04, 4, 5, 6/05 — the last day is Wednesday 06/05.
    expect(result.councilNotices).toEqual([
      {
        dossierId: 'revocation-council-short-of-quorum',
        subject: 'revocation',
        round: 1,
        stepIndex: 0,
        tier: 'province',
        session: 1,
        members: 5,
        present: 2,
        dueDate: '2026-05-06',
        at: '2026-05-06T17:00:00.000Z',
      },
    ]);
    expect(types(result.events)).not.toContain('RecognitionRevoked');
    expect(types(result.events).at(-1)).toBe('VoteCast');
  });

  it('a revocation council that gathers its quorum in time is not escalated', async () => {
    const result = await runDossier(
      env,
      TASK_QUEUE,
      'revocation-council-quorum-in-time',
      async (send) => {
        await readyForCouncil(send);
        await send(at('2026-04-24T02:00:00.000Z', cmd.openCouncil('province')));
        for (const member of councilMembers.slice(0, 4)) await send(cmd.vote(member));
        await env.sleep('30 days');
      },
      {},
      CACHED,
    );
    await recordHistory('revocation-council-gathering-its-quorum-in-time-is-not-escalated', result.handle);
    await result.handle.terminate('test over');
    expect(result.councilNotices).toEqual([]);
    expect(types(result.events).at(-1)).toBe('VoteCast');
  });

  it('revocation of a dossier that is not recognised is refused with dossier.invalid-state, nothing recorded', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      const error = await send(cmd.proposeRevocation(lapsed().unmet)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((error as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'dossier.invalid-state' });
    });
    expect(types(result.events)).not.toContain('RevocationProposed');
    expect(types(result.events).at(-1)).toBe('SurveyResultCertified');
  });
});
