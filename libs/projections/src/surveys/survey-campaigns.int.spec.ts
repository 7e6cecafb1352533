import { randomUUID } from 'node:crypto';

import { PostgresEventStore } from '@ntm/event-store';
import type { SurveyEvent } from '@ntm/survey';
import { response, run, surveyCmd } from '@ntm/survey/testing/fixtures';
import { createTestDatabase, projectedRows, type TestDatabase } from '@ntm/test-support';

import { ProjectionRunner } from '../projection-runner';
import { surveyCampaignsProjector } from './survey-campaigns.projector';

const toNew = (events: readonly SurveyEvent[]) =>
  events.map(({ type, data, metadata }) => ({ eventId: randomUUID(), type, data, metadata: { ...metadata } }));

describe('survey campaigns read model', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.openPool(2));
    runner = new ProjectionRunner(db.dataSource, store, [surveyCampaignsProjector], { batchSize: 3 });
  });
  afterAll(async () => {
    await store.drain();
    await db.drop();
  });

  const rows = () => db.dataSource.query(`select * from read_models.survey_campaigns order by campaign_id`);

  it('lists each campaign with the households answered, the closing notices and the certified rate; a rebuild gives the same rows', async () => {
    const certified: SurveyEvent[] = [];
    // Villages of 3 and 2 households: four answers cover the 70% a certification needs.
    const villages = [
      { code: 'T1', name: 'Thôn Đông', households: 3 },
      { code: 'T2', name: 'Thôn Đoài', households: 2 },
    ];
    run(
      [surveyCmd.open({ villages }), ...[1, 2, 3, 61].map((n) => surveyCmd.record(response(n, n !== 61)))],
      certified,
    );
    run([surveyCmd.correct(response(2, false)), surveyCmd.close(), surveyCmd.certify()], certified);
    await store.append('survey-camp-1', 'no-stream', toNew(certified));
    const open: SurveyEvent[] = [];
    run([surveyCmd.open({}, 'camp-2'), surveyCmd.record(response(5))], open);
    await store.append('survey-camp-2', 'no-stream', toNew(open));
    await store.append('survey-notices-camp-2', 'any', [
      {
        eventId: randomUUID(),
        type: 'SurveyClosingDatePassed',
        data: {
          kind: 'due',
          dossierId: 'd-1',
          campaignId: 'camp-2',
          closesOn: '2026-04-14',
          at: '2026-04-14T17:00:00.000Z',
        },
      },
    ]);
    const caughtUp = () => projectedRows(runner, [surveyCampaignsProjector.name], rows, 2);
    const live = await caughtUp();
    expect(live).toEqual([
      expect.objectContaining({ campaign_id: 'camp-1', status: 'certified', respondents: 4, rate: 0.5, passed: false }),
      expect.objectContaining({ campaign_id: 'camp-2', status: 'open', respondents: 1, closing_date_passed: true }),
    ]);
    await runner.rebuild(surveyCampaignsProjector.name);
    expect(await caughtUp()).toEqual(live);
  });
});
