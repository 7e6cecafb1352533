import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';

import { type CalendarOptions, createCalendar } from '@ntm/calendar';
import { calendarOptions, type DossierCommand, type DossierEvent, foldCalendarDeclarations } from '@ntm/domain';
import {
  clearStep,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  pinnedRules,
  threeTierRegime,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import { recordHistory, runDossier, type SendCommand, timeSkippingEnvironment } from '@ntm/test-support';

import type { AppendDossierEvents } from './activities';
import { STORE_UNAVAILABLE } from './failures';
import type { memoryActivities } from './testing';
import { dossierPosition, dossierWorkflowId } from './messages';
import { DOSSIER_SEARCH_ATTRIBUTES } from './search-attributes';

const TASK_QUEUE = 'recognition-test';
let env: TestWorkflowEnvironment;
let sequence = 0;

beforeAll(async () => {
  env = await timeSkippingEnvironment();
});
afterAll(() => env?.teardown());

/** A dossier of its own on the in-memory harness, with some activities answering otherwise. */
const onDossier = (
  run: (send: SendCommand, id: string) => Promise<void>,
  activities?: Parameters<typeof runDossier>[4],
) => runDossier(env, TASK_QUEUE, `d-${++sequence}`, run, activities);

/** One dossier on the in-memory harness; its history is kept as a replay fixture when recording. */
async function dossier(run: (send: SendCommand, id: string) => Promise<void>) {
  const result = await onDossier(run);
  await recordHistory(slug(expect.getState().currentTestName ?? 'dossier'), result.handle);
  return result;
}

/**
 * What the workflow sees when the store committed `lost`'s events but the worker never reported it
 * (its retries spent): the append stored, then failed, once.
 */
const losingTheAnswerTo = (lost: DossierCommand) => (memory: ReturnType<typeof memoryActivities>['activities']) => {
  let failed = false;
  return {
    appendDossierEvents: async (input: AppendDossierEvents) => {
      const stored = await memory.appendDossierEvents(input);
      if (input.commandId === lost.metadata.commandId && !failed) {
        failed = true;
        throw ApplicationFailure.nonRetryable('the answer was lost', 'StoreDown');
      }
      return stored;
    },
  };
};

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

/** The command as if sent at `now` (the instant the workflow's clocks count from). */
const at = (now: string, command: DossierCommand): DossierCommand => ({
  ...command,
  metadata: { ...command.metadata, now },
});

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
      // Findable by operators: the typed search attributes follow the dossier to its last state.
      const { typedSearchAttributes: found } = await result.handle.describe();
      const keys = DOSSIER_SEARCH_ATTRIBUTES;
      expect(Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, found.get(key)]))).toEqual({
        province: 'ha-nam',
        commune: 'xa-01',
        status: 'recognised',
        stage: `province/council-concluded`,
        level: 'ntm',
        year: 2026,
        regime: regime.id,
        catalogueVersion: pinnedRules(regime).catalogueVersion,
      });
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
      // The round keeps its posting and survey: only the questioned criterion is reassessed.
      await send(cmd.resubmit());
      await send(cmd.selfAssess());
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

  it('a council short of its quorum at its deadline is escalated to the coordinator, across 30/4–1/5, and nothing is decided', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      // Submission, every appraisal and the consolidation: the step up to its council.
      for (const command of withoutDispatch(clearStep('province')).slice(0, criterionIds.length + 2))
        await send(command);
      // Opened Friday 24/04/2026; two of five members vote, two thirds are needed.
      await send(at('2026-04-24T02:00:00.000Z', cmd.openCouncil('province')));
      for (const member of councilMembers.slice(0, 2)) await send(cmd.vote(member));
      await env.sleep('30 days');
      // The session is still open: a late vote is accepted.
      expect((await send(cmd.vote(councilMembers[2]))).status).toBe('in-review');
    });
    // 5 working days: the weekend, Monday 27/04 off in lieu of Giỗ Tổ Hùng Vương (Sunday 26/04),
    // then 30/4 and 1/5: 28, 29/04, 4, 5, 6/05 — the last day is Wednesday 06/05.
    expect(result.councilNotices).toEqual([
      {
        dossierId: `d-${sequence}`,
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
    expect(types(result.events)).not.toContain('CouncilConcluded');
    expect(types(result.events).at(-1)).toBe('VoteCast');
  });

  it('a council that gathers its quorum in time is not escalated', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      for (const command of withoutDispatch(clearStep('province')).slice(0, -1)) await send(command);
      await env.sleep('30 days');
    });
    expect(result.councilNotices).toEqual([]);
  });

  it('a run that cannot load its stream (the store down past the retries) waits the outage out instead of failing', async () => {
    let loads = 0;
    const result = await onDossier(
      async (send) => {
        await env.sleep('15 minutes');
        for (const command of filingCommands()) await send(command);
      },
      (memory) => ({
        loadDossierEvents: async (dossierId: string, afterVersion?: number) => {
          // What the workflow sees once the activity's retries are spent: a failed activity.
          if (++loads === 1) throw ApplicationFailure.nonRetryable('the event store is unreachable', 'StoreDown');
          return memory.loadDossierEvents(dossierId, afterVersion);
        },
      }),
    );
    expect(loads).toBe(2);
    expect(types(result.events)[0]).toBe('DossierRegistered');
  });

  it('an append whose outcome was lost (committed, then reported failed once the retries ran out) is answered 503, and the next command reads the record first: nothing lost, nothing twice', async () => {
    const [register, selfAssess, post, comment, answer] = filingCommands();
    const result = await onDossier(async (send) => {
      for (const command of [register, selfAssess, post]) await send(command);
      await expect(send(comment)).rejects.toMatchObject({ cause: { type: STORE_UNAVAILABLE } });
      // The comment was stored: its answer, sent next, is decided on the state that holds it.
      await expect(send(answer)).resolves.toMatchObject({ version: 5, events: ['CommentAnswered'] });
    }, losingTheAnswerTo(comment));
    expect(types(result.events)).toEqual([
      'DossierRegistered',
      'SelfAssessmentRecorded',
      'ResultsPosted',
      'CommentRecorded',
      'CommentAnswered',
    ]);
  });

  it('a submission whose outcome was lost still has its criteria dispatched before the next command', async () => {
    const submit = cmd.submit('province');
    const result = await onDossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      await expect(send(submit)).rejects.toMatchObject({ cause: { type: STORE_UNAVAILABLE } });
      await expect(send(cmd.appraise(criterionIds[0]))).resolves.toMatchObject({ events: ['CriterionAppraised'] });
    }, losingTheAnswerTo(submit));
    expect(types(result.events).slice(-3)).toEqual(['DossierSubmitted', 'CriteriaAssigned', 'CriterionAppraised']);
  });

  it('deadlines count the province calendar the record carried: a declared day off moves the due date set after it, and a calendar that changes later moves nothing, the history replayed at every task', async () => {
    const dayOff = '2026-03-04';
    const declaration = {
      province: 'ha-nam',
      date: dayOff,
      kind: 'day-off',
      name: 'Nghỉ',
      reason: 'QĐ 1/QĐ-UBND',
    } as const;
    let calendar: CalendarOptions | undefined = calendarOptions(
      foldCalendarDeclarations([{ type: 'CalendarDayDeclared', data: declaration }]),
    );
    const result = await onDossier(
      async (send) => {
        for (const command of filingCommands()) await send(command);
        await send(at('2026-03-02T02:00:00.000Z', cmd.submit('province')));
        // The declaration is cleared: answers from now on carry the official schedule.
        calendar = undefined;
        await expect(send(cmd.appraise(criterionIds[0]))).resolves.toMatchObject({ events: ['CriterionAppraised'] });
      },
      (memory) => ({
        appendDossierEvents: async (input: AppendDossierEvents) => ({
          ...(await memory.appendDossierEvents(input)),
          ...(calendar ? { calendar } : {}),
        }),
      }),
    );
    const registered = result.events[0];
    const days = registered?.type === 'DossierRegistered' ? registered.data.rules.regime.appraisalWorkingDays : 0;
    const assigned = result.events.find((event) => event.type === 'CriteriaAssigned');
    const dueDates = new Set(
      assigned?.type === 'CriteriaAssigned' ? assigned.data.assignments.map((a) => a.dueDate) : [],
    );
    const counted = createCalendar({ extraDaysOff: [{ date: dayOff, name: 'Nghỉ' }] }).addWorkingDays(
      '2026-03-02',
      days,
    );
    expect([...dueDates]).toEqual([counted]);
    expect(counted).not.toBe(createCalendar().addWorkingDays('2026-03-02', days));
    expect(types(result.events).slice(-3)).toEqual(['DossierSubmitted', 'CriteriaAssigned', 'CriterionAppraised']);
  });

  it('search attributes follow the dossier: a withdrawn dossier is found as withdrawn, at the stage it left', async () => {
    const result = await dossier(async (send) => {
      for (const command of filingCommands()) await send(command);
      await send(cmd.submit('province'));
      await send(cmd.withdraw());
    });
    await result.handle.result();
    const { typedSearchAttributes: found } = await result.handle.describe();
    expect(found.get(DOSSIER_SEARCH_ATTRIBUTES.status)).toBe('withdrawn');
    expect(found.get(DOSSIER_SEARCH_ATTRIBUTES.stage)).toBe('province/appraising');
    expect(found.get(DOSSIER_SEARCH_ATTRIBUTES.province)).toBe('ha-nam');
  });
});
