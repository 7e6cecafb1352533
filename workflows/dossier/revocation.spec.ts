import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import { type DossierCommand, type DossierEvent, evaluateCriteria, revocationGrounds } from '@ntm/domain';
import {
  cmd,
  criteriaSet,
  filingCommands,
  metValues,
  pinnedRules,
  recognitionCommands,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import { runDossier, type SendCommand, timeSkippingEnvironment } from '@ntm/test-support';

import { dossierPosition, dossierWorkflowId } from './messages';

const TASK_QUEUE = 'revocation-test';
let env: TestWorkflowEnvironment;
let sequence = 0;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
}, 60_000);
afterAll(() => env?.teardown());

type Send = SendCommand;

const dossier = (run: (send: Send, id: string) => Promise<void>) =>
  runDossier(env, TASK_QUEUE, `rev-${++sequence}`, run);

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

describe('revocation of a recognition (QĐ 18/2022/QĐ-TTg, Điều 23–24)', () => {
  it('revokes a recognition whose criteria fell below threshold, and the revoked dossier’s workflow ends', async () => {
    const { unmet, grounds } = lapsed();
    expect(unmet).toEqual(expect.arrayContaining(['c-income', 'c-poverty']));
    expect(grounds.revoke).toBe(true);
    let proposedStatus = '';
    const result = await dossier(async (send) => {
      await recognise(send);
      proposedStatus = (await send(cmd.proposeRevocation(unmet))).status;
      const revoked = await send(cmd.revoke());
      expect(revoked.status).toBe('revoked');
    });
    expect(proposedStatus).toBe('revocation-proposed');
    await expect(result.handle.result()).resolves.toBeUndefined();
    expect(types(result.events).slice(-2)).toEqual(['RevocationProposed', 'RecognitionRevoked']);
    expect(result.events.at(-2)?.data).toMatchObject({ band: grounds.band, share: grounds.share });
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
      await env.sleep('30 days');
      expect((await handle.query(dossierPosition)).explanationDue).toBeUndefined();
      statusAfter = (await send(at('2026-06-01T02:00:00.000Z', cmd.revoke()))).status;
    });
    const overdue = result.events.find((e) => e.type === 'RevocationExplanationOverdue');
    expect(overdue?.data).toEqual({ dueDate: '2026-05-06' });
    expect(overdue?.metadata).toMatchObject({ actor: 'he-thong', now: '2026-05-06T17:00:00.000Z' });
    // Only the decision changes the recognition: the notice came before it and changed nothing.
    expect(types(result.events).slice(-2)).toEqual(['RevocationExplanationOverdue', 'RecognitionRevoked']);
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
