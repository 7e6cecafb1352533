import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkerOptions } from '@temporalio/worker';

import { loadConfig } from '@ntm/config';
import { webpackConfigHook, workflowsPath } from '@ntm/worker/workflow-bundle';
import { registerSearchAttributes } from '@ntm/worker/dossiers/search-attributes';

/**
 * The time-skipping test server from the tools folder (or TEMPORAL_TEST_SERVER_PATH); SDK download
 * otherwise. It takes no search-attribute flags: the dossier's are registered as the worker does.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = loadConfig().TEMPORAL_TEST_SERVER_PATH;
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: path ? { type: 'existing-path', path } : { type: 'cached-download' } },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/** The bundle built once by globalSetup, so each test's worker starts in milliseconds. */
export function workflowBundleOptions(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const codePath = loadConfig().NTM_TEST_WORKFLOW_BUNDLE;
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath, bundlerOptions: { webpackConfigHook } };
}
