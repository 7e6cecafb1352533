import { createCalendar } from '@ntm/calendar';

import {
  councilDeadline,
  councilSessionKey,
  explanationDeadline,
  explanationDueDate,
  explanationOverdueCommand,
} from './deadlines';
import type { DossierCommand } from './commands';
import { dispatchOnSubmission, extendForSupplement } from './system-commands';
import { clearStep, cmd, criterionIds, filingCommands, NOW, run, twoTierRegime } from './testing/fixtures';
import { revokedStepwise } from './testing/revocation-fixtures';

/** The command as if sent at `now` (the fixtures send every command at 01/04/2026 09:00, Vietnam time). */
const at = (command: DossierCommand, now: string): DossierCommand => ({
  ...command,
  metadata: { ...command.metadata, now },
});

const submitted = () => run([...filingCommands(), cmd.submit('province')]);
const [criterion] = criterionIds;

describe('the procedure’s deadlines, in working days of the pinned regime', () => {
  it('a submission dispatches the criteria due 10 working days later (Wed 01/04/2026 → Wed 15/04/2026)', () => {
    const { state, events } = submitted();
    const assign = dispatchOnSubmission(events.at(-1)!, state);
    expect(assign).toMatchObject({
      type: 'AssignCriteria',
      data: { tier: 'province', dueDate: '2026-04-15' },
      metadata: { role: 'system', commandId: expect.stringMatching(/\/assign$/) },
    });
    expect(dispatchOnSubmission(events[0], state)).toBeUndefined();
  });

  it('the days a supplement took (Thu 02/04 → Mon 06/04: 2 working days) move the department’s deadline by as many', () => {
    const requested = '2026-04-02T02:00:00.000Z';
    const asked = run([cmd.assign('province'), at(cmd.requestSupplement(criterion), requested)], submitted());
    const supplied = run([at(cmd.provideSupplement(criterion), '2026-04-06T02:00:00.000Z')], asked);
    const extend = extendForSupplement(supplied.events.at(-1)!, supplied.state, requested);
    expect(extend).toMatchObject({ type: 'ExtendDeadline', data: { criterionId: criterion, dueDate: '2026-04-17' } });
    const sameDay = run([at(cmd.provideSupplement(criterion), requested)], asked);
    expect(extendForSupplement(sameDay.events.at(-1)!, sameDay.state, requested)).toBeUndefined();
  });

  it('a council session must gather its quorum within 5 working days of its opening, across 30/4–1/5', () => {
    // Dispatched, every criterion appraised, the step consolidated, the council opened.
    const opened = run(clearStep('province').slice(1, criterionIds.length + 4), submitted());
    const openedAt = '2026-04-28T02:00:00.000Z';
    const deadline = councilDeadline(opened.state, (key) =>
      key === councilSessionKey(1, 0, 1) ? openedAt : undefined,
    );
    // 29/04, then 04, 05, 06 and 07/05 (30/4 and 1/5 are holidays, 2–3/5 a weekend).
    expect(deadline).toMatchObject({ session: 1, dueDate: '2026-05-07', quorumMet: false });
    expect(deadline?.endsAt).toBe('2026-05-07T17:00:00.000Z');
    expect(councilDeadline(opened.state, () => undefined)).toBeUndefined();
  });

  it('the commune has 5 working days from a revocation proposal to explain (01/04 → 08/04/2026); then the system records it overdue', () => {
    const commands = revokedStepwise();
    const proposal = commands.findIndex((command) => command.type === 'ResolveRevocationCase');
    const proposed = run(commands.slice(0, proposal + 1));
    const deadline = explanationDeadline(proposed.state);
    expect(deadline).toMatchObject({ dueDate: '2026-04-08', endsAt: '2026-04-08T17:00:00.000Z' });
    const overdue = explanationOverdueCommand(proposed.state, deadline!.proposedAt, deadline!.endsAt);
    expect(overdue).toMatchObject({ type: 'RecordExplanationOverdue', data: { dueDate: deadline!.dueDate } });
    expect(explanationOverdueCommand(proposed.state, 'another period', deadline!.endsAt)).toBeUndefined();
  });

  it('a due date recorded with the proposal stands whatever the calendar declares later (07/04 declared a day off)', () => {
    const commands = revokedStepwise();
    const index = commands.findIndex((command) => command.type === 'ResolveRevocationCase');
    const dayOff = createCalendar({ extraDaysOff: [{ date: '2026-04-07', name: 'Ngày nghỉ tỉnh công bố' }] });
    const counted = run(commands.slice(0, index + 1));
    expect(explanationDeadline(counted.state, dayOff)?.dueDate).toBe('2026-04-09');
    const dueDate = explanationDueDate(NOW, twoTierRegime, createCalendar());
    expect(dueDate).toBe('2026-04-08');
    const open = commands[index]!;
    const recorded = { ...open, data: { ...open.data, explanationDueDate: dueDate } } as DossierCommand;
    const proposed = run([...commands.slice(0, index), recorded]);
    expect(explanationDeadline(proposed.state, dayOff)).toMatchObject({ dueDate: '2026-04-08' });
  });
});
