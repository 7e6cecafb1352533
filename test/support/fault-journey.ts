import { vietnamDateOf } from '@ntm/calendar';
import type { DevTokenSigner } from '@ntm/auth';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';

import { apiActor, appraisalPlan, filingSteps, rulesFiledOn, type Send } from './dossier-journey';
import type { FaultSystem } from './fault-system';
import { until } from './until';

export const PROVINCE = '19';
export const COMMUNE = '02008';
const GROUP = { group: 2 } as const;

export type Answer = Awaited<ReturnType<Send>>;

/** Sends until the answer is not 503 (a dependency away): the same request, the same Idempotency-Key. */
export async function untilAnswered(send: () => Promise<Answer>, what: string, waitMs = 300_000): Promise<Answer> {
  let answer: Answer | undefined;
  await until(
    async () => {
      answer = await send();
      return answer.status !== 503;
    },
    what,
    waitMs,
  );
  return answer as Answer;
}

/**
 * People acting on a fault system through HTTP, and a dossier brought to the province's appraisal
 * (every request with its own Idempotency-Key, so any of them may be sent again).
 */
export function faultJourney(system: FaultSystem) {
  const signer = system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
  const as = apiActor(system.api.url, signer);
  const commune = as('commune-officer', COMMUNE);
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);

  const fileForAppraisal = async (label: string): Promise<string> => {
    const registration = { unitCode: COMMUNE, level: 'ntm', year: 2026, communeGroup: 2 };
    const registered = await untilAnswered(
      () => commune('/dossiers', registration, { 'idempotency-key': `${label}-dang-ky` }),
      'a worker to register the dossier',
    );
    expect(registered.status).toBe(201);
    const id = String(registered.body.dossierId);
    for (const [send, path, body] of filingSteps(rules, GROUP, commune, as('survey-officer', COMMUNE))) {
      const answer = await untilAnswered(
        () => send(`/dossiers/${id}/${path}`, body, { 'idempotency-key': `${label}-${path}` }),
        path,
      );
      expect(answer.status).toBe(200);
    }
    return id;
  };

  const appraisals = (id: string, label: string) =>
    appraisalPlan(rules).map(({ criterionId, department, judgements }) => ({
      criterionId,
      send: () =>
        as('department-appraiser', PROVINCE, { department })(
          `/dossiers/${id}/criteria/${criterionId}/appraisal`,
          { verdict: 'met', findings: 'Đạt', judgements },
          { 'idempotency-key': `${label}-tham-dinh-${criterionId}` },
        ),
    }));

  return { as, fileForAppraisal, appraisals };
}

/** The dossier's stream as stored: versions and, per appraised criterion, how many times. */
export async function storedStream(system: FaultSystem, dossierId: string) {
  const rows = (await system.db.dataSource.query(
    `select stream_version as version, type, data->>'criterionId' as "criterionId"
       from event_store.events where stream_id = $1 order by stream_version`,
    [`dossier-${dossierId}`],
  )) as { version: string | number; type: string; criterionId: string | null }[];
  const appraised = new Map<string, number>();
  for (const row of rows.filter((r) => r.type === 'CriterionAppraised')) {
    appraised.set(String(row.criterionId), (appraised.get(String(row.criterionId)) ?? 0) + 1);
  }
  return { versions: rows.map((row) => Number(row.version)), appraised };
}

/** Waits until the dossier's read model shows `version` (the projections caught up after the fault). */
export async function readModelAt(system: FaultSystem, dossierId: string, version: number): Promise<void> {
  const { accessToken } = await system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER)({
    userId: 'dieu-phoi-fault',
    name: 'Điều phối',
    grants: [{ role: 'province-coordinator', unit: PROVINCE }],
  });
  await until(async () => {
    const response = await fetch(`${system.api.url}/api/v1/dossiers/${dossierId}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return response.headers.get('etag') === `W/"${version}"`;
  }, `the read model at version ${version}`);
}
