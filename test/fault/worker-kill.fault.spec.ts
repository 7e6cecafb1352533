import { faultJourney, readModelAt, storedStream, untilAnswered, type Answer } from '../support/fault-journey';
import { startFaultSystem, type FaultSystem } from '../support/fault-system';
import { until } from '../support/until';

describe('a worker killed with SIGKILL during parallel appraisals loses and duplicates nothing', () => {
  let system: FaultSystem;
  beforeAll(async () => {
    system = await startFaultSystem();
  });
  afterAll(() => system?.stop());

  it('every acknowledged appraisal is stored once, versions have no gap, and the read models catch up', async () => {
    let worker = system.startWorker();
    const { fileForAppraisal, appraisals } = faultJourney(system);
    const dossierId = await fileForAppraisal('kill9');
    const commands = appraisals(dossierId, 'kill9');

    const acknowledged = new Map<string, Answer>();
    const inFlight = commands.map(({ criterionId, send }) =>
      send().then((answer) => {
        if (answer.status === 200) acknowledged.set(criterionId, answer);
        return answer;
      }),
    );
    await until(async () => acknowledged.size > 0, 'a first appraisal acknowledged');
    await worker.kill('SIGKILL');
    const acknowledgedBeforeKill = acknowledged.size;
    const restartedAt = Date.now();
    worker = system.startWorker();

    // Every request is answered in the end: in flight through the new worker, or sent again with its key.
    const firstAnswers = await Promise.all(inFlight);
    let recoveredAt = 0;
    for (const [index, { criterionId, send }] of commands.entries()) {
      if (firstAnswers[index].status === 200) continue;
      const answer = await untilAnswered(send, `appraisal of ${criterionId} after the restart`);
      expect(answer.status).toBe(200);
      acknowledged.set(criterionId, answer);
      recoveredAt ||= Date.now();
    }
    recoveredAt ||= Date.now();

    const { versions, appraised } = await storedStream(system, dossierId);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    expect([...acknowledged.keys()].sort()).toEqual(commands.map((c) => c.criterionId).sort());
    for (const { criterionId } of commands) expect(appraised.get(criterionId)).toBe(1);
    await readModelAt(system, dossierId, versions.length);

    process.stdout.write(
      `fault: worker SIGKILL — ${commands.length} appraisals sent in parallel, ${acknowledgedBeforeKill} acknowledged before the kill, ` +
        `${acknowledged.size} acknowledged in all, ${appraised.size} stored once each, ${versions.length} events without a gap, ` +
        `commands answered again ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart\n`,
    );
  });
});
