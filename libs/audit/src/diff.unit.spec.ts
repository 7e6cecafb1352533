import type { DossierEvent } from '@ntm/domain';
import { cmd, criterionIds, filingCommands, history } from '@ntm/domain/testing/fixtures';
import type { RecordedEvent } from '@ntm/event-store';

import { diffStates } from './diff';
import { stateOf } from './point-in-time';

/** Domain events as the store would return them (metadata's schema version moved to its column). */
const recorded = (events: readonly DossierEvent[]): RecordedEvent[] =>
  events.map(({ type, data, metadata: { schemaVersion, ...metadata } }, index) => ({
    globalPosition: index + 1,
    transactionId: String(index + 1),
    streamId: 'dossier-d-1',
    streamVersion: index + 1,
    eventId: `e-${index}`,
    type,
    schemaVersion,
    data,
    metadata,
    recordedAt: new Date(Date.UTC(2026, 3, 1, 0, index)),
    hash: `h-${index}`,
  }));

const events = recorded(
  history(
    ...filingCommands(),
    cmd.submit('province'),
    cmd.assign('province'),
    cmd.requestSupplement('c-income'),
    cmd.provideSupplement('c-income', { 'i-income': 52 }),
    ...criterionIds.map((id) => cmd.appraise(id, id === 'c-poverty' ? 'not-met' : 'met')),
  ),
);
const at = (version: number) => stateOf(events.slice(0, version));
const versionOf = (type: string) => events.findIndex((e) => e.type === type) + 1;

describe('the difference between two states of a dossier', () => {
  it('lists exactly the criteria whose verdict changed, with before and after', () => {
    const before = versionOf('CriterionAppraised') - 1;
    const diff = diffStates(at(before), at(events.length));
    // c-income and c-planning were met by the self-assessment and stay met: not listed.
    expect(diff.criteria).toEqual({
      'c-poverty': { from: 'met', to: 'not-met' },
      'c-security': { from: 'needs-judgement', to: 'met' },
    });
    expect(diff.status).toBeUndefined();
  });

  it('shows an indicator value corrected by a supplement, and nothing else among the indicators', () => {
    const supplement = versionOf('SupplementProvided');
    expect(diffStates(at(supplement - 1), at(supplement)).indicators).toEqual({ 'i-income': { from: 50, to: 52 } });
  });

  it('shows status and round changes from registration to review', () => {
    const diff = diffStates(at(1), at(versionOf('DossierSubmitted')));
    expect(diff.status).toEqual({ from: 'registered', to: 'in-review' });
    expect(diff.round).toBeUndefined();
    expect(Object.keys(diff.criteria).sort()).toEqual([...criterionIds].sort());
  });

  it('is empty between a state and itself', () => {
    expect(diffStates(at(5), at(5))).toEqual({ fromVersion: 5, toVersion: 5, criteria: {}, indicators: {} });
  });

  it('starts from nothing before the first event', () => {
    expect(at(0)).toMatchObject({ version: 0, status: 'unregistered', summary: null });
  });
});
