import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';

import { unreachableDependency } from './unavailable';

describe('which dependency an error says is unreachable', () => {
  it('an Update the server rejected because no worker processed it (after a worker kill) is Temporal being unavailable', () => {
    const unprocessed = ApplicationFailure.create({
      type: 'UnprocessedUpdate',
      message: "Workflow Update is rejected because it wasn't processed by worker.",
      nonRetryable: true,
    });
    expect(unreachableDependency(new WorkflowUpdateFailedError('Workflow Update failed', unprocessed))).toBe(
      'temporal',
    );
  });

  it('an Update the workflow refused (a domain refusal) is not an outage', () => {
    const refused = ApplicationFailure.create({ type: 'DomainRefusal', message: 'refused', nonRetryable: true });
    expect(unreachableDependency(new WorkflowUpdateFailedError('Workflow Update failed', refused))).toBeUndefined();
  });
});
