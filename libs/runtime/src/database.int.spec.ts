import { createTestDatabase, type TestDatabase } from '@ntm/test-support';

describe('database migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('creates the operational schema: diagnostics round trips and the requests Idempotency-Keys name', async () => {
    const rows = await db.dataSource.query(
      `select table_name from information_schema.tables where table_schema = 'ops' order by table_name`,
    );
    expect(rows).toEqual([{ table_name: 'idempotency_keys' }, { table_name: 'round_trips' }]);
  });

  it('is idempotent: migrating an up-to-date database applies nothing', async () => {
    const { migrate } = await import('@ntm/runtime');
    await expect(migrate(db.url)).resolves.toEqual([]);
  });
});
