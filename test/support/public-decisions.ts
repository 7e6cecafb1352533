import { aggregate, type DossierEvent } from '@ntm/domain';
import { cmd, run } from '@ntm/domain/testing/fixtures';
import { dossierStreamId, type EventStore } from '@ntm/event-store';

import { inReviewHistory, recognitionHistory, toNewEvent } from '../../libs/audit/src/testing/histories';
import { devLoginHeaders } from './dev-login';
import type { TestSystem } from './system';
import { until } from './until';

/** Chủ tịch UBND tỉnh Thái Nguyên and the province's administrator (libs/auth/data/demo-users.yaml). */
const APPROVER = 'chu-tich-thai-nguyen';
const ADMINISTRATOR = 'quan-tri-thai-nguyen';

/** The people the fixtures' events name: none may appear on a public page. */
export const PEOPLE_IN_HISTORY = ['approver-1', 'coordinator-1', 'commune-officer-1', 'Chủ tịch UBND tỉnh'];

/** A real commune's dossier, registered to recognised (decision 123/QĐ-UBND of 01/05/2026), appended to the store. */
export async function recognised(
  store: EventStore,
  dossierId: string,
  unit: string,
  province = '19',
): Promise<DossierEvent[]> {
  const events = recognitionHistory({ dossierId, unit, province });
  await appendFrom(store, dossierId, [], events);
  return events;
}

/** A real commune's dossier submitted and in review: no decision yet. */
export async function inReview(store: EventStore, dossierId: string, unit: string): Promise<void> {
  await appendFrom(store, dossierId, [], inReviewHistory({ dossierId, unit, province: '19' }));
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
 * dossier's decision in `status`; or the problem the read answers for a dossier with no decision to
 * show (logged in once: the dev login is rate-limited too).
 */
export function publicVerifications(system: () => TestSystem) {
  let headers: Promise<Record<string, string>> | undefined;
  const read = async (dossierId: string) => {
    headers ??= devLoginHeaders(system().api.url, APPROVER);
    const answer = await system().request(`/api/v1/dossiers/${dossierId}/public-verification`, {
      headers: await headers,
    });
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown> };
  };
  return {
    verified: (dossierId: string, status: PublicVerification['status'] = 'valid') =>
      until(async () => {
        const answer = await read(dossierId);
        const body = answer.status === 200 && (answer.body as unknown as PublicVerification);
        return body && body.status === status && body;
      }, `public verification of ${dossierId} ${status}`),
    /** Until the read model holds the dossier, any dossier is simply not found. */
    refused: (dossierId: string, code: string) =>
      until(async () => {
        const answer = await read(dossierId);
        return answer.body.code === code && answer;
      }, `public verification of ${dossierId} refused with ${code}`),
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
