import type { DossierEvent } from '@ntm/domain';

import type { AppraisalNotice, CriterionAppraisalActivities } from '../criterion-appraisal/activities';
import type { CouncilActivities, CouncilQuorumNotice, DossierActivities, StoredDossierEvents } from './activities';

/**
 * Plain-object activities over memory for workflow tests (the real ones, over PostgreSQL, are
 * exercised by the e2e tests): same contract, including the optimistic version check and the
 * idempotency of a retried append.
 */
export function memoryActivities() {
  const streams = new Map<string, DossierEvent[]>();
  const appended = new Map<string, StoredDossierEvents>();
  const notices: AppraisalNotice[] = [];
  const councilNotices: CouncilQuorumNotice[] = [];
  const activities: DossierActivities & CriterionAppraisalActivities & CouncilActivities = {
    async appendDossierEvents({ dossierId, expectedVersion, commandId, events }) {
      const key = `${dossierId}/${commandId}`;
      const earlier = appended.get(key);
      // As the event store's activity: recorded in an earlier run, already in the loaded state.
      if (earlier) return earlier.version <= expectedVersion ? { version: expectedVersion, events: [] } : earlier;
      const stream = streams.get(dossierId) ?? [];
      if (stream.length !== expectedVersion) {
        throw Object.assign(new Error(`expected version ${expectedVersion}, actual ${stream.length}`), {
          name: 'StreamVersionConflict',
        });
      }
      stream.push(...events);
      streams.set(dossierId, stream);
      const result = { version: stream.length, events };
      appended.set(key, result);
      return result;
    },
    async loadDossierEvents(dossierId, afterVersion = 0) {
      const stream = streams.get(dossierId) ?? [];
      return { version: Math.max(stream.length, afterVersion), events: stream.slice(afterVersion) };
    },
    async recordAppraisalNotice(notice) {
      notices.push(notice);
    },
    async recordCouncilQuorumOverdue(notice) {
      councilNotices.push(notice);
    },
  };
  return { activities, streams, notices, councilNotices };
}
