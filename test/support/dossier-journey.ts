import type { Identity, Role } from '@ntm/auth';
import {
  catalogueVersions,
  loadCatalogue,
  pinRules,
  resolveThreshold,
  selectDefaults,
  type CriteriaSet,
  type Indicator,
  type PinnedRules,
  type Variant,
} from '@ntm/catalogue';
import { reviewerFor } from '@ntm/domain';

const EVIDENCE = [{ sha256: 'b'.repeat(64), name: 'bien-ban-tu-danh-gia.pdf' }];

/**
 * The rules a commune dossier filed on `filedOn` pins (same selection as the API: the catalogue
 * version published by then, so an older filing keeps the departments of its day), to plan a journey.
 */
export function rulesFiledOn(filedOn: string, province: string, variant: Variant): PinnedRules {
  const catalogue = [...catalogueVersions()].reverse().find((v) => v.publishedAt <= filedOn) ?? loadCatalogue();
  const { setId, regimeId } = selectDefaults(catalogue, { unitKind: 'commune', level: 'ntm', filedOn });
  return pinRules(catalogue, { setId, regimeId, province, variant });
}

/** A value at the threshold itself (the boundary meets it), for every indicator of the set. */
export function meetingValues(set: CriteriaSet, variant: Variant) {
  return set.criteria.flatMap((criterion) =>
    criterion.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      value: meetingValue(indicator, variant),
      evidence: EVIDENCE,
    })),
  );
}

function meetingValue(indicator: Indicator, variant: Variant): boolean | number | string {
  const measure = indicator.measure;
  switch (measure.kind) {
    case 'boolean':
      return true;
    case 'number':
      return resolveThreshold(measure.threshold, variant);
    case 'level':
      return measure.levels[measure.levels.length - 1];
    case 'judgement':
      return 'Đạt theo biên bản kiểm tra thực tế';
    default: {
      const unreachable: never = measure;
      return unreachable;
    }
  }
}

/**
 * Per criterion: who reviews it at a review step (the last, province step unless told: a district
 * division at a three-tier district step) and the judgement indicators it must rule on.
 */
export function appraisalPlan(rules: PinnedRules, stepIndex = rules.regime.steps.length - 1) {
  return rules.criteriaSet.criteria.map((criterion) => ({
    criterionId: criterion.id,
    department: reviewerFor(rules, criterion, stepIndex) ?? '',
    judgements: Object.fromEntries(
      criterion.indicators.filter((i) => i.measure.kind === 'judgement').map((i) => [i.id, 'met' as const]),
    ),
  }));
}

export { EVIDENCE };

const DAY_MS = 24 * 3600 * 1000;

/**
 * A commune's filing up to its submission to the province, as [actor, path under the dossier,
 * body]: every indicator met, a posting period already over, the MTTQ's certified survey.
 */
export function filingSteps(rules: PinnedRules, variant: Variant, commune: Send, surveyOfficer: Send) {
  const steps: [Send, string, unknown][] = [
    [
      commune,
      'self-assessment',
      {
        indicators: meetingValues(rules.criteriaSet, variant),
        constructionDebt: { outstanding: false, evidence: EVIDENCE },
      },
    ],
    [
      commune,
      'posting',
      {
        postedFrom: new Date(Date.now() - 20 * DAY_MS).toISOString(),
        postedUntil: new Date(Date.now() - 3 * DAY_MS).toISOString(),
        places: ['Nhà văn hóa xã'],
      },
    ],
    [commune, 'posting/closure', {}],
    [
      surveyOfficer,
      'survey-result',
      { respondents: 400, satisfied: 372, certifiedBy: 'Ban Thường trực UBMTTQ xã', report: EVIDENCE },
    ],
    [commune, 'submissions', { tier: 'province' }],
  ];
  return steps;
}

export type Send = (
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; etag: string | null; body: Record<string, unknown> }>;

type Sign = (identity: Identity) => Promise<{ accessToken: string }>;

/**
 * A person acting through the HTTP API with a token of their own (signed by the development
 * signer): one grant, the role and unit given, and a department for appraisers.
 */
export function apiActor(apiUrl: string, sign: Sign) {
  return (role: Role, unit: string, options: { userId?: string; department?: string } = {}): Send => {
    const { department } = options;
    const user: Identity = {
      userId: options.userId ?? `${role}-${unit}${department ? `-${department}` : ''}`,
      name: `Người dùng ${role}`,
      grants: [{ role, unit, ...(department ? { department } : {}) }],
    };
    return async (path, body = {}, headers = {}) => {
      const { accessToken } = await sign(user);
      const response = await fetch(`${apiUrl}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, etag: response.headers.get('etag'), body: text ? JSON.parse(text) : {} };
    };
  };
}

/** A dossier of `unitCode` (the QĐ 51/2025 set, commune group 2) registered, self-assessed and in its public posting. */
export async function dossierInPosting(as: (role: Role, unit: string) => Send, unitCode: string, province: string) {
  const commune = as('commune-officer', unitCode);
  const registered = await commune('/dossiers', { unitCode, level: 'ntm', year: 2026, communeGroup: 2 });
  const id = String(registered.body.dossierId);
  const group = { group: 2 } as const;
  const rules = rulesFiledOn(new Date().toISOString().slice(0, 10), province, group);
  const [selfAssessment, posting] = filingSteps(rules, group, commune, as('survey-officer', unitCode));
  for (const [send, path, body] of [selfAssessment, posting]) {
    const answer = await send(`/dossiers/${id}/${path}`, body);
    if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return id;
}
