import type { Identity } from '@ntm/auth';

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
export async function projectionsCaughtUp(admin: Get, timeoutMs = 20_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { items } = (await admin('/admin/projections')) as { items: ProjectionStatus[] };
    if (items.every((item) => item.eventsBehind === 0)) return items.map((item) => item.projection);
    if (Date.now() > until) throw new Error(`projections behind: ${JSON.stringify(items)}`);
    await new Promise((done) => setTimeout(done, 200));
  }
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
