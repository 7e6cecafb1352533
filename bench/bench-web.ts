import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';

import { startApi } from '@ntm/api/bootstrap';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import type { DevTokenSigner } from '@ntm/auth';
import { loadConfig } from '@ntm/config';
import { departmentOf } from '@ntm/domain/testing/fixtures';
import { PostgresEventStore } from '@ntm/event-store';
import { ProjectionRunner, projectorsWith } from '@ntm/projections';
import { dataSourceOptions } from '@ntm/runtime';

import { inReviewHistory, toNewEvent } from '../libs/audit/src/testing/histories';
import { chromiumAvailable, launchChromium, OFFICE_SCREEN } from '../test/support/browser';
import { devLoginHeaders } from '../test/support/dev-login';
import { provideTestTemporal, type Stop } from '../test/support/servers';
import { withBenchDatabase } from './bench-database';
import { type Figures, report } from './bench-report';

/**
 * What a user of the web application waits for: the JS and CSS a commune officer's first page
 * transfers, and the department queue with 1,000 criteria (250 dossiers in review) until its
 * first page is usable and until all of it is loaded, on Chromium's "Slow 3G" and unthrottled.
 */
const DOSSIERS = 250;
const PROVINCE = '19';
const COMMUNE = '02008';
/** DevTools' "Slow 3G": 400 ms × 5 latency, 500 kbit/s × 0.8 each way. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const WEB_DIR = resolve(__dirname, '..', 'web');

async function main(): Promise<void> {
  if (!chromiumAvailable) {
    console.log('bench:web bỏ qua: không có /usr/bin/chromium (skipped: Chromium missing)');
    return;
  }
  await withBenchDatabase(8, async ({ url, pool }) => {
    const stops: Stop[] = [];
    const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    const browser = await launchChromium();
    try {
      const store = new PostgresEventStore(pool);
      for (let i = 0; i < DOSSIERS; i++) {
        const dossierId = `bench-web-${String(i).padStart(3, '0')}`;
        const events = inReviewHistory({ dossierId, unit: COMMUNE, province: PROVINCE });
        await store.append(`dossier-${dossierId}`, 0, events.map(toNewEvent));
      }
      const runner = new ProjectionRunner(dataSource, store, projectorsWith(loadConfig()));
      for (const name of runner.names) await runner.catchUp(name);
      await store.drain();

      const config = { ...loadConfig(), PORT: 0, LOG_LEVEL: 'silent' as const };
      const api = await startApi(config, { databaseUrl: url, temporalAddress: await provideTestTemporal(stops) });
      stops.push(() => api.close());
      const sign = api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
      const appraiser = await sign({
        userId: 'bench-appraiser',
        name: 'Người thẩm định',
        grants: [...new Set(Object.values(departmentOf))].map((department) => ({
          role: 'department-appraiser' as const,
          unit: PROVINCE,
          department,
        })),
      });
      const commune = (await devLoginHeaders(api.url, 'can-bo-cam-giang')).authorization.replace('Bearer ', '');

      const rows: Figures[] = [await communeRoute(browser, api.url, commune)];
      for (const throttled of [false, true]) rows.push(await queue(browser, api.url, appraiser.accessToken, throttled));
      report('web', rows, summary(rows));
    } finally {
      await browser.close();
      for (const stop of stops.reverse()) await stop();
      await dataSource.destroy();
    }
  });
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** A page signed in with `token`: the session the login page would have left. */
async function signedIn(browser: Browser, token: string, actingRole?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: OFFICE_SCREEN });
  await context.addInitScript(
    ([accessToken, role]) => {
      // Runs in the page, where the session lives (apps/web/src/auth/session.tsx).
      const storage = (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } })
        .sessionStorage;
      storage.setItem('ntm.accessToken', accessToken);
      if (role) storage.setItem('ntm.actingRole', role);
    },
    [token, actingRole ?? ''] as const,
  );
  return context.newPage();
}

/** Bytes of JS and CSS the commune's first page brings over the wire, and what gzip alone would. */
async function communeRoute(browser: Browser, apiUrl: string, token: string): Promise<Figures> {
  const page = await signedIn(browser, token);
  const assets: { path: string; transferred: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (!['script', 'stylesheet'].includes(request.resourceType())) return;
    const { responseBodySize } = await request.sizes();
    assets.push({ path: new URL(request.url()).pathname, transferred: responseBodySize });
  });
  const started = Date.now();
  await page.goto(`${apiUrl}/xa`);
  await page.getByRole('heading', { name: `Hồ sơ của xã ${COMMUNE}` }).waitFor();
  const elapsed = Date.now() - started;
  await page.context().close();
  const gzip = assets.reduce((sum, { path }) => sum + readFileSync(`${WEB_DIR}${path}.gz`).length, 0);
  return {
    measure: 'commune route JS+CSS',
    files: assets.length,
    transferred_kb: Math.round(assets.reduce((sum, { transferred }) => sum + transferred, 0) / 1024),
    gzip_kb: Math.round(gzip / 1024),
    ready_ms: elapsed,
  };
}

/** The queue until its first page answers a filter, until all 1,000 rows are listed, and on a repeat visit. */
async function queue(browser: Browser, apiUrl: string, token: string, throttled: boolean): Promise<Figures> {
  const page = await signedIn(browser, token, `department-appraiser@${PROVINCE}`);
  page.context().setDefaultTimeout(600_000);
  if (throttled) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  }
  const rows = page.locator('.ant-table-row');
  const firstPageUsable = async () => {
    const started = Date.now();
    await page.goto(`${apiUrl}/tham-dinh`);
    await rows.nth(49).waitFor();
    await page.getByRole('textbox', { name: 'Lọc theo tiêu chí' }).isEditable();
    return Date.now() - started;
  };
  const started = Date.now();
  const interactive = await firstPageUsable();
  while ((await rows.count()) < DOSSIERS * 4) {
    const shown = await rows.count();
    await page.getByRole('button', { name: 'Xem thêm' }).click();
    await rows.nth(shown).waitFor();
  }
  const all = Date.now() - started;
  // The next working day's visit: the hashed assets come from the browser's cache, only the page
  // is revalidated and the data fetched.
  const repeat = await firstPageUsable();
  await page.context().close();
  return {
    measure: `queue ${throttled ? 'Slow 3G' : 'unthrottled'}`,
    rows: DOSSIERS * 4,
    interactive_ms: interactive,
    repeat_visit_ms: repeat,
    all_rows_ms: all,
  };
}

function summary(rows: Figures[]): Figures {
  const [route, fast, slow] = rows;
  return {
    commune_route_gzip_kb: route.gzip_kb,
    commune_route_transferred_kb: route.transferred_kb,
    commune_route_goal_kb: 300,
    queue_interactive_slow_3g_ms: slow.interactive_ms,
    queue_interactive_unthrottled_ms: fast.interactive_ms,
    queue_repeat_visit_slow_3g_ms: slow.repeat_visit_ms,
    queue_interactive_goal_ms: 4000,
    queue_slow_3g_vs_unthrottled_ratio: Number((Number(slow.interactive_ms) / Number(fast.interactive_ms)).toFixed(1)),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
