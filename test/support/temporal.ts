import { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkerOptions } from '@temporalio/worker';

import { loadConfig } from '@ntm/config';
import { webpackConfigHook, workflowsPath } from '@ntm/worker/workflow-bundle';

/** The time-skipping test server from the tools folder (or TEMPORAL_TEST_SERVER_PATH); SDK download otherwise. */
export function timeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = loadConfig().TEMPORAL_TEST_SERVER_PATH;
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: path ? { type: 'existing-path', path } : { type: 'cached-download' } },
  });
}

/** The bundle built once by globalSetup, so each test's worker starts in milliseconds. */
export function workflowBundleOptions(): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions'> {
  const codePath = loadConfig().NTM_TEST_WORKFLOW_BUNDLE;
  return codePath ? { workflowBundle: { codePath } } : { workflowsPath, bundlerOptions: { webpackConfigHook } };
}
