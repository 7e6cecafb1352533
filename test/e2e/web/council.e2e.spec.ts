import { vietnamDateOf } from '@ntm/calendar';
import type { Browser, Page } from 'playwright-core';

import { apiJourney } from '../../support/api-journey';
import {
  chromiumAvailable,
  devLogin,
  launchChromium,
  screenshots,
  seriousViolations,
  type AxeViolation,
} from '../../support/browser';
import { appraisalPlan, filingSteps, rulesFiledOn } from '../../support/dossier-journey';
import { ok } from '../../support/three-tier-journey';
import { until } from '../../support/until';
import {
  conflictedMemberCannotVote,
  COUNCIL_MEMBERS,
  councilApprovesInBrowser,
  type CouncilSteps,
} from './steps/council';

const PROVINCE = '19'; // Thái Nguyên
const GROUP = { group: 2 } as const;

/**
 * The council workbench in Chromium against the real system: dossiers brought to consolidation
 * through the API, then the secretary convenes, the members vote and the secretary closes, each
 * in their own browser session; a member who appraised a dossier is shown why they may not vote.
 */
(chromiumAvailable ? describe : describe.skip)('web application: the council secretary and members', () => {
  const journey = apiJourney();
  let browser: Browser;
  const violations: Record<string, AxeViolation[]> = {};
  const rules = rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, GROUP);

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  const steps = (): CouncilSteps => ({
    login: devLogin(browser, journey.system().api.url),
    visit: async (page: Page, name: string) => {
      violations[name] = await seriousViolations(page);
      await screenshots(page, name);
    },
  });

  /** The dossier's council as the province's secretary reads it through the API. */
  async function councilOf(id: string) {
    const identity = {
      userId: 'doc-hoi-dong',
      name: 'Người đọc',
      grants: [{ role: 'council-secretary' as const, unit: PROVINCE }],
    };
    const { accessToken } = await journey.sign(identity);
    const response = await journey.system().request(`/api/v1/dossiers/${id}/council`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return (await response.json()) as { current: Record<string, unknown> | null };
  }

  /** A commune's dossier filed, appraised in full (its first criterion by `firstAppraiser`) and consolidated. */
  async function consolidated(commune: string, firstAppraiser?: string): Promise<string> {
    const officer = journey.as('commune-officer', commune);
    const registered = await officer('/dossiers', { unitCode: commune, level: 'ntm', year: 2026, communeGroup: 2 });
    const id = String(registered.body.dossierId);
    for (const [send, path, body] of filingSteps(rules, GROUP, officer, journey.as('survey-officer', commune)))
      await ok(send(`/dossiers/${id}/${path}`, body));
    for (const [index, { criterionId, department, judgements }] of appraisalPlan(rules).entries()) {
      const userId = index === 0 ? firstAppraiser : undefined;
      const appraiser = journey.as('department-appraiser', PROVINCE, { department, ...(userId && { userId }) });
      // The dispatch on submission is the workflow's: retry until the criterion is pending.
      await until(async () => {
        const body = { verdict: 'met', findings: 'Đạt, đối chiếu biên bản kiểm tra thực địa', judgements };
        return (await appraiser(`/dossiers/${id}/criteria/${criterionId}/appraisal`, body)).status === 200;
      }, `criterion ${criterionId} appraised`);
    }
    await ok(
      journey.as('province-coordinator', PROVINCE)(`/dossiers/${id}/review-step/completion`, { tier: 'province' }),
    );
    return id;
  }

  it('the secretary opens a session with the three members, each votes, the secretary closes it and sees it approved', async () => {
    const id = await consolidated('02008');
    await councilApprovesInBrowser(steps(), id);
    expect((await councilOf(id)).current).toMatchObject({ closed: true, present: 3, approvals: 3, approved: true });
  });

  it('a member who appraised the dossier sees why they may not vote, the ballot disabled', async () => {
    const conflicted = COUNCIL_MEMBERS[2];
    const id = await consolidated('01849', conflicted);
    const members = { tier: 'province', members: COUNCIL_MEMBERS };
    await ok(journey.as('council-secretary', PROVINCE)(`/dossiers/${id}/council`, members));
    await conflictedMemberCannotVote(steps(), id, conflicted);
    expect((await councilOf(id)).current).toMatchObject({ closed: false, present: 0 });
  });

  it('finds no serious or critical accessibility violation on any council screen', () => {
    expect(Object.keys(violations).length).toBeGreaterThan(0);
    expect(Object.entries(violations).filter(([, found]) => found.length > 0)).toEqual([]);
  });
});
