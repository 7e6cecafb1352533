import { faultJourney, readModelAt, storedStream, untilAnswered, type Answer } from '../support/fault-journey';
import { startFaultSystem, type FaultSystem } from '../support/fault-system';
import { relayedDatabaseUrl, tcpRelay, type TcpRelay } from '../support/tcp-relay';

/** Light load: one command at a time, a little apart. */
const PACE_MS = 250;

describe('PostgreSQL lost under light load: 503 meanwhile, recovery by itself, nothing lost', () => {
  let system: FaultSystem;
  let database: TcpRelay;
  let relayedUrl = '';
  beforeAll(async () => {
    system = await startFaultSystem({
      apiEndpoints: async (direct) => {
        database = await tcpRelay(new URL(direct.databaseUrl).host);
        relayedUrl = relayedDatabaseUrl(direct.databaseUrl, database);
        return { ...direct, databaseUrl: relayedUrl };
      },
    });
  });
  afterAll(async () => {
    await system?.stop();
    await database?.cut();
  });

  it('every connection of API and worker is cut mid-load, then restored: all commands stored once, read models catch up', async () => {
    system.startWorker({ databaseUrl: relayedUrl, temporalAddress: String(system.config.TEMPORAL_ADDRESS) });
    const { fileForAppraisal, appraisals } = faultJourney(system);
    const dossierId = await fileForAppraisal('pg');
    const commands = appraisals(dossierId, 'pg');
    const pace = () => new Promise((done) => setTimeout(done, PACE_MS));

    const answers: Answer[] = [];
    const cutAfter = Math.floor(commands.length / 3);
    let unavailable = 0;
    let restoredAt = 0;
    for (const [index, { send }] of commands.entries()) {
      if (index === cutAfter) await database.cut();
      const answer = await send();
      answers.push(answer);
      if (answer.status === 503) {
        expect(answer.body).toMatchObject({ code: 'unavailable', dependency: 'database' });
        unavailable += 1;
      }
      // Back after two refusals: the rest of the load meets a database that has just returned.
      if (unavailable === 2 && !restoredAt) {
        await database.restore();
        restoredAt = Date.now();
      }
      await pace();
    }
    expect(unavailable).toBeGreaterThanOrEqual(2);

    let recoveredAt = 0;
    for (const [index, { criterionId, send }] of commands.entries()) {
      if (answers[index].status === 200) continue;
      const answer = await untilAnswered(send, `appraisal of ${criterionId} after PostgreSQL is back`);
      expect(answer.status).toBe(200);
      recoveredAt ||= Date.now();
    }

    const { versions, appraised } = await storedStream(system, dossierId);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    for (const { criterionId } of commands) expect(appraised.get(criterionId)).toBe(1);
    await readModelAt(system, dossierId, versions.length);

    const acknowledgedFirstTime = answers.filter((answer) => answer.status === 200).length;
    process.stdout.write(
      `fault: PostgreSQL cut — ${commands.length} appraisals at ${PACE_MS} ms apart, ${unavailable} answered 503 meanwhile, ` +
        `${acknowledgedFirstTime} acknowledged at first, ${appraised.size} stored once each, ${versions.length} events without a gap, ` +
        `commands accepted again ${(((recoveredAt || Date.now()) - restoredAt) / 1000).toFixed(1)} s after PostgreSQL was back\n`,
    );
  });
});
