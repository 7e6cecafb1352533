import type { Identity } from '@ntm/auth';

import { until } from './until';

type Sign = (identity: Identity) => Promise<{ accessToken: string }>;

/** GET as a person holding one grant: the JSON body, failing loudly on anything but 200. */
export type Get = (path: string) => Promise<unknown>;

export function apiReader(apiUrl: string, sign: Sign) {
  return (identity: Identity): Get =>
    async (path) => {
      const { accessToken } = await sign(identity);
      const response = await fetch(`${apiUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
      const body: unknown = await response.json();
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`);
      return body;
    };
}

interface ProjectionStatus {
  readonly projection: string;
  readonly eventsBehind: number;
}

/** Waits until every projection has applied every event, so what the API returns is the whole log's. */
export async function projectionsCaughtUp(admin: Get): Promise<string[]> {
  return until(async () => {
    const { items } = (await admin('/admin/projections')) as { items: ProjectionStatus[] };
    return items.every((item) => item.eventsBehind === 0) && items.map((item) => item.projection);
  }, 'every projection caught up');
}

/**
 * Empties every read model and replays the event store into it (the admin endpoint, the same
 * code the worker runs live); returns the projections rebuilt and the events each read.
 */
export async function rebuildEveryProjection(
  admin: Get,
  post: (path: string) => Promise<{ status: number; body: Record<string, unknown> }>,
): Promise<Record<string, number>> {
  const rebuilt: Record<string, number> = {};
  for (const name of await projectionsCaughtUp(admin)) {
    const { status, body } = await post(`/admin/projections/${name}/rebuild`);
    if (status !== 200) throw new Error(`rebuild ${name}: ${status} ${JSON.stringify(body)}`);
    rebuilt[name] = Number(body.eventsRead);
  }
  await projectionsCaughtUp(admin);
  return rebuilt;
}

/** What a set of readers see through the API, by label: compared before and after a rebuild. */
export async function readModelsSeenBy(views: Readonly<Record<string, () => Promise<unknown>>>) {
  const seen: Record<string, unknown> = {};
  for (const [label, view] of Object.entries(views)) seen[label] = await view();
  return seen;
}
