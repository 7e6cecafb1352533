import { apiJourney } from '../support/api-journey';
import { relayedDatabaseUrl, tcpRelay, type TcpRelay } from '../support/tcp-relay';
import { until } from '../support/until';

const PROVINCE = '19';
const COMMUNE = '02008';

describe('while PostgreSQL or Temporal is unreachable the API answers 503 and recovers by itself', () => {
  let database: TcpRelay;
  let temporal: TcpRelay;
  const { as, sign, system } = apiJourney({
    apiEndpoints: async (direct) => {
      database = await tcpRelay(new URL(direct.databaseUrl).host);
      temporal = await tcpRelay(direct.temporalAddress);
      return { databaseUrl: relayedDatabaseUrl(direct.databaseUrl, database), temporalAddress: temporal.address };
    },
  });
  const commune = as('commune-officer', COMMUNE);
  afterAll(() => Promise.all([database?.cut(), temporal?.cut()]));

  const get = async (path: string) => {
    const { accessToken } = await sign({
      userId: 'dieu-phoi-outage',
      name: 'Điều phối',
      grants: [{ role: 'province-coordinator', unit: PROVINCE }],
    });
    return system().request(path, { headers: { authorization: `Bearer ${accessToken}` } });
  };

  const expectUnavailable = async (response: Response, dependency: string) => {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ code: 'unavailable', dependency });
  };

  it('PostgreSQL cut: queries answer 503 with Retry-After, /health names it; restored: answers again', async () => {
    await database.cut();
    try {
      await expectUnavailable(await get('/api/v1/dossiers'), 'database');
      const health = await get('/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ code: 'unavailable', down: expect.arrayContaining(['postgres']) });
    } finally {
      await database.restore();
    }
    await until(
      async () => (await get('/api/v1/dossiers')).status === 200,
      'the dossier list after PostgreSQL is back',
    );
    expect((await get('/health')).status).toBe(200);
  });

  it('Temporal cut: a command answers 503 with Retry-After, /health names it; restored: the same request is taken', async () => {
    const registration = { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 };
    const key = { 'idempotency-key': 'dang-ky-khi-temporal-mat' };
    await temporal.cut();
    try {
      const refused = await commune('/dossiers', registration, key);
      expect(refused).toMatchObject({ status: 503, body: { code: 'unavailable', dependency: 'temporal' } });
      const health = await get('/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ down: ['temporal'] });
    } finally {
      await temporal.restore();
    }
    let answer = await commune('/dossiers', registration, key);
    await until(async () => {
      answer = await commune('/dossiers', registration, key);
      return answer.status !== 503;
    }, 'the registration after Temporal is back');
    expect(answer.status).toBe(201);
  });
});
