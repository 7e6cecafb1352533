import { type Client, ServiceError, WorkflowNotFoundError } from '@temporalio/client';

import type { AppConfig } from '../platform/tokens';
import { DossierGateway } from './dossier-gateway';

const POSITION = { summary: { status: 'registered' } };
/** gRPC's DEADLINE_EXCEEDED (grpc/doc/statuscodes.md). */
const DEADLINE_EXCEEDED = 4;

/** What the client throws when the server's Query deadline passed before a worker answered. */
function queryTimedOut(): ServiceError {
  const grpc = Object.assign(new Error('4 DEADLINE_EXCEEDED: query timed out before a worker could process it'), {
    code: DEADLINE_EXCEEDED,
    details: 'query timed out before a worker could process it',
    metadata: {},
  });
  return new ServiceError('Failed to query Workflow', { cause: grpc });
}

/** A gateway whose workflow answers the Query with each of `answers` in turn. */
function gatewayAnswering(...answers: (Error | typeof POSITION)[]) {
  const query = jest.fn(async () => {
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const client = { workflow: { getHandle: () => ({ query }) } } as unknown as Client;
  return { gateway: new DossierGateway(client, {} as AppConfig), query };
}

describe("the gateway's Query of a dossier's position", () => {
  it('asks again when a loaded worker did not answer before the deadline', async () => {
    const { gateway, query } = gatewayAnswering(queryTimedOut(), queryTimedOut(), POSITION);
    await expect(gateway.position('d-1')).resolves.toEqual(POSITION);
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('gives up after three unanswered Queries, so the caller answers 503', async () => {
    const { gateway, query } = gatewayAnswering(queryTimedOut(), queryTimedOut(), queryTimedOut(), POSITION);
    await expect(gateway.position('d-1')).rejects.toBeInstanceOf(ServiceError);
    expect(query).toHaveBeenCalledTimes(3);
  });

  it('never asks again for a dossier that does not exist', async () => {
    const { gateway, query } = gatewayAnswering(new WorkflowNotFoundError('not found', 'dossier-d-1', undefined));
    await expect(gateway.position('d-1')).rejects.toMatchObject({ status: 404 });
    expect(query).toHaveBeenCalledTimes(1);
  });
});
