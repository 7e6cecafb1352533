import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';

import { type CalendarOptions, createCalendar, type WorkingCalendar } from '@ntm/calendar';
import {
  councilDeadline,
  councilSessionKey,
  currentStep,
  decide,
  dispatchOnSubmission,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  dossierEnded,
  dossierSummary,
  evolve,
  explanationDeadline,
  extendForSupplement,
  initialState,
} from '@ntm/domain';

import { COMMAND_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import type { DossierActivities, StoredDossierEvents } from './activities';
import { AppraisalChildren } from './appraisal-children';
import { runCouncilDeadlines } from './council-deadline';
import { refusal, storeFailure, versionChanged } from './failures';
import {
  appraisalOverdue,
  type CommandOutcome,
  dossierPosition,
  executeCommand,
  type RecognitionInput,
} from './messages';
import { RecordedOutcomes } from './recorded-outcomes';
import { runExplanationDeadlines, stepwise } from './revocation';
import { changedAttributes, dossierSearchAttributes } from './search-attributes';
import { followSurveyCampaigns } from './survey-children';

const { appendDossierEvents, loadDossierEvents } = proxyActivities<DossierActivities>(COMMAND_ACTIVITY);

/**
 * One dossier, from registration to recognition (and revocation): commands arrive as Updates,
 * the domain decides, the event store records, and the workflow runs the clocks of the procedure.
 */
export async function recognitionWorkflow({ dossierId }: RecognitionInput): Promise<void> {
  const run = new DossierRun(dossierId);
  setHandler(executeCommand, (command) => run.take(command), { validator: (command) => run.validate(command) });
  setHandler(dossierPosition, () => run.position());
  setHandler(appraisalOverdue, ({ criterionId }) => run.children.markOverdue(criterionId));

  await run.load();
  // Registered once the stream is loaded (a signal waits for its handler).
  followSurveyCampaigns(
    dossierId,
    run.view,
    (command) => persistently('certified survey result', () => run.serially(() => run.recordCertified(command))),
    () => run.calendarOptions,
  );
  let closing = false;
  const clocks = Promise.all([
    // QĐ 18/2022/QĐ-TTg, Điều 24: the commune's explanation period runs beside the Updates.
    runExplanationDeadlines({
      view: run.view,
      calendar: () => run.calendar,
      record: (make) => persistently('explanation overdue', () => run.serially(() => run.system(make()))),
      closing: () => closing,
    }),
    // A council session must gather its quorum within the regime's working days.
    runCouncilDeadlines({ dossierId, view: () => run.councilDeadline(), closing: () => closing }),
  ]);

  await condition(() => dossierEnded(run.state) || workflowInfo().continueAsNewSuggested);
  closing = true;
  await clocks;
  await condition(allHandlersFinished);
  await run.children.started();
  if (!dossierEnded(run.state)) await continueAsNew<typeof recognitionWorkflow>({ dossierId });
}

/** The dossier as this run holds it, and the handlers that change it: one command at a time. */
class DossierRun {
  state: DossierState = initialState();
  private version = 0;
  private loaded = false;
  /** An append failed for want of the store and may still have been committed: read the record first. */
  private unsure = false;
  private queue: Promise<unknown> = Promise.resolve();
  readonly children = new AppraisalChildren();
  private readonly outcomes: RecordedOutcomes;
  private readonly supplementRequestedAt = new Map<string, string>();
  private readonly councilOpenedAt = new Map<string, string>();
  /** The province's working calendar as the last activity answer carried it (see StoredDossierEvents). */
  calendar: WorkingCalendar = createCalendar();
  calendarOptions: CalendarOptions | undefined;

  constructor(private readonly dossierId: string) {
    this.outcomes = new RecordedOutcomes(dossierId);
  }

  readonly view = (): DossierState => this.state;

  /** What the record holds: read once per run, waiting out an outage (a read is never refused for its content). */
  async load(): Promise<void> {
    const stored = await persistently('loading the dossier stream', () => loadDossierEvents(this.dossierId));
    this.apply(stored!);
    this.loaded = true;
    await this.children.resume(this.state, this.dossierId, this.calendarOptions);
  }

  /** Commands run in arrival order, each decided on the state the previous one left. */
  serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The Update's validator: refuses early what the domain refuses, once the run knows the record. */
  validate(command: DossierCommand): void {
    if (!this.loaded || this.unsure || this.outcomes.of(command.metadata.commandId)) return;
    this.refuseIfMovedOn(command);
    const decision = decide(command, this.state);
    if (!decision.ok) throw refusal(decision.error);
  }

  /** The Update's handler; a command recorded by an earlier run gets the answer it got then. */
  take(command: DossierCommand): Promise<CommandOutcome> {
    return this.serially(async () => {
      await condition(() => this.loaded);
      const recorded = this.outcomes.of(command.metadata.commandId);
      if (recorded) return recorded;
      const events = await this.execute(stepwise(command, this.state, this.calendar));
      const { dossierId, version, state } = this;
      return { dossierId, version, events: events.map((e) => e.type), status: state.status };
    });
  }

  /** A certified survey result: the API checked the dossier first, so a refusal now (withdrawn meanwhile) is only logged. */
  async recordCertified(command: DossierCommand): Promise<void> {
    const decision = decide(command, this.state);
    if (decision.ok) await this.execute(command);
    else log.warn('certified survey result not recorded', { dossierId: this.dossierId, code: decision.error.code });
  }

  /** A command the system issues in its own name, if there is still one to issue. */
  async system(command: DossierCommand | undefined): Promise<void> {
    if (command) await this.execute(command);
  }

  position() {
    const explanation = explanationDeadline(this.state, this.calendar);
    return {
      version: this.version,
      summary: dossierSummary(this.state) ?? null,
      overdue: this.children.overdue(),
      departments: dispatchedDepartments(this.state),
      ...(explanation ? { explanationDue: explanation.dueDate } : {}),
    };
  }

  councilDeadline() {
    return councilDeadline(this.state, (key) => this.councilOpenedAt.get(key), this.calendar);
  }

  private async execute(command: DossierCommand): Promise<readonly DossierEvent[]> {
    if (this.unsure) await this.catchUpWithRecord();
    this.refuseIfMovedOn(command);
    const decision = decide(command, this.state);
    if (!decision.ok) throw refusal(decision.error);
    const request = {
      dossierId: this.dossierId,
      expectedVersion: this.version,
      commandId: command.metadata.commandId,
      events: decision.value,
      ...this.province(),
    };
    const stored = await appendDossierEvents(request).catch((failure: unknown) => {
      const { error, outcomeUnknown } = storeFailure(failure);
      this.unsure = outcomeUnknown;
      throw error;
    });
    this.apply(stored);
    for (const event of stored.events) await this.react(event);
    return stored.events;
  }

  /** After a lost append outcome: what the record holds past this run's version, and its follow-ups (never run). */
  private async catchUpWithRecord(): Promise<void> {
    const missed = await loadDossierEvents(this.dossierId, this.version, this.province().province).catch(
      (failure: unknown) => Promise.reject(storeFailure(failure).error),
    );
    this.apply(missed);
    this.unsure = false;
    for (const event of missed.events) await this.react(event);
  }

  /** What the procedure does by itself after an event (dispatch on submission, supplement time), and the children it starts. */
  private async react(event: DossierEvent): Promise<void> {
    const requestedAt = this.supplementRequestedAt.get(eventCriterion(event));
    const follow =
      dispatchOnSubmission(event, this.state, this.calendar) ??
      extendForSupplement(event, this.state, requestedAt, this.calendar);
    await this.children.follow(event, this.state, this.dossierId, this.calendarOptions);
    if (follow) await this.execute(follow);
  }

  private apply(stored: StoredDossierEvents): void {
    const firstVersion = stored.version - stored.events.length + 1;
    for (const [offset, event] of stored.events.entries()) {
      this.state = evolve(this.state, event);
      this.outcomes.note(event, firstVersion + offset, this.state.status);
      if (event.type === 'SupplementRequested')
        this.supplementRequestedAt.set(event.data.criterionId, event.metadata.now);
      if (event.type === 'CouncilOpened') {
        const { round, stepIndex, session, subject } = event.data;
        this.councilOpenedAt.set(councilSessionKey(round, stepIndex, session, subject), event.metadata.now);
      }
    }
    this.version = stored.version;
    if (stored.calendar) {
      this.calendarOptions = stored.calendar;
      this.calendar = createCalendar(stored.calendar);
    }
    this.index();
  }

  private province(): { province?: string } {
    return this.state.status === 'unregistered' ? {} : { province: this.state.dossier.province };
  }

  /** Operators list dossiers by province, status, stage… (Temporal visibility): only changed attributes are sent. */
  private index(): void {
    const summary = dossierSummary(this.state);
    if (!summary) return;
    const changed = changedAttributes(dossierSearchAttributes(summary), workflowInfo().typedSearchAttributes);
    if (changed.length > 0) upsertSearchAttributes(changed);
  }

  private refuseIfMovedOn({ metadata: { expectedVersion } }: DossierCommand): void {
    if (expectedVersion !== undefined && expectedVersion !== this.version)
      throw versionChanged(expectedVersion, this.version);
  }
}

function dispatchedDepartments(state: DossierState): Record<string, string> {
  const reviews = state.status === 'unregistered' ? {} : (currentStep(state.round)?.reviews ?? {});
  return Object.fromEntries(Object.values(reviews).map((review) => [review.criterionId, review.department]));
}

function eventCriterion(event: DossierEvent): string {
  return 'criterionId' in event.data && typeof event.data.criterionId === 'string' ? event.data.criterionId : '';
}
