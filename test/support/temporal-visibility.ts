import { Client, Connection } from '@temporalio/client';

import { until } from './until';

type Target = { readonly address: string; readonly namespace: string };

/** Workflow ids an operator's list query finds now on a Temporal server. */
export async function workflowsListedNow(target: Target, query: string): Promise<string[]> {
  const connection = await Connection.connect({ address: target.address });
  try {
    const client = new Client({ connection, namespace: target.namespace });
    const ids: string[] = [];
    for await (const workflow of client.workflow.list({ query })) ids.push(workflow.workflowId);
    return ids.sort();
  } finally {
    await connection.close();
  }
}

/**
 * The ids a list query finds once it finds any (visibility is eventually consistent); a query
 * that never matches fails rather than answering nothing.
 */
export async function workflowsListed(target: Target, query: string): Promise<string[]> {
  return until(async () => {
    const ids = await workflowsListedNow(target, query);
    return ids.length > 0 && ids;
  }, `workflows listed by ${query}`);
}
