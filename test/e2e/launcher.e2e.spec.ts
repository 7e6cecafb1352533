import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { Client } from 'pg';

import { loadConfig } from '@ntm/config';
import { createTestDatabase, freePort, type TestDatabase } from '@ntm/test-support';

import { DEMO_ADMINISTRATOR, devLoginHeaders } from '../support/dev-login';
import { ensureBuilt, runLauncher, waitForOutput } from '../support/launcher';

/** Ctrl-C: stopped in order, then exit 128 + SIGINT as shells expect. */
const SIGINT_EXIT = 130;

describe('launcher (`npm start`)', () => {
  beforeAll(() => ensureBuilt());

  describe('misconfiguration stops with one clear message naming the setting and exit code 1', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['malformed DATABASE_URL', { DATABASE_URL: 'mysql://nope' }, /^\s*DATABASE_URL: .*postgres:\/\//m],
      [
        'unreachable DATABASE_URL',
        { DATABASE_URL: 'postgres://ntm@127.0.0.1:1/ntm' },
        /^DATABASE_URL: không kết nối được PostgreSQL/m,
      ],
      ['bad PORT', { PORT: 'abc' }, /^\s*PORT: phải là số cổng/m],
      ['PORT out of range', { PORT: '70000' }, /^\s*PORT: lớn nhất là 65535/m],
      [
        'unknown profile',
        { NTM_PROFILE: 'staging' },
        /NTM_PROFILE: giá trị được chấp nhận .*development, test, production/,
      ],
    ];
    it.each(cases)('%s', async (_name, env, message) => {
      const run = runLauncher(env);
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toMatch(message);
      expect(run.stderr()).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    });

    it('unreachable TEMPORAL_ADDRESS', async () => {
      const db = await createTestDatabase();
      try {
        const run = runLauncher({ DATABASE_URL: db.url, TEMPORAL_ADDRESS: '127.0.0.1:1', STARTUP_TIMEOUT_MS: '2000' });
        expect(await run.exited).toBe(1);
        expect(run.stderr()).toMatch(/^TEMPORAL_ADDRESS: không kết nối được Temporal tại 127\.0\.0\.1:1/m);
      } finally {
        await db.drop();
      }
    });
  });

  describe('with DATABASE_URL and TEMPORAL_ADDRESS given', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.drop());

    it('comes up healthy and stops cleanly on Ctrl-C', async () => {
      const port = await freePort();
      const run = runLauncher({
        DATABASE_URL: db.url,
        TEMPORAL_ADDRESS: loadConfig().TEMPORAL_ADDRESS ?? '',
        TEMPORAL_TASK_QUEUE: 'launcher-e2e',
        NTM_DEMO_DATA: 'false',
        PORT: String(port),
      });
      await waitForOutput(run, 'sẵn sàng', 600_000);
      const health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
      expect(health).toMatchObject({ status: 'ok' });
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(SIGINT_EXIT);
      expect(run.stderr()).toContain('Đã dừng');
    });
  });

  describe('with nothing configured (a fresh machine)', () => {
    it('starts embedded PostgreSQL and a Temporal dev server, prints the URLs, and keeps data across restarts', async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'ntm-launcher-'));
      const env = {
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(await freePort()),
        TEMPORAL_DEV_PORT: String(await freePort()),
        TEMPORAL_UI_PORT: String(await freePort()),
        TOOLS_DIR: loadConfig().TOOLS_DIR,
      };
      const apiUrl = `http://127.0.0.1:${env.PORT}`;
      const first = runLauncher(env);
      await waitForOutput(first, 'sẵn sàng', 600_000);
      expect(first.stderr()).toContain(`OpenAPI docs: ${apiUrl}/api/docs`);
      expect(first.stderr()).toContain(`Temporal UI:  http://127.0.0.1:${env.TEMPORAL_UI_PORT}`);
      const recorded = await (
        await fetch(`${apiUrl}/api/v1/diagnostics/round-trips`, {
          method: 'POST',
          headers: await devLoginHeaders(apiUrl, DEMO_ADMINISTRATOR),
        })
      ).json();
      first.child.kill('SIGINT');
      expect(await first.exited).toBe(SIGINT_EXIT);

      const second = runLauncher(env);
      await waitForOutput(second, 'sẵn sàng', 600_000);
      const again = await fetch(`${apiUrl}/api/v1/diagnostics/round-trips`, {
        method: 'POST',
        headers: { ...(await devLoginHeaders(apiUrl, DEMO_ADMINISTRATOR)), 'Idempotency-Key': 'after-restart' },
      });
      expect(again.status).toBe(201);
      const health = await (await fetch(`${apiUrl}/health`)).json();
      expect(health).toMatchObject({ status: 'ok' });
      const client = new Client({
        connectionString: `postgres://postgres:ntm-embedded@127.0.0.1:${env.EMBEDDED_PG_PORT}/ntm`,
      });
      await client.connect();
      const kept = await client.query('select id from ops.round_trips where id = $1', [
        (recorded as { id: string }).id,
      ]);
      await client.end();
      expect(kept.rowCount).toBe(1);

      // A second system on the same data folder: PostgreSQL's own reason, not a bare failure.
      const clash = runLauncher({ ...env, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
      const clashExit = await Promise.race([clash.exited, delay(600_000).then(() => 'still running')]);
      clash.child.kill('SIGINT');
      expect(clashExit).toBe(1);
      expect(clash.stderr()).toMatch(/^DATA_DIR: .*\(embedded PostgreSQL failed\): .*postmaster\.pid/m);

      second.child.kill('SIGINT');
      expect(await second.exited).toBe(SIGINT_EXIT);
      expect(second.stderr()).toContain('Đã dừng');
    });
  });
});
