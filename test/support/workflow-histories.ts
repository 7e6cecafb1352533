import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { WorkflowHandle } from '@temporalio/client';
import { historyFromJSON, historyToJSON } from '@temporalio/common/lib/proto-utils';

import { loadTestSettings } from '@ntm/config';

/** Recorded histories of the workflow scenario tests, replayed against the current code in CI. */
export const HISTORIES_DIR = resolve(__dirname, '..', 'fixtures', 'workflow-histories');

/** With NTM_RECORD_HISTORIES=true, a scenario test keeps its workflow's history as a fixture. */
export async function recordHistory(name: string, handle: WorkflowHandle): Promise<void> {
  if (loadTestSettings().NTM_RECORD_HISTORIES !== 'true') return;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  writeFileSync(resolve(HISTORIES_DIR, `${name}.json`), historyToJSON(await handle.fetchHistory()));
}

export function recordedHistories() {
  return readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      history: historyFromJSON(JSON.parse(readFileSync(resolve(HISTORIES_DIR, file), 'utf8'))),
    }));
}
