import { loadConfig, loadTestSettings } from '@ntm/config';
import { findExecutable } from '@ntm/runtime';
import { writeTestWorkflowBundle } from './workflow-bundle';

import { provideTestPostgres, provideTestTemporal, type Stop } from './servers';

declare global {
  var __ntmTestServers: Stop[] | undefined;
}

/** Runs once per Jest run (guarded: several projects share it) and hands addresses to workers via env. */
export default async function globalSetup(): Promise<void> {
  if (globalThis.__ntmTestServers) return;
  const stops: Stop[] = [];
  globalThis.__ntmTestServers = stops;
  const config = loadConfig();
  await provideTestServers(stops);
  const testServer = findExecutable(
    'temporal-test-server',
    loadTestSettings().TEMPORAL_TEST_SERVER_PATH,
    config.TOOLS_DIR,
    config.PATH,
  );
  if (testServer) process.env.TEMPORAL_TEST_SERVER_PATH = testServer;
  process.env.NTM_TEST_WORKFLOW_BUNDLE = await writeTestWorkflowBundle();
}

/** PostgreSQL and the Temporal dev server, their addresses in the environment `startTestSystem` reads. */
export async function provideTestServers(stops: Stop[]): Promise<void> {
  process.env.NTM_TEST_ADMIN_URL = await provideTestPostgres(stops);
  process.env.TEMPORAL_ADDRESS = await provideTestTemporal(stops);
}
