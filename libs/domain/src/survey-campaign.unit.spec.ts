import type { DossierCommand } from './commands';
import { ConflictError } from './errors';
import { initialState } from './state';
import { dossierForSurvey } from './survey-campaign';
import { cmd, recognitionCommands, run } from './testing/fixtures';

const stateAfter = (...commands: DossierCommand[]) => run(commands).state;
const filed = [cmd.register(), cmd.selfAssess()];
const posted = [...filed, cmd.post()];
const closed = [...posted, cmd.closePosting()];

describe('dossierForSurvey: on which dossier an MTTQ survey campaign may open (QĐ 18/2022/QĐ-TTg)', () => {
  it.each([
    ['while the results are posted for comments (a campaign is prepared)', posted],
    ['once the posting period is closed', closed],
    ['after a failed survey (surveyed again)', [...closed, cmd.survey(100, 50)]],
  ])('opens %s', (_, commands) => {
    const state = stateAfter(...commands);
    expect(dossierForSurvey(state)).toBe(state);
  });

  it.each([
    ['not registered', []],
    ['registered', [cmd.register()]],
    ['self-assessed, results not posted yet', filed],
    ['in review', [...closed, cmd.survey(), cmd.submit('province')]],
    ['refused', [...closed, cmd.survey(), cmd.submit('province'), cmd.refuse()]],
    ['withdrawn', [...posted, cmd.withdraw()]],
    ['recognised', recognitionCommands()],
  ])('refuses a dossier %s as not at the survey step', (_, commands) => {
    const state = commands.length ? stateAfter(...commands) : initialState();
    const refusal = dossierForSurvey(state);
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).toMatchObject({ code: 'survey.dossier-not-ready', details: { status: state.status } });
  });

  it('never opens a campaign after a passed survey', () => {
    const refusal = dossierForSurvey(stateAfter(...closed, cmd.survey(100, 95)));
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal).toMatchObject({ code: 'survey.already-passed' });
  });
});
