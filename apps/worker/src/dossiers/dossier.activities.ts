import { ApplicationFailure, Context } from '@temporalio/activity';

import type { CalendarOptions } from '@ntm/calendar';
import { calendarOptions, type DossierEvent, foldCalendarDeclarations } from '@ntm/domain';
import {
  calendarStreamId,
  decodeEvent,
  dossierNoticeStreamId,
  dossierStreamId,
  encodeEvents,
  type EventStore,
  eventIdFor,
  StreamVersionConflict,
  UnstorableEvents,
} from '@ntm/event-store';
import { type AdministrativeUnits, loadAdministrativeUnits } from '@ntm/units';
import { STREAM_VERSION_CONFLICT, UNSTORABLE_EVENTS } from '@ntm/workflows/activity-options';
import type { AppraisalNotice, CriterionAppraisalActivities } from '@ntm/workflows/criterion-appraisal/activities';
import type {
  CouncilActivities,
  CouncilQuorumNotice,
  DossierActivities,
  StoredDossierEvents,
} from '@ntm/workflows/dossier/activities';

export function createDossierActivities(
  store: EventStore,
  units: AdministrativeUnits = loadAdministrativeUnits(),
): DossierActivities & CriterionAppraisalActivities & CouncilActivities {
  return {
    async appendDossierEvents({ dossierId, expectedVersion, commandId, events, province }) {
      const streamId = dossierStreamId(dossierId);
      const toAppend = encodeEvents(streamId, commandId, events, { workflowId: currentWorkflowId() });
      try {
        const { nextExpectedVersion } = await store.append(
          streamId,
          expectedVersion === 0 ? 'no-stream' : expectedVersion,
          toAppend,
        );
        // A command recorded before the workflow's current run (a request retried after a
        // continue-as-new): its events are already in the state the run loaded, so nothing is new.
        const calendar = await calendarOf(store, units, province ?? registeredProvince(events));
        if (nextExpectedVersion <= expectedVersion) return { version: expectedVersion, events: [], calendar };
        // A retried append answers with the first one's result: the same ids, hence the same events.
        return { version: nextExpectedVersion, events, calendar };
      } catch (error) {
        if (error instanceof StreamVersionConflict) {
          throw ApplicationFailure.nonRetryable(error.message, STREAM_VERSION_CONFLICT, {
            actualVersion: error.actual,
          });
        }
        if (error instanceof UnstorableEvents) throw ApplicationFailure.nonRetryable(error.message, UNSTORABLE_EVENTS);
        throw error;
      }
    },

    async loadDossierEvents(dossierId, afterVersion = 0, province?: string): Promise<StoredDossierEvents> {
      const stored = await store.readStream(dossierStreamId(dossierId), { fromVersion: afterVersion + 1 });
      const events = stored.map((event) => decodeEvent<DossierEvent>(event));
      return {
        version: stored.at(-1)?.streamVersion ?? afterVersion,
        events,
        calendar: await calendarOf(store, units, province ?? registeredProvince(events)),
      };
    },

    async recordAppraisalNotice(notice: AppraisalNotice) {
      const key = `${notice.dossierId}/${notice.round}/${notice.stepIndex}/${notice.criterionId}/${notice.kind}/${notice.dueDate}`;
      const type = notice.kind === 'reminder' ? 'AppraisalReminderSent' : 'AppraisalOverdue';
      await recordNotice(store, key, type, notice);
    },

    async recordCouncilQuorumOverdue(notice: CouncilQuorumNotice) {
      // A revocation council shares its round and step with the deciding step's council: its key says so.
      const council = `${notice.subject ? `${notice.subject}-` : ''}council-${notice.session}`;
      const key = `${notice.dossierId}/${notice.round}/${notice.stepIndex}/${council}/${notice.dueDate}`;
      await recordNotice(store, key, 'CouncilQuorumOverdue', notice);
    },
  };
}

/** A notice for the coordinator in the dossier's notice stream; its id derives from `key`, so it is written once. */
async function recordNotice(
  store: EventStore,
  key: string,
  type: string,
  notice: { readonly dossierId: string; readonly at: string },
): Promise<void> {
  await store.append(dossierNoticeStreamId(notice.dossierId), 'any', [
    {
      eventId: eventIdFor(key),
      type,
      data: notice,
      metadata: { actor: 'he-thong', role: 'system', workflowId: currentWorkflowId(), now: notice.at },
    },
  ]);
}

/**
 * The province's working calendar in full (official schedule and declared days); none before
 * registration. A province merged away in 2025 counts on its successor's: its dossiers are now the
 * successor's to handle.
 */
async function calendarOf(
  store: EventStore,
  units: AdministrativeUnits,
  province: string | undefined,
): Promise<CalendarOptions | undefined> {
  if (!province) return undefined;
  const keeper = units.inForce(province)?.code ?? province;
  return calendarOptions(foldCalendarDeclarations(await store.readStream(calendarStreamId(keeper))));
}

function registeredProvince(events: readonly DossierEvent[]): string | undefined {
  const registration = events.find((event) => event.type === 'DossierRegistered');
  return registration?.type === 'DossierRegistered' ? registration.data.province : undefined;
}

/** Recorded in event metadata so an auditor can find the orchestration behind each event. */
function currentWorkflowId(): string | undefined {
  return Context.current().info.workflowExecution?.workflowId;
}
