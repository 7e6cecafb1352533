import { aggregate, currentStep, dossierSummary, initialState } from '@ntm/domain';
import {
  clearStep,
  cmd,
  councilMembers,
  criterionIds,
  filingCommands,
  history,
  recognitionCommands,
  run,
} from '@ntm/domain/testing/fixtures';
import { stepwiseRevocationCommands } from '@ntm/domain/testing/revocation-fixtures';
import type { RecordedEvent } from '@ntm/event-store';

import { type AgendaRows, applyAgendaEvent } from './council-agenda.projector';
import { applyReviewEvent, type ReviewRows } from './criterion-review.projector';
import { foldDossier, summaryRow } from './dossier-summary.projector';
import { recordedHistory } from './testing';

const STREAM = 'dossier-d-1';

function notice(type: 'AppraisalOverdue' | 'AppraisalReminderSent', criterionId: string, dueDate: string) {
  const data = { kind: 'overdue', dossierId: 'd-1', round: 1, stepIndex: 0, criterionId, department: 'x', dueDate };
  return { streamId: 'dossier-notices-d-1', type, data } as RecordedEvent;
}

/** The worker's notice that a council session was short of its quorum at its deadline. */
const quorumNotice = (session: number, subject?: 'revocation') =>
  ({
    streamId: 'dossier-notices-d-1',
    type: 'CouncilQuorumOverdue',
    data: {
      dossierId: 'd-1',
      ...(subject ? { subject } : {}),
      round: 1,
      stepIndex: 0,
      tier: 'province',
      session,
      dueDate: '2026-05-06',
    },
  }) as RecordedEvent;

const reviewsAfter = (events: readonly RecordedEvent[]): ReviewRows => {
  const rows: ReviewRows = new Map();
  events.forEach((event) => applyReviewEvent(rows, event));
  return rows;
};

describe('dossier summary fold', () => {
  it('continuing the fold batch by batch gives the summary of the whole stream', () => {
    const events = recordedHistory(STREAM, history(...filingCommands(), cmd.submit('province')));
    const last = events[events.length - 1];
    const rest = foldDossier(foldDossier(initialState(), events.slice(0, 4)), events.slice(4));
    const whole = summaryRow(foldDossier(initialState(), events), last);
    expect(summaryRow(rest, last)).toEqual(whole);
    expect(whole).toMatchObject({ dossierId: 'd-1', status: 'in-review', lastVersion: events.length });
    expect(whole?.metCount).toBe(dossierSummary(aggregate(history(...filingCommands())))?.criteria.metCount);
  });

  it('shows nothing before a dossier is registered', () => {
    expect(summaryRow(initialState(), recordedHistory(STREAM, history(cmd.register()))[0])).toBeUndefined();
  });

  it('keeps what the detail shows, bounded by the criteria set: verdicts in the set’s order, comments, the coordinator’s task', () => {
    const events = recordedHistory(STREAM, history(...filingCommands(), cmd.submit('province')));
    const row = summaryRow(foldDossier(initialState(), events), events[events.length - 1]);
    expect(row?.criterionVerdicts.map(({ criterionId }) => criterionId)).toEqual(criterionIds);
    expect(row).toMatchObject({ commentsTotal: 1, commentsUnanswered: 0, coordinatorTask: 'dispatch' });
    expect(row).toMatchObject({ revocation: null, revocationPending: false, measurement: expect.any(Object) });
    expect(row).not.toHaveProperty('state');
  });
});

describe('criterion reviews', () => {
  const dispatched = recordedHistory(
    STREAM,
    history(...filingCommands(), cmd.submit('province'), cmd.assign('province')),
  );

  it('a dispatched criterion is pending with its department and due date', () => {
    expect(reviewsAfter(dispatched).get('d-1/1/0/c-income')).toMatchObject({
      department: 'thong-ke',
      dueDate: '2026-04-15',
      status: 'pending',
      overdue: false,
    });
  });

  it('an overdue notice flags the criterion; extending the deadline clears the flag', () => {
    const { events } = run(
      [cmd.extend('c-income')],
      run([...filingCommands(), cmd.submit('province'), cmd.assign('province')]),
    );
    const extended = recordedHistory(STREAM, events);
    const overdue = notice('AppraisalOverdue', 'c-income', '2026-04-15');
    expect(reviewsAfter([...dispatched, overdue]).get('d-1/1/0/c-income')?.overdue).toBe(true);
    const rows = reviewsAfter([...extended.slice(0, -1), overdue, extended[extended.length - 1]]);
    expect(rows.get('d-1/1/0/c-income')).toMatchObject({ overdue: false, dueDate: '2026-04-30' });
  });

  it('a notice about a due date since extended changes nothing', () => {
    const stale = notice('AppraisalReminderSent', 'c-income', '2026-04-01');
    expect(reviewsAfter([...dispatched, stale]).get('d-1/1/0/c-income')?.reminderSent).toBe(false);
  });

  it('appraising records the verdict and clears the overdue flag', () => {
    const { events } = run(
      [cmd.requestSupplement('c-poverty'), cmd.appraise('c-income', 'not-met')],
      run([...filingCommands(), cmd.submit('province'), cmd.assign('province')]),
    );
    const rows = reviewsAfter([
      ...recordedHistory(STREAM, events),
      notice('AppraisalOverdue', 'c-income', '2026-04-15'),
    ]);
    expect(rows.get('d-1/1/0/c-income')).toMatchObject({ status: 'appraised', verdict: 'not-met', overdue: false });
    expect(rows.get('d-1/1/0/c-poverty')).toMatchObject({ status: 'supplement-requested', supplementRequests: 1 });
  });
});

