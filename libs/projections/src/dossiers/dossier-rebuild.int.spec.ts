import { randomUUID } from 'node:crypto';

import type { DossierCommand, DossierEvent } from '@ntm/domain';
import {
  clearStep,
  cmd,
  filingCommands,
  history,
  recognitionCommands,
  threeTierRegime,
} from '@ntm/domain/testing/fixtures';

import { NOTIFICATION_READ, notificationsProjector } from '../notifications/notifications.projector';
import { programmeDashboardProjector } from '../programme/programme-dashboard.projector';
import { openProjectionFixture, type ProjectionFixture, settle } from '../testing/projection-fixture';
import { councilAgendaProjector } from './council-agenda.projector';
import { criterionReviewProjector } from './criterion-review.projector';
import { dossierSummaryProjector } from './dossier-summary.projector';
import { toNewEvents } from './testing';

const PROJECTORS = [
  dossierSummaryProjector,
  criterionReviewProjector,
  councilAgendaProjector,
  programmeDashboardProjector,
  notificationsProjector,
];
const NAMES = PROJECTORS.map(({ name }) => name);
const TABLES = [
  'dossier_summaries',
  'criterion_reviews',
  'council_agenda',
  'programme_dossiers',
  'programme_earlier_recognitions',
  'notifications',
  'notification_reads',
];

/** A fixture history under another dossier id: the fixtures all file `d-1`. */
function dossierHistory(dossierId: string, commands: DossierCommand[]): DossierEvent[] {
  return history(...commands).map((event) =>
    event.type === 'DossierRegistered' ? ({ ...event, data: { ...event.data, dossierId } } as DossierEvent) : event,
  );
}

describe('dossier read models and the programme dashboard: rebuild', () => {
  let fixture: ProjectionFixture;
  beforeAll(async () => {
    fixture = await openProjectionFixture(PROJECTORS, { poolSize: 4, batchSize: 7 });
  });
  afterAll(() => fixture.close());

  const snapshot = () =>
    Promise.all(
      TABLES.map((table) => fixture.db.dataSource.query(`select * from read_models.${table} order by 1, 2, 3`)),
    );

  /** Appends a history in chunks, projecting between some of them as the live worker would. */
  async function appendLive(dossierId: string, events: DossierEvent[]): Promise<void> {
    for (let from = 0; from < events.length; from += 5) {
      const chunk = toNewEvents(events.slice(from, from + 5));
      await fixture.store.append(`dossier-${dossierId}`, from, chunk);
      if (from % 10 === 0) for (const { name } of PROJECTORS) await fixture.runner.catchUp(name);
    }
  }

  it('rebuilding from zero gives the rows live projection gave, over realistic dossier histories', async () => {
    await appendLive('recognised', dossierHistory('recognised', recognitionCommands(threeTierRegime)));
    const open = [...filingCommands(), ...clearStep('province').slice(0, -2)]; // four of five votes, council open;
    await appendLive('council-open', dossierHistory('council-open', open));
    const dispatched = [...filingCommands(), cmd.submit('province'), cmd.assign('province'), cmd.appraise('c-income')];
    await appendLive('appraising', dossierHistory('appraising', dispatched));
    await fixture.store.append('dossier-notices-appraising', 'any', [
      {
        eventId: randomUUID(),
        type: 'AppraisalOverdue',
        data: {
          kind: 'overdue',
          dossierId: 'appraising',
          round: 1,
          stepIndex: 0,
          criterionId: 'c-poverty',
          department: 'ldtbxh',
          dueDate: '2026-04-15',
          at: '2026-04-16T01:00:00.000Z',
        },
      },
    ]);
    const paper = {
      unitCode: '02008',
      level: 'ntm',
      year: 2019,
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2019-12-20',
    };
    await fixture.store.append('earlier-recognitions-02008', 'any', [
      { eventId: randomUUID(), type: 'EarlierRecognitionRecorded', data: paper },
      {
        eventId: randomUUID(),
        type: 'EarlierRecognitionRecorded',
        data: { ...paper, year: 2021, decisionNumber: '9/QĐ-UBND', decisionDate: '2021-03-01' },
      },
      {
        eventId: randomUUID(),
        type: 'EarlierRecognitionRevoked',
        data: { ...paper, decisionNumber: '77/QĐ-UBND', decisionDate: '2020-06-01' },
      },
    ]);
    await settle(fixture.runner, NAMES);
    const [told]: { notification_id: string }[] = await fixture.db.dataSource.query(
      `select notification_id from read_models.notifications where kind = 'appraisal-overdue'`,
    );
    const read = { userId: 'dieu-phoi', notificationId: told.notification_id };
    await fixture.store.append('notification-reads-dieu-phoi', 'any', [
      { eventId: randomUUID(), type: NOTIFICATION_READ, data: read },
    ]);
    await settle(fixture.runner, NAMES);
    const live = await snapshot();
    // Each criterion dispatched to its department, the overdue one escalated, the council invited, the recognition told.
    expect(new Set(live[5].map((row: { kind: string }) => row.kind))).toEqual(
      new Set(['criterion-dispatched', 'appraisal-overdue', 'council-invitation', 'dossier-recognised']),
    );
    expect(live[6]).toEqual([expect.objectContaining({ user_id: 'dieu-phoi', notification_id: told.notification_id })]);
    expect(live[4].map(({ year, revoked_on }: Record<string, unknown>) => [year, revoked_on])).toEqual([
      [2019, '2020-06-01'],
      [2021, null],
    ]);
    expect(live[0].map((row: { status: string }) => row.status).sort()).toEqual([
      'in-review',
      'in-review',
      'recognised',
    ]);
    expect(live[1]).toContainEqual(expect.objectContaining({ criterion_id: 'c-poverty', overdue: true }));
    expect(live[2]).toEqual([expect.objectContaining({ dossier_id: 'council-open', votes_count: 4 })]);
    expect(
      live[3].map(({ dossier_id, stage_phase, recognition_year }: Record<string, unknown>) => [
        dossier_id,
        stage_phase,
        recognition_year,
      ]),
    ).toEqual([
      ['appraising', 'appraising', null],
      ['council-open', 'council-open', null],
      ['recognised', 'council-concluded', 2026],
    ]);
    for (const { name } of PROJECTORS) await fixture.runner.rebuild(name);
    await settle(fixture.runner, NAMES);
    expect(await snapshot()).toEqual(live);
  });
});
