import { condition, proxyActivities, workflowInfo } from '@temporalio/workflow';

import type { CouncilDeadline } from '@ntm/domain';

import { NOTICE_ACTIVITY } from '../activity-options';
import { persistently } from '../background';
import type { CouncilActivities } from './activities';

const { recordCouncilQuorumOverdue } = proxyActivities<CouncilActivities>(NOTICE_ACTIVITY);

export interface CouncilClock {
  readonly dossierId: string;
  /** The open session as the workflow knows it now. */
  readonly view: () => CouncilDeadline | undefined;
  /** The run is ending (withdrawn, revoked, or continuing as new). */
  readonly closing: () => boolean;
}

/**
 * Escalates a council session still short of its quorum when its deadline passes: a notice the
 * coordinator's work queue shows. It decides nothing: the session stays open until the secretary
 * closes it (and may reconvene). Time is taken from the opening instant, or from the run's start
 * for a session opened before this run, never from a clock, so replay is exact.
 */
export async function runCouncilDeadlines({ dossierId, view, closing }: CouncilClock): Promise<void> {
  const carried = view()?.key;
  const waiting = () => {
    const deadline = view();
    return deadline !== undefined && !deadline.quorumMet;
  };
  while (!closing()) {
    await condition(() => closing() || waiting());
    const deadline = view();
    if (!deadline || closing()) return;
    const sessionMoved = () => condition(() => closing() || view()?.key !== deadline.key);
    const from = deadline.key === carried ? workflowInfo().runStartTime.toISOString() : deadline.openedAt;
    const wait = Date.parse(deadline.endsAt) - Date.parse(from);
    const moved = () => closing() || view()?.key !== deadline.key || view()?.quorumMet === true;
    if (wait > 0 ? await condition(moved, wait) : moved()) {
      // Quorum reached or session closed: nothing to escalate; wait for the next session.
      await sessionMoved();
      continue;
    }
    const now = view() ?? deadline;
    const { subject, round, stepIndex, tier, session, members, present, dueDate } = now;
    const at = wait > 0 ? deadline.endsAt : from;
    const about = subject ? { dossierId, subject } : { dossierId };
    const notice = { ...about, round, stepIndex, tier, session, members, present, dueDate, at };
    await persistently('council quorum notice', () => recordCouncilQuorumOverdue(notice));
    await sessionMoved();
  }
}
