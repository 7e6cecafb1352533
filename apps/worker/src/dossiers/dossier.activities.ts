import { ApplicationFailure, Context } from '@temporalio/activity';
import { v5 as uuidv5 } from 'uuid';

import type { DossierEvent } from '@ntm/domain';
import {
  type EventStore,
  type NewEvent,
  type RecordedEvent,
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
import { dossierStreamId } from '@ntm/workflows/dossier/messages';

/** Namespace of event ids derived from command ids (UUID v5): same command, same ids, no duplicate. */
const EVENT_ID_NAMESPACE = '6c1f7d1e-2b8a-4f0e-9a51-3d2c8e7b4a90';

export const noticeStreamId = (dossierId: string) => `dossier-notices-${dossierId}`;

export function createDossierActivities(
  store: EventStore,
): DossierActivities & CriterionAppraisalActivities & CouncilActivities {
  return {
    async appendDossierEvents({ dossierId, expectedVersion, commandId, events }) {
      const streamId = dossierStreamId(dossierId);
      const workflowId = currentWorkflowId();
      const toAppend = events.map((event, index) => toNewEvent(event, `${streamId}/${commandId}/${index}`, workflowId));
      try {
        const { nextExpectedVersion } = await store.append(
          streamId,
          expectedVersion === 0 ? 'no-stream' : expectedVersion,
          toAppend,
        );
        // A command recorded before the workflow's current run (a request retried after a
        // continue-as-new): its events are already in the state the run loaded, so nothing is new.
        if (nextExpectedVersion <= expectedVersion) return { version: expectedVersion, events: [] };
        // Read back what is stored (a retried append returns the original), so the workflow evolves from the record.
        const stored = await store.readStream(streamId, {
          fromVersion: expectedVersion + 1,
          toVersion: nextExpectedVersion,
        });
        return { version: nextExpectedVersion, events: stored.map(toDossierEvent) };
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
      return { version: stored.at(-1)?.streamVersion ?? afterVersion, events: stored.map(toDossierEvent) };
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
  await store.append(noticeStreamId(notice.dossierId), 'any', [
    {
      eventId: uuidv5(key, EVENT_ID_NAMESPACE),
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

function toNewEvent(event: DossierEvent, idSeed: string, workflowId: string | undefined): NewEvent {
  const { schemaVersion, ...metadata } = event.metadata;
  return {
    eventId: uuidv5(idSeed, EVENT_ID_NAMESPACE),
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata: { ...metadata, causationId: metadata.commandId, workflowId },
  };
}

/** Stored (and upcast) events back in the domain's shape. */
function toDossierEvent(recorded: RecordedEvent): DossierEvent {
  return {
    type: recorded.type,
    data: recorded.data,
    metadata: { ...recorded.metadata, schemaVersion: recorded.schemaVersion },
  } as DossierEvent;
}