describe('criterion reviews follow the domain’s review of each criterion', () => {
  it('status, verdict, due date and supplements of every row are the dossier’s own, a supplement after an appraisal included', () => {
    const commands = [
      ...filingCommands(),
      cmd.submit('province'),
      cmd.assign('province'),
      cmd.appraise('c-income', 'not-met'),
      cmd.requestSupplement('c-income'),
      cmd.requestSupplement('c-poverty'),
      cmd.provideSupplement('c-poverty'),
      cmd.extend('c-poverty'),
      cmd.appraise('c-poverty'),
    ];
    const state = aggregate(history(...commands));
    const reviews = state.status === 'in-review' ? Object.values(currentStep(state.round)?.reviews ?? {}) : [];
    expect(reviews).toHaveLength(criterionIds.length);
    const rows = reviewsAfter(recordedHistory(STREAM, history(...commands)));
    for (const review of reviews) {
      expect(rows.get(`d-1/1/0/${review.criterionId}`)).toMatchObject({
        status: review.status,
        verdict: review.verdict ?? null,
        dueDate: review.dueDate,
        supplementRequests: review.supplementRequests,
      });
    }
    expect(rows.get('d-1/1/0/c-income')).toMatchObject({ status: 'supplement-requested', verdict: null });
  });
});

describe('council agenda fold', () => {
  it('counts votes of the open council, never how anyone voted (secret ballot)', () => {
    const step = clearStep('province');
    const events = recordedHistory(STREAM, history(...filingCommands(), ...step.slice(0, -3)));
    const rows: AgendaRows = new Map();
    events.forEach((event) => applyAgendaEvent(rows, event));
    const row = rows.get('d-1');
    expect(row).toMatchObject({ tier: 'province', session: 1, members: councilMembers, votesCount: 3 });
    expect(row?.subject).toBe('recognition');
    expect(JSON.stringify(row)).not.toMatch(/approve|Đồng ý/);
  });

  it('a quorum notice flags its own open session, not a later one', () => {
    const step = clearStep('province');
    const events = recordedHistory(STREAM, history(...filingCommands(), ...step.slice(0, -4)));
    const rows: AgendaRows = new Map();
    [...events, quorumNotice(2)].forEach((event) => applyAgendaEvent(rows, event));
    expect(rows.get('d-1')).toMatchObject({ votesCount: 2, quorumOverdue: false, quorumDueDate: null });
    applyAgendaEvent(rows, quorumNotice(1));
    expect(rows.get('d-1')).toMatchObject({ votesCount: 2, quorumOverdue: true, quorumDueDate: '2026-05-06' });
  });

  it('a revocation council is on the agenda as such; only a notice about the revocation council flags it', () => {
    const untilVotes = stepwiseRevocationCommands().slice(0, 8);
    expect(untilVotes.map((c) => c.type).slice(-3)).toEqual(['OpenCouncil', 'CastVote', 'CastVote']);
    const events = recordedHistory(STREAM, history(...recognitionCommands(), ...untilVotes));
    const rows: AgendaRows = new Map();
    events.forEach((event) => applyAgendaEvent(rows, event));
    expect(rows.get('d-1')).toMatchObject({ subject: 'revocation', session: 1, votesCount: 2, quorumOverdue: false });
    // The recognition council of the same round, step and session number was another session.
    applyAgendaEvent(rows, quorumNotice(1));
    expect(rows.get('d-1')).toMatchObject({ subject: 'revocation', quorumOverdue: false, quorumDueDate: null });
    applyAgendaEvent(rows, quorumNotice(1, 'revocation'));
    expect(rows.get('d-1')).toMatchObject({ subject: 'revocation', quorumOverdue: true, quorumDueDate: '2026-05-06' });
  });

  it('a revocation council is on the agenda while it sits; a dismissal ends it', () => {
    const untilCouncil = stepwiseRevocationCommands().slice(0, 6);
    expect(untilCouncil.at(-1)?.type).toBe('OpenCouncil');
    const events = recordedHistory(STREAM, history(...recognitionCommands(), ...untilCouncil));
    const rows: AgendaRows = new Map();
    events.forEach((event) => applyAgendaEvent(rows, event));
    expect(rows.get('d-1')).toMatchObject({ tier: 'province', session: 1, votesCount: 0 });
    const dismissed = history(...recognitionCommands(), ...untilCouncil, cmd.dismissRevocation()).at(-1)!;
    applyAgendaEvent(rows, recordedHistory(STREAM, [dismissed], events.length + 1)[0]!);
    expect(rows.get('d-1')).toBeNull();
  });

  it('a concluded council leaves the agenda', () => {
    const events = recordedHistory(STREAM, history(...filingCommands(), ...clearStep('province')));
    const rows: AgendaRows = new Map();
    events.forEach((event) => applyAgendaEvent(rows, event));
    expect(rows.get('d-1')).toBeNull();
  });
});
