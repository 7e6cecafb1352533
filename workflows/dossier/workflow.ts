import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';

import {
  currentStep,
  decide,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dossierEnded,
  dossierSummary,
  evolve,
  initialState,
} from '@ntm/domain';

import { COMMAND_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import type { DossierActivities, StoredDossierEvents } from './activities';
import { AppraisalChildren } from './appraisal-children';
import { refusal, storeFailure, versionChanged } from './failures';
import { councilDeadline, councilSessionKey, runCouncilDeadlines } from './council-deadline';
import {
  type CommandOutcome,
  dossierPosition,
  executeCommand,
  type RecognitionInput,
  appraisalOverdue,
} from './messages';
import { dispatchOnSubmission, extendForSupplement } from './orchestration';
import { explanationDeadline, REVOCATION_STEPS_PATCH, runExplanationDeadlines, stepwise } from './revocation';
import { changedAttributes, dossierSearchAttributes, SEARCH_ATTRIBUTES_PATCH } from './search-attributes';
import { RECORDED_OUTCOMES_PATCH, RecordedOutcomes } from './recorded-outcomes';
import { followSurveyCampaigns } from './survey-children';

const { appendDossierEvents, loadDossierEvents } = proxyActivities<DossierActivities>(COMMAND_ACTIVITY);

/**
 * One dossier, from registration to recognition (and revocation): commands arrive as Updates,
 * the domain decides, the event store records, and the workflow runs the clocks of the procedure.
 */
export async function recognitionWorkflow({ dossierId }: RecognitionInput): Promise<void> {
  let state = initialState();
  let version = 0;
  // Commands wait for the stream to be loaded: a first Update racing the initial load would
  // otherwise have its append undone when the (empty) load result arrives. Versioned: histories
  // recorded before this change keep their order on replay.
  const waitsForLoad = patched('commands-wait-for-initial-load');
  let loaded = false;
  // Revocations proposed in runs recorded before the stepwise procedure are decided directly.
  const revocationSteps = patched(REVOCATION_STEPS_PATCH);
  const children = new AppraisalChildren();
  const supplementRequestedAt = new Map<string, string>();
  const councilOpenedAt = new Map<string, string>();
  // Operators list dossiers by province, status, stage… (Temporal visibility). Versioned: runs
  // recorded before the attributes existed replay without the upserts.
  const searchable = patched(SEARCH_ATTRIBUTES_PATCH);
  const index = () => {
    const summary = searchable ? dossierSummary(state) : undefined;
    if (!summary) return;
    const changed = changedAttributes(dossierSearchAttributes(summary), workflowInfo().typedSearchAttributes);
    if (changed.length > 0) upsertSearchAttributes(changed);
  };

  const outcomes = patched(RECORDED_OUTCOMES_PATCH) ? new RecordedOutcomes(dossierId) : undefined;

  const apply = (stored: StoredDossierEvents) => {
    const firstVersion = stored.version - stored.events.length + 1;
    for (const [index, event] of stored.events.entries()) {
      state = evolve(state, event);
      outcomes?.note(event, firstVersion + index, state.status);
      if (event.type === 'SupplementRequested') supplementRequestedAt.set(event.data.criterionId, event.metadata.now);
      if (event.type === 'CouncilOpened') {
        const { round, stepIndex, session, subject } = event.data;
        councilOpenedAt.set(councilSessionKey(round, stepIndex, session, subject), event.metadata.now);
      }
    }
    version = stored.version;
    index();
  };

  const refuseIfMovedOn = ({ metadata: { expectedVersion } }: DossierCommand) => {
    if (expectedVersion !== undefined && expectedVersion !== version) throw versionChanged(expectedVersion, version);
  };

  // An append that failed for want of the store (retries spent) may still have been committed: the
  // next command first reads what the record holds past the run's version, then decides.
  let unsure = false;
  const execute = async (command: DossierCommand): Promise<readonly DossierEvent[]> => {
    if (unsure) {
      const tail = await loadDossierEvents(dossierId, version).catch((failure: unknown) =>
        Promise.reject(storeFailure(failure).error),
      );
      apply(tail);
      unsure = false;
      // The lost command's follow-ups (criteria dispatched on submission…) never ran: they run now.
      for (const event of tail.events) await react(event);
    }
    refuseIfMovedOn(command);
    const decision = decide(command, state);
    if (!decision.ok) throw refusal(decision.error);
    const stored = await appendDossierEvents({
      dossierId,
      expectedVersion: version,
      commandId: command.metadata.commandId,
      events: decision.value,
    }).catch((failure: unknown) => {
      const { error, outcomeUnknown } = storeFailure(failure);
      unsure = outcomeUnknown;
      throw error;
    });
    apply(stored);
    for (const event of stored.events) await react(event);
    return stored.events;
  };

  const react = async (event: DossierEvent) => {
    const follow =
      dispatchOnSubmission(event, state) ??
      extendForSupplement(event, state, supplementRequestedAt.get(eventCriterion(event)));
    await children.follow(event, state, dossierId);
    if (follow) await execute(follow);
  };

  // Commands are handled one at a time, in arrival order: each is decided against the state
  // left by the previous one and appended at the version it was decided on.
  let tail: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };

  setHandler(
    executeCommand,
    (command): Promise<CommandOutcome> =>
      serially(async () => {
        if (waitsForLoad) await condition(() => loaded);
        const recorded = outcomes?.of(command.metadata.commandId);
        if (recorded) return recorded;
        const events = await execute(revocationSteps ? stepwise(command) : command);
        return { dossierId, version, events: events.map((e) => e.type), status: state.status };
      }),
    {
      validator: (command) => {
        // Until the run has read what the record holds, the handler decides (after reading it).
        if ((waitsForLoad && !loaded) || unsure || outcomes?.of(command.metadata.commandId)) return;
        refuseIfMovedOn(command);
        const decision = decide(command, state);
        if (!decision.ok) throw refusal(decision.error);
      },
    },
  );
  setHandler(dossierPosition, () => {
    const explanation = explanationDeadline(state);
    return {
      version,
      summary: dossierSummary(state) ?? null,
      overdue: children.overdue(),
      departments: dispatchedDepartments(state),
      ...(explanation ? { explanationDue: explanation.dueDate } : {}),
    };
  });
  setHandler(appraisalOverdue, ({ criterionId }) => children.markOverdue(criterionId));

  // In the workflow's own code a failed load would fail the run: it waits out an outage instead
  // (a read is never refused for its content, so it is never given up).
  apply((await persistently('loading the dossier stream', () => loadDossierEvents(dossierId)))!);
  loaded = true;
  await children.resume(state, dossierId);
  // Registered once the stream is loaded (signals wait for their handler): histories recorded
  // before surveys had no such signals, so their order is unchanged.
  followSurveyCampaigns(
    dossierId,
    () => state,
    (command) =>
      persistently('certified survey result', () =>
        serially(async () => {
          const decision = decide(command, state);
          // The API checked the dossier before certifying; a refusal now (withdrawn meanwhile) is logged.
          if (decision.ok) await execute(command);
          else log.warn('certified survey result not recorded', { dossierId, code: decision.error.code });
        }),
      ),
  );

  const ending = () => dossierEnded(state) || workflowInfo().continueAsNewSuggested;
  let closing = false;
  // QĐ 18/2022/QĐ-TTg, Điều 24: the commune's explanation period runs beside the Updates.
  const explanations = runExplanationDeadlines({
    view: () => state,
    record: (make) =>
      persistently('explanation overdue', () =>
        serially(async () => {
          const command = make();
          if (command) await execute(command);
        }),
      ),
    closing: () => closing,
  });
  // A council session must gather its quorum within the regime's working days.
  const councils = runCouncilDeadlines({
    dossierId,
    view: () => councilDeadline(state, (key) => councilOpenedAt.get(key)),
    closing: () => closing,
  });

  await condition(ending);
  closing = true;
  await Promise.all([explanations, councils]);
  await condition(allHandlersFinished);
  if (!dossierEnded(state)) await continueAsNew<typeof recognitionWorkflow>({ dossierId });
}

function dispatchedDepartments(state: DossierState): Record<string, string> {
  const reviews = state.status === 'unregistered' ? {} : (currentStep(state.round)?.reviews ?? {});
  return Object.fromEntries(Object.values(reviews).map((review) => [review.criterionId, review.department]));
}

function eventCriterion(event: DossierEvent): string {
  return 'criterionId' in event.data && typeof event.data.criterionId === 'string' ? event.data.criterionId : '';
}
