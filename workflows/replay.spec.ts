import { Worker } from '@temporalio/worker';

import { recordedHistories, workflowBundleOptions } from '@ntm/test-support';

/**
 * Dossiers in flight must survive every deploy: the histories recorded by the scenario tests
 * (`NTM_RECORD_HISTORIES=true npx jest workflows/dossier`) replay against the current workflow
 * code. A change that would break them needs a `patched()` branch, not a new fixture (see README).
 */
describe('workflow replay of recorded histories', () => {
  const histories = recordedHistories();

  it('has recorded histories of the recognition workflow to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(5);
  });

  it('replays every recorded history without non-determinism', async () => {
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ ...workflowBundleOptions() }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  });
});
