import { z } from 'zod';

import { blankAsUndefined, postgresUrl } from './config.schema';
import { parseSettings } from './load-config';

/** What only the test harness reads: kept out of `AppConfig`, which the apps run with. */
const testSettingsSchema = z.object({
  /** A connection allowed to CREATE DATABASE, set by the harness's global set-up. */
  NTM_TEST_ADMIN_URL: z.preprocess(blankAsUndefined, postgresUrl.optional()),
  /** The workflow bundle built once per test run. */
  NTM_TEST_WORKFLOW_BUNDLE: z.preprocess(blankAsUndefined, z.string().optional()),
  /** Write the workflow histories of the scenario tests as replay fixtures. */
  NTM_RECORD_HISTORIES: z.preprocess(blankAsUndefined, z.enum(['true', 'false']).optional()),
  /** Write the served OpenAPI document and its types into the web application's client. */
  NTM_UPDATE_WEB_CLIENT: z.preprocess(blankAsUndefined, z.enum(['true', 'false']).optional()),
  /** The time-skipping test server for workflow tests, when not in the tools folder. */
  TEMPORAL_TEST_SERVER_PATH: z.preprocess(blankAsUndefined, z.string().trim().optional()),
});

export type TestSettings = z.infer<typeof testSettingsSchema>;

export function loadTestSettings(env: NodeJS.ProcessEnv = process.env): TestSettings {
  return parseSettings(testSettingsSchema, env);
}
