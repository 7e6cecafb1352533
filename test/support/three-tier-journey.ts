import type { Identity } from '@ntm/auth';
import type { PinnedRules, Variant } from '@ntm/catalogue';

import { appraisalPlan, filingSteps, type Send } from './dossier-journey';
import type { Get } from './read-models';
import { until } from './until';

/** A command that must succeed: on failure the problem+json shows in the report. */
export async function ok(reply: ReturnType<Send>): Promise<void> {
  const { status, body } = await reply;
  expect({ status, body: status === 200 ? 'ok' : body }).toEqual({ status: 200, body: 'ok' });
}

/** A department's or division's work queue, once the projection shows what the test waits for. */
export function queueOf(read: Get, ready: (criterionIds: string[]) => boolean, who: string): Promise<string[]> {
  return until(async () => {
    const { items } = (await read('/work-queues/department')) as { items: { criterionId: string }[] };
    const ids = items.map((item) => item.criterionId);
    return ready(ids) && ids;
  }, `the queue of ${who}`);
}

/** An appraiser as a reader of their queue: the identity a department's or division's grant gives. */
export const appraiserIdentity = (role: Identity['grants'][number]['role'], unit: string, department: string) => ({
  userId: `${role}-${unit}-${department}`,
  name: 'Cán bộ thẩm tra',
  grants: [{ role, unit, department }],
});

/** Who acts on a dossier of the three-tier procedure (commune → district → province). */
export interface ThreeTierActors {
  readonly commune: Send;
  readonly surveyOfficer: Send;
  /** Who reviews a criterion at a step (`stepIndex`), given the body it was dispatched to. */
  readonly reviewer: (stepIndex: number, criterionId: string, department: string) => Send | Promise<Send>;
  /** Consolidates the district step. */
  readonly districtCoordinator: Send;
  /** Opens and closes the district council. */
  readonly districtSecretary: Send;
  readonly districtCouncilMember: (userId: string) => Send;
  /** Sends the verified dossier on to the province. */
  readonly toProvince: Send;
  readonly provinceCoordinator: Send;
  readonly secretary: Send;
  readonly councilMember: (userId: string) => Send;
}

/**
 * The steps of a three-tier dossier through the HTTP API, each ending where the next begins, so a
 * journey can look at the dossier in between: filed to the district; each criterion reviewed at a
 * step (every indicator met); the district council then the submission to the province; the
 * province's consolidation and council, up to the decision.
 */
export function threeTierSteps(id: string, rules: PinnedRules, variant: Variant, actors: ThreeTierActors) {
  const at = (path: string) => `/dossiers/${id}/${path}`;
  return {
    async fileToDistrict() {
      const filing = filingSteps(rules, variant, actors.commune, actors.surveyOfficer).slice(0, -1);
      for (const [send, path, body] of filing) await ok(send(at(path), body));
      await ok(actors.commune(at('submissions'), { tier: 'district' }));
    },
    async review(stepIndex: number, findings: string) {
      for (const { criterionId, department, judgements } of appraisalPlan(rules, stepIndex)) {
        const reviewer = await actors.reviewer(stepIndex, criterionId, department);
        await ok(reviewer(at(`criteria/${criterionId}/appraisal`), { verdict: 'met', findings, judgements }));
      }
    },
    async districtCouncilToProvince() {
      await ok(actors.districtCoordinator(at('review-step/completion'), { tier: 'district' }));
      const members = ['hd-huyen-1', 'hd-huyen-2', 'hd-huyen-3'];
      await ok(actors.districtSecretary(at('council'), { tier: 'district', members }));
      for (const userId of members)
        await ok(actors.districtCouncilMember(userId)(at('council/votes'), { approve: true }));
      await ok(actors.districtSecretary(at('council/closure'), { tier: 'district' }));
      await ok(actors.toProvince(at('submissions'), { tier: 'province' }));
    },
    async provinceCouncil() {
      await ok(actors.provinceCoordinator(at('review-step/completion'), { tier: 'province' }));
      const members = ['hd-tinh-1', 'hd-tinh-2', 'hd-tinh-3'];
      await ok(actors.secretary(at('council'), { tier: 'province', members }));
      for (const userId of members) await ok(actors.councilMember(userId)(at('council/votes'), { approve: true }));
      await ok(actors.secretary(at('council/closure'), { tier: 'province' }));
    },
  };
}
