import { ApplicationFailure, Context } from '@temporalio/activity';

import type { DossierEvent } from '@ntm/domain';
import {
  decodeEvent,
  dossierNoticeStreamId,
  dossierStreamId,
  encodeEvents,
  type EventStore,
  eventIdFor,
  StreamVersionConflict,
  UnstorableEvents,
} from '@ntm/event-store';
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
): DossierActivities & CriterionAppraisalActivities & CouncilActivities {
  return {
    async appendDossierEvents({ dossierId, expectedVersion, commandId, events }) {
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
        if (nextExpectedVersion <= expectedVersion) return { version: expectedVersion, events: [] };
        // A retried append answers with the first one's result: the same ids, hence the same events.
        return { version: nextExpectedVersion, events };
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

    async loadDossierEvents(dossierId, afterVersion = 0): Promise<StoredDossierEvents> {
      const stored = await store.readStream(dossierStreamId(dossierId), { fromVersion: afterVersion + 1 });
      return {
        version: stored.at(-1)?.streamVersion ?? afterVersion,
        events: stored.map((event) => decodeEvent<DossierEvent>(event)),
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

/** Recorded in event metadata so an auditor can find the orchestration behind each event. */
function currentWorkflowId(): string | undefined {
  return Context.current().info.workflowExecution?.workflowId;
}
