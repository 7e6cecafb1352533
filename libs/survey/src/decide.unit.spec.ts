import { createCalendar } from '@ntm/calendar';

import { aggregateCampaign } from './campaign';
import { decideSurvey } from './decide';
import type { CampaignPlan, SurveyCommand, SurveyEvent } from './model';
import { tallyCampaign } from './tally';
import {
  campaignPlan,
  decideAfter as decide,
  refusalAfter as refusal,
  response,
  run,
  surveyCmd,
  surveyMeta,
} from './testing/fixtures';

/** `satisfied` of `total` households answer satisfied on the overall question. */
function answered(total: number, satisfied: number, plan: Partial<CampaignPlan> = {}): SurveyEvent[] {
  const events: SurveyEvent[] = [];
  run(
    [
      surveyCmd.open(plan),
      ...Array.from({ length: total }, (_, i) => surveyCmd.record(response(i + 1, i < satisfied))),
    ],
    events,
  );
  return events;
}

/** One village (thôn) of `households` households: households 1…n of `response`. */
const oneVillage = (households: number) => ({ villages: [{ code: 'T1', name: 'Thôn Đông', households }] });

describe('satisfaction survey campaign (MTTQ)', () => {
  it('opens with the closing date counted in working days (the 30/4–1/5 holidays do not count)', () => {
    const decision = decide([], surveyCmd.open({ opensOn: '2026-04-28', durationWorkingDays: 3 }));
    const [opened] = decision.ok ? decision.value : [];
    expect(opened).toMatchObject({ type: 'SurveyCampaignOpened', data: { closesOn: '2026-05-04' } });
  });

  it('counts on the province’s calendar: a day off it declared moves the closing date, and is no opening day', () => {
    const calendar = createCalendar({ extraDaysOff: [{ date: '2026-04-22', name: 'Nghỉ theo quyết định của tỉnh' }] });
    const opening = surveyCmd.open({ opensOn: '2026-04-20', durationWorkingDays: 3 });
    const counted = decideSurvey(opening, aggregateCampaign([]), calendar);
    expect(counted).toMatchObject({ ok: true, value: [{ data: { closesOn: '2026-04-23' } }] });
    expect(decideSurvey(opening, aggregateCampaign([]))).toMatchObject({
      value: [{ data: { closesOn: '2026-04-22' } }],
    });
    const onTheDayOff = surveyCmd.open({ opensOn: '2026-04-22' });
    expect(decideSurvey(onTheDayOff, aggregateCampaign([]), calendar)).toMatchObject({
      ok: false,
      error: { details: { field: 'opensOn' } },
    });
  });

  it('refuses a plan without a stated sample rule, an unknown overall question or a past opening date', () => {
    expect(refusal([], surveyCmd.open({ samplePlan: { kind: 'sample', size: 50, rule: '' } })).details).toEqual({
      field: 'samplePlan',
    });
    const questionnaire = { ...campaignPlan().questionnaire, overallQuestionId: 'q9' };
    expect(refusal([], surveyCmd.open({ questionnaire })).details).toEqual({
      field: 'questionnaire.overallQuestionId',
    });
    expect(refusal([], surveyCmd.open({ opensOn: '2026-03-31' })).details).toEqual({ field: 'opensOn' });
  });

  it('the rate exactly at the threshold meets it; one household fewer does not', () => {
    expect(tallyCampaign(aggregateCampaign(answered(100, 90)))?.overall).toEqual({
      respondents: 100,
      satisfied: 90,
      rate: 0.9,
      threshold: 0.9,
      met: true,
    });
    expect(tallyCampaign(aggregateCampaign(answered(100, 89)))?.overall).toMatchObject({ rate: 0.89, met: false });
  });

  it('a second response of the same household is refused (409) and only an explicit correction with a reason replaces it', () => {
    const events = answered(3, 3);
    expect(refusal(events, surveyCmd.record(response(2, false)))).toMatchObject({
      kind: 'conflict',
      code: 'survey.duplicate-household',
      details: { householdCode: 'T1-2' },
    });
    expect(refusal(events, surveyCmd.correct(response(2, false), ' ')).details).toEqual({ field: 'reason' });
    expect(refusal(events, surveyCmd.correct(response(4, false))).code).toBe('survey.no-response-to-correct');
    const state = run([surveyCmd.correct(response(2, false))], [...events]);
    expect(tallyCampaign(state)?.overall).toMatchObject({ respondents: 3, satisfied: 2 });
  });

  it('household codes only: a phone number or a name in place of the code is refused', () => {
    const events = answered(1, 1);
    const phone = { ...response(5), householdCode: '0912 345 678' };
    const name = { ...response(5), householdCode: 'Nguyễn Văn An' };
    expect(refusal(events, surveyCmd.record(phone)).code).toBe('survey.personal-data');
    expect(refusal(events, surveyCmd.record(name)).code).toBe('survey.personal-data');
    expect(refusal(events, surveyCmd.record({ ...response(5), householdCode: 'T1-61' })).code).toBe(
      'survey.unknown-household',
    );
    expect(refusal(events, surveyCmd.record({ ...response(5), village: 'T9' })).code).toBe('survey.unknown-village');
  });

  it('a household code is written one way: T1-05, "T1- 5" or T1-0x5 is not a second household beside T1-5', () => {
    const events = answered(5, 5);
    for (const householdCode of ['T1-05', 'T1- 5', 'T1-\u000b5', 'T1-5.0', 'T1-0x5', 'T1-5e0', 'T1-+5']) {
      expect(refusal(events, surveyCmd.record({ ...response(5), householdCode })).code).toBe(
        'survey.unknown-household',
      );
    }
  });

  it('every question needs an answer; a reason only from the list and only when dissatisfied', () => {
    const events = answered(1, 1);
    const missing = { ...response(7), answers: response(7).answers.slice(0, 2) };
    expect(refusal(events, surveyCmd.record(missing))).toMatchObject({
      code: 'survey.missing-answer',
      details: { field: 'q3' },
    });
    const reason = {
      ...response(7),
      answers: [{ questionId: 'q1', satisfied: false, reason: 'khac' }, ...response(7).answers.slice(1)],
    };
    expect(refusal(events, surveyCmd.record(reason)).code).toBe('survey.invalid-reason');
  });

  it('groups dissatisfaction reasons and tallies per village and per question with their denominators', () => {
    const tally = tallyCampaign(
      run([surveyCmd.open(), surveyCmd.record(response(1)), surveyCmd.record(response(61, false))]),
    )!;
    expect(tally.villages.map((v) => [v.code, v.satisfied, v.respondents])).toEqual([
      ['T1', 1, 1],
      ['T2', 0, 1],
    ]);
    expect(tally.questions.map((q) => q.respondents)).toEqual([2, 2, 2]);
    expect(tally.reasons).toEqual([
      { code: 'duong-xuong-cap', label: 'Đường xuống cấp', count: 3, byQuestion: { q1: 1, q2: 1, q3: 1 } },
    ]);
  });

  it('an import is all or nothing, in chunks, and the same file a second time appends nothing', () => {
    const events: SurveyEvent[] = [];
    run([surveyCmd.open()], events);
    const batch: SurveyCommand = {
      type: 'ImportSurveyResponses',
      data: {
        fileSha256: 'c'.repeat(64),
        fileName: 'thon-dong.csv',
        skippedRows: 0,
        responses: [1, 2, 3].map((n) => response(n, true, 'import')),
      },
      metadata: surveyMeta(),
    };
    run([batch], events);
    expect(events.map((e) => e.type)).toEqual(['SurveyCampaignOpened', 'SurveyResponsesImported']);
    expect(decide(events, { ...batch, metadata: surveyMeta() })).toEqual({ ok: true, value: [] });
    const clash = {
      ...batch,
      data: {
        ...batch.data,
        fileSha256: 'd'.repeat(64),
        responses: [response(4, true, 'import'), response(1, true, 'import')],
      },
    };
    expect(refusal(events, clash)).toMatchObject({
      code: 'survey.duplicate-household',
      details: { householdCode: 'T1-1' },
    });
  });

  it('a certified result cannot change except by a new campaign', () => {
    const events = answered(10, 9, oneVillage(12));
    run([surveyCmd.close(), surveyCmd.certify()], events);
    expect(events.at(-1)).toMatchObject({
      type: 'SurveyCampaignCertified',
      data: { respondents: 10, satisfied: 9, rate: 0.9, threshold: 0.9, passed: true, certifiedBy: 'mttq-xa-01' },
    });
    for (const command of [
      surveyCmd.certify(),
      surveyCmd.record(response(20)),
      surveyCmd.correct(response(1, false)),
      surveyCmd.close(),
    ])
      expect(refusal(events, command).code).toBe('survey.already-certified');
  });

  it('a sample campaign closes only once the stated sample size is reached', () => {
    const events: SurveyEvent[] = [];
    run(
      [
        surveyCmd.open({
          ...oneVillage(4),
          samplePlan: { kind: 'sample', size: 3, rule: 'Tối thiểu 70% số hộ, chọn ngẫu nhiên' },
        }),
        surveyCmd.record(response(1)),
      ],
      events,
    );
    expect(refusal(events, surveyCmd.close())).toMatchObject({
      code: 'survey.sample-incomplete',
      details: { respondents: 1, required: 3 },
    });
    expect(refusal(events, surveyCmd.certify()).code).toBe('survey.invalid-state');
  });

  describe('minimum coverage of households (default 70% of the households of the villages surveyed)', () => {
    it('a sample of one household is not certified: 422 naming the coverage achieved and required', () => {
      const events = answered(1, 1);
      run([surveyCmd.close()], events);
      expect(refusal(events, surveyCmd.certify())).toMatchObject({
        kind: 'forbidden',
        code: 'survey.coverage-insufficient',
        details: { households: 120, respondents: 1, requiredCoverage: 0.7, requiredRespondents: 84 },
      });
      expect(refusal(events, surveyCmd.certify()).messageVi).toContain('cần tối thiểu 70% số hộ (84 hộ)');
    });

    it('exactly 70% is certified, with its coverage; one household fewer is not', () => {
      const reached = answered(7, 7, oneVillage(10));
      run([surveyCmd.close(), surveyCmd.certify()], reached);
      expect(reached.at(-1)).toMatchObject({
        type: 'SurveyCampaignCertified',
        data: { coverage: { households: 10, respondents: 7, share: 0.7, required: 0.7, met: true } },
      });
      const short = answered(6, 6, oneVillage(10));
      run([surveyCmd.close()], short);
      expect(refusal(short, surveyCmd.certify()).details).toMatchObject({ coverage: 0.6, requiredRespondents: 7 });
    });

    it('the coverage is the regime’s: a campaign opened with 50% is certified at half of the households', () => {
      const events = answered(60, 60, { coverage: 0.5 });
      expect(tallyCampaign(aggregateCampaign(events))?.coverage).toMatchObject({
        share: 0.5,
        required: 0.5,
        met: true,
      });
      run([surveyCmd.close(), surveyCmd.certify()], events);
      expect(events.at(-1)?.type).toBe('SurveyCampaignCertified');
    });

    it('a sample plan smaller than the coverage could never be certified: refused at opening', () => {
      const plan = { samplePlan: { kind: 'sample', size: 83, rule: 'Chọn ngẫu nhiên' } } as const;
      expect(refusal([], surveyCmd.open(plan)).details).toEqual({ field: 'samplePlan' });
      expect(decide([], surveyCmd.open({ samplePlan: { ...plan.samplePlan, size: 84 } })).ok).toBe(true);
    });
  });
});
