import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkerOptions } from '@temporalio/worker';

import { loadConfig, loadTestSettings } from '@ntm/config';
import { webpackConfigHook, workflowsPath } from '@ntm/worker/workflow-bundle';
import { registerSearchAttributes } from '@ntm/worker/dossiers/search-attributes';

import { startTestTemporal } from './servers';

/**
 * The time-skipping test server from the tools folder (or TEMPORAL_TEST_SERVER_PATH); SDK download
 * otherwise. It takes no search-attribute flags: the dossier's are registered as the worker does.
 */
export async function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = loadTestSettings().TEMPORAL_TEST_SERVER_PATH;
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: path ? { type: 'existing-path', path } : { type: 'cached-download' } },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/** The bundle built once by globalSetup, so each test's worker starts in milliseconds. */
export function workflowBundleOptions(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const codePath = loadTestSettings().NTM_TEST_WORKFLOW_BUNDLE;
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath, bundlerOptions: { webpackConfigHook } };
}

/**
 * A dev server of a spec's own that suggests a continue-as-new once a run's history reaches
 * `historyEvents` (4,096 by default; the time-skipping server takes no such setting), and a test
 * environment on it.
 */
export async function earlyContinueAsNewEnvironment(historyEvents: number) {
  const server = await startTestTemporal({ 'limit.historyCount.suggestContinueAsNew': historyEvents });
  const env = await TestWorkflowEnvironment.createFromExistingServer({
    address: server.address,
    namespace: loadConfig().TEMPORAL_NAMESPACE,
  });
  const stop = async () => {
    await env.teardown();
    await server.stop();
  };
  return { env, stop };
}
