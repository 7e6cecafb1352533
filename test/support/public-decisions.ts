import { aggregate, type DossierEvent } from '@ntm/domain';
import { cmd, run } from '@ntm/domain/testing/fixtures';
import { dossierStreamId, type EventStore } from '@ntm/event-store';

import { recognitionHistory, toNewEvent } from '../../libs/audit/src/testing/histories';
import { devLoginHeaders } from './dev-login';
import type { TestSystem } from './system';
import { until } from './until';

/** Chủ tịch UBND tỉnh Thái Nguyên and the province's administrator (libs/auth/data/demo-users.yaml). */
const APPROVER = 'chu-tich-thai-nguyen';
const ADMINISTRATOR = 'quan-tri-thai-nguyen';

/** The people the fixtures' events name: none may appear on a public page. */
export const PEOPLE_IN_HISTORY = ['approver-1', 'coordinator-1', 'commune-officer-1', 'Chủ tịch UBND tỉnh'];

/** A real commune's dossier, registered to recognised (decision 123/QĐ-UBND of 01/05/2026), appended to the store. */
export async function recognised(store: EventStore, dossierId: string, unit: string): Promise<DossierEvent[]> {
  const events = recognitionHistory({ dossierId, unit, province: '19' });
  await appendFrom(store, dossierId, [], events);
  return events;
}

/** Its recognition revoked by decision `decisionNumber` of 01/06/2027 after a proposal (fixtures' commands). */
export async function revoked(
  store: EventStore,
  dossierId: string,
  history: readonly DossierEvent[],
  decisionNumber: string,
) {
  const commands = [cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.revoke(decisionNumber)];
  await appendFrom(store, dossierId, history, run(commands, { state: aggregate(history), events: [] }).events);
}

async function appendFrom(
  store: EventStore,
  dossierId: string,
  before: readonly unknown[],
  events: readonly DossierEvent[],
) {
  for (const [index, event] of events.entries())
    await store.append(dossierStreamId(dossierId), before.length + index, [toNewEvent(event)]);
}

export interface PublicVerification {
  readonly code: string;
  readonly url: string;
  readonly qrSvg: string;
  readonly status: 'valid' | 'revoked';
}

/**
 * The printed code as the approver's authenticated read gives it, once the read model shows the
 * dossier's decision in `status` (logged in once: the dev login is rate-limited too).
 */
export function publicVerifications(system: () => TestSystem) {
  let headers: Promise<Record<string, string>> | undefined;
  return async (dossierId: string, status: PublicVerification['status'] = 'valid') => {
    headers ??= devLoginHeaders(system().api.url, APPROVER);
    const init = { headers: await headers };
    return until(async () => {
      const answer = await system().request(`/api/v1/dossiers/${dossierId}/public-verification`, init);
      const body = answer.status === 200 && ((await answer.json()) as PublicVerification);
      return body && body.status === status && body;
    }, `public verification of ${dossierId} ${status}`);
  };
}

/** A checkpoint signed now by the administrator: the pages show its root. */
export async function signCheckpoint(system: TestSystem): Promise<{ merkleRoot: string; takenAt: string }> {
  const headers = await devLoginHeaders(system.api.url, ADMINISTRATOR);
  const taken = await system.request('/api/v1/audit/checkpoints', { method: 'POST', headers });
  if (taken.status !== 200) throw new Error(`checkpoint: HTTP ${taken.status}`);
  return (await taken.json()) as { merkleRoot: string; takenAt: string };
}

export async function rebuildPublicDecisions(system: TestSystem): Promise<void> {
  const headers = await devLoginHeaders(system.api.url, ADMINISTRATOR);
  const rebuilt = await system.request('/api/v1/admin/projections/public_decisions/rebuild', {
    method: 'POST',
    headers,
  });
  if (rebuilt.status !== 200) throw new Error(`rebuild: HTTP ${rebuilt.status}`);
}
