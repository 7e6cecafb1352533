import { randomUUID } from 'node:crypto';

import fc from 'fast-check';

import { openProjectionFixture, type ProjectionFixture, settle } from './testing/projection-fixture';
import { streamActivityProjector } from './stream-activity/stream-activity.projector';

const NAME = streamActivityProjector.name;

describe('rebuild', () => {
  let fixture: ProjectionFixture;
  beforeAll(async () => {
    fixture = await openProjectionFixture([streamActivityProjector], { poolSize: 4, batchSize: 4 });
  });
  afterAll(() => fixture.close());

  const rowsOf = (prefix: string) =>
    fixture.db.dataSource.query(
      `select * from read_models.stream_activity where stream_id like $1 || '%' order by stream_id`,
      [prefix],
    );

  const step = fc.record({
    stream: fc.integer({ min: 0, max: 3 }),
    types: fc.array(fc.constantFrom('Registered', 'Appraised', 'Decided'), { minLength: 1, maxLength: 3 }),
    projectNow: fc.boolean(),
  });

  it('rebuilding from zero gives the rows that live projection, interleaved with appends, gave', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
        const prefix = `${randomUUID()}/`;
        for (const { stream, types, projectNow } of steps) {
          const events = types.map((type) => ({ eventId: randomUUID(), type, data: { stream } }));
          await fixture.store.append(`${prefix}${stream}`, 'any', events);
          if (projectNow) await fixture.runner.catchUp(NAME);
        }
        await settle(fixture.runner, [NAME]);
        const live = await rowsOf(prefix);
        const appended = steps.reduce((count, { types }) => count + types.length, 0);
        expect(live.reduce((count: number, row: { event_count: number }) => count + row.event_count, 0)).toBe(appended);
        await fixture.runner.rebuild(NAME);
        await settle(fixture.runner, [NAME]);
        expect(await rowsOf(prefix)).toEqual(live);
      }),
      { numRuns: 12 },
    );
  });
});
