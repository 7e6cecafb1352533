import { Client, Connection } from '@temporalio/client';

/**
 * Workflow ids an operator's list query finds on a Temporal server (visibility is eventually
 * consistent: waits up to `timeoutMs` for a first match, then returns what the server lists).
 */
export async function workflowsListed(
  target: { readonly address: string; readonly namespace: string },
  query: string,
  timeoutMs = 10_000,
): Promise<string[]> {
  const connection = await Connection.connect({ address: target.address });
  try {
    const client = new Client({ connection, namespace: target.namespace });
    const until = Date.now() + timeoutMs;
    for (;;) {
      const ids: string[] = [];
      for await (const workflow of client.workflow.list({ query })) ids.push(workflow.workflowId);
      if (ids.length > 0 || Date.now() > until) return ids.sort();
      await new Promise((done) => setTimeout(done, 250));
    }
  } finally {
    await connection.close();
  }
}
