import { aggregateCampaign } from './campaign';
import type { CampaignPlan, SurveyCommand, SurveyEvent } from './model';
import { refusalAfter as refusal, response, run, surveyCmd, surveyMeta } from './testing/fixtures';

const COMMUNE_OFFICER = 'mttq-xa-01';
const DISTRICT_OFFICER = 'mttq-huyen-01';
const OFFICERS: CampaignPlan['officers'] = [
  { level: 'commune', userId: COMMUNE_OFFICER },
  { level: 'district', userId: DISTRICT_OFFICER },
];

/** The command as sent by `actor` (a survey officer of the unit, listed on the campaign or not). */
const by = (actor: string, command: SurveyCommand): SurveyCommand => ({
  ...command,
  metadata: surveyMeta({ actor }),
});

/** A village of one household: its one response covers the campaign (the coverage rule is not under test). */
const ONE_HOUSEHOLD: CampaignPlan['villages'] = [{ code: 'T1', name: 'Thôn Đông', households: 1 }];

function opened(plan: Partial<CampaignPlan> = {}): SurveyEvent[] {
  const events: SurveyEvent[] = [];
  run([surveyCmd.open({ officers: OFFICERS, ...plan })], events);
  return events;
}

describe("the campaign's responsible MTTQ officers", () => {
  it('an officer of the unit not named on the campaign records, corrects and imports nothing', () => {
    const events = opened();
    run([by(COMMUNE_OFFICER, surveyCmd.record(response(1)))], events);
    const batch: SurveyCommand = {
      type: 'ImportSurveyResponses',
      data: { fileSha256: 'c'.repeat(64), fileName: 'thon-dong.csv', skippedRows: 0, responses: [] },
      metadata: surveyMeta(),
    };
    for (const command of [surveyCmd.record(response(2)), surveyCmd.correct(response(1, false)), batch]) {
      expect(refusal(events, by('mttq-xa-02', command))).toMatchObject({
        kind: 'forbidden',
        code: 'survey.not-responsible-officer',
        messageVi: 'Chỉ cán bộ MTTQ phụ trách đợt khảo sát mới được ghi nhận phiếu.',
        details: { officers: [COMMUNE_OFFICER, DISTRICT_OFFICER] },
      });
    }
  });

  it('the named officers of any level enter responses', () => {
    const events = opened();
    run(
      [by(DISTRICT_OFFICER, surveyCmd.record(response(1))), by(COMMUNE_OFFICER, surveyCmd.record(response(2)))],
      events,
    );
    expect(aggregateCampaign(events).responses.size).toBe(2);
  });

  it("a commune's campaign is closed and certified by its commune-level officer, not by the district's", () => {
    const events = opened({ villages: ONE_HOUSEHOLD });
    run([by(DISTRICT_OFFICER, surveyCmd.record(response(1)))], events);
    expect(refusal(events, by(DISTRICT_OFFICER, surveyCmd.close()))).toMatchObject({
      kind: 'forbidden',
      code: 'survey.not-certifying-officer',
      details: { command: 'CloseSurveyCampaign', level: 'commune', officers: [COMMUNE_OFFICER] },
    });
    run([by(COMMUNE_OFFICER, surveyCmd.close())], events);
    expect(refusal(events, by(DISTRICT_OFFICER, surveyCmd.certify())).code).toBe('survey.not-certifying-officer');
    run([by(COMMUNE_OFFICER, surveyCmd.certify())], events);
    expect(events.at(-1)).toMatchObject({ type: 'SurveyCampaignCertified', data: { certifiedBy: COMMUNE_OFFICER } });
  });

  it("a district's campaign needs a district-level officer, who alone closes and certifies it", () => {
    const communeOnly = [{ level: 'commune' as const, userId: COMMUNE_OFFICER }];
    expect(refusal([], surveyCmd.open({ unitKind: 'district', officers: communeOnly })).details).toEqual({
      field: 'officers',
    });
    const events = opened({ unitKind: 'district', villages: ONE_HOUSEHOLD });
    run([by(COMMUNE_OFFICER, surveyCmd.record(response(1)))], events);
    expect(refusal(events, by(COMMUNE_OFFICER, surveyCmd.close())).details).toMatchObject({ level: 'district' });
    run([by(DISTRICT_OFFICER, surveyCmd.close()), by(DISTRICT_OFFICER, surveyCmd.certify())], events);
    expect(aggregateCampaign(events).status).toBe('certified');
  });
});
