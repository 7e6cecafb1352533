/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { aggregate } from '../evolve';
import { given } from '../testing/decider-specification';
import { cmd, filingCommands, history, recognitionCommands } from '../testing/fixtures';

describe('2025 reorganisation: the dossier of a merged commune', () => {
  it('is carried over to the commune formed from it, keeping its rules, round and history', () => {
    const before = history(...filingCommands().slice(0, 3));
    const events = given(before)
      .when(cmd.carryOver('xa-moi', 'Xã mới tiếp nhận hồ sơ đang lấy ý kiến'))
      .thenEmits(
        ['DossierCarriedOver'],
        [{ previousUnit: { code: 'xa-01', kind: 'commune' }, unit: { code: 'xa-moi', kind: 'commune' }, round: 1 }],
      );
    const state = aggregate([...before, ...events]);
    const earlier = aggregate(before);
    expect(state).toMatchObject({ status: 'posted', dossier: { unit: { code: 'xa-moi' } } });
    if (state.status === 'unregistered' || earlier.status === 'unregistered') throw new Error('filed');
    expect(state.dossier.rules).toEqual(earlier.dossier.rules);
    expect(state.round).toEqual(earlier.round);
  });

  it('continues its procedure under the successor after the carry-over', () => {
    given(history(...filingCommands().slice(0, 3), cmd.carryOver()))
      .when(cmd.comment())
      .thenEmits(['CommentRecorded']);
  });

  it('is closed by the coordinator with the reason recorded, and takes no more commands', () => {
    const before = history(...filingCommands());
    const events = given(before)
      .when(cmd.closeOnMerger('xa-moi', 'Xã mới lập hồ sơ theo bộ tiêu chí 2026–2030'))
      .thenEmits(
        ['DossierClosedOnMerger'],
        [
          {
            reason: 'Xã mới lập hồ sơ theo bộ tiêu chí 2026–2030',
            successor: { code: 'xa-moi' },
            fromStatus: 'surveyed',
          },
        ],
      );
    expect(aggregate([...before, ...events])).toMatchObject({
      status: 'withdrawn',
      reason: 'Xã mới lập hồ sơ theo bộ tiêu chí 2026–2030',
    });
    given([...before, ...events])
      .when(cmd.submit('province'))
      .thenFails('dossier.invalid-state', 'conflict');
  });

  it('needs a reason to close and a note to carry over', () => {
    const filed = history(...filingCommands().slice(0, 2));
    given(filed).when(cmd.closeOnMerger('xa-moi', '  ')).thenFails('command.invalid-field');
    given(filed).when(cmd.carryOver('xa-moi', '')).thenFails('command.invalid-field');
  });

  it('cannot be carried over to its own unit', () => {
    given(history(...filingCommands().slice(0, 2)))
      .when(cmd.carryOver('xa-01'))
      .thenFails('command.invalid-field');
  });

  it('a recognised dossier is not carried over: the recognition stays with the predecessor', () => {
    given(history(...recognitionCommands()))
      .when(cmd.carryOver())
      .thenFails('dossier.invalid-state');
  });
});
