import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bundleWorkflowCode } from '@temporalio/worker';

import { webpackConfigHook, workflowsPath } from '@ntm/worker/workflow-bundle';

/** Bundles `workflows/` once per test run; every test worker loads the file instead of re-bundling. */
export async function writeTestWorkflowBundle(): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath, webpackConfigHook, logger: quietLogger });
  const path = join(await mkdtemp(join(tmpdir(), 'ntm-workflows-')), 'workflow-bundle.js');
  await writeFile(path, code);
  return path;
}

const ignore = () => undefined;
const quietLogger = { trace: ignore, debug: ignore, info: ignore, warn: ignore, error: ignore, log: ignore };
