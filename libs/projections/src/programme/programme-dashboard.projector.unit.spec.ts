import { cmd, criterionIds, filingCommands, history, recognitionCommands } from '@ntm/domain/testing/fixtures';

import { recordedHistory } from '../dossiers/testing';
import { foldRow } from './programme-dashboard.projector';

const STREAM = 'dossier-d-1';

describe('the programme dashboard’s dossier row', () => {
  it('continuing batch by batch gives the row of the whole stream', () => {
    const events = recordedHistory(STREAM, history(...recognitionCommands()));
    expect(foldRow(foldRow(undefined, events.slice(0, 9)), events.slice(9))).toEqual(foldRow(undefined, events));
  });

  it('a recognised dossier counts in the year its decision recognises, with every criterion met', () => {
    const row = foldRow(undefined, recordedHistory(STREAM, history(...recognitionCommands())));
    expect(row).toMatchObject({
      status: 'recognised',
      recognitionYear: 2026,
      recognisedOn: '2026-05-01',
      revokedOn: null,
    });
    expect(row?.metCount).toBe(criterionIds.length);
    expect(Object.values(row?.criterionVerdicts ?? {})).toEqual(criterionIds.map(() => 'met'));
  });

  it('a revoked recognition keeps its year and says when it was revoked', () => {
    const commands = [...recognitionCommands(), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.revoke()];
    const row = foldRow(undefined, recordedHistory(STREAM, history(...commands)));
    expect(row).toMatchObject({ status: 'revoked', recognitionYear: 2026, revokedOn: '2027-06-01' });
  });

  it('time in stage runs from the event that entered it: appraising one more criterion does not restart it', () => {
    const events = recordedHistory(
      STREAM,
      history(...filingCommands(), cmd.submit('province'), cmd.assign('province'), cmd.appraise('c-income')),
    );
    const assigned = events.findIndex(({ type }) => type === 'CriteriaAssigned');
    const row = foldRow(undefined, events);
    expect(row).toMatchObject({ status: 'in-review', stageTier: 'province', stagePhase: 'appraising' });
    expect(row?.stageSince).toEqual(events[assigned]!.recordedAt);
    expect(row?.updatedAt).toEqual(events.at(-1)!.recordedAt);
  });

  it('shows nothing before a dossier is registered', () => {
    expect(foldRow(undefined, [])).toBeUndefined();
  });
});
