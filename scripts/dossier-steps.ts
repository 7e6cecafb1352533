/**
 * A dossier's journey through the HTTP API as its users make it: the rules it pins, values that meet
 * every threshold, who appraises what, and a person sending requests with a token of their own. The
 * demo seed files its dossiers with these; the end-to-end tests drive the same steps.
 */
import type { Identity, Role } from '@ntm/auth';
import {
  catalogueVersions,
  loadCatalogue,
  pinRules,
  resolveThreshold,
  selectDefaults,
  type CriteriaSet,
  type Indicator,
  type Level,
  type PinnedRules,
  type Variant,
} from '@ntm/catalogue';
import { reviewerFor } from '@ntm/domain';

/** A stand-in for an uploaded file (only its hash and name are recorded until evidence files land). */
export const EVIDENCE = [{ sha256: 'b'.repeat(64), name: 'bien-ban-tu-danh-gia.pdf' }];

/**
 * The rules a commune dossier filed on `filedOn` pins (same selection as the API: the catalogue
 * version published by then, so an older filing keeps the departments of its day), to plan a journey.
 */
export function rulesFiledOn(filedOn: string, province: string, variant: Variant): PinnedRules {
  const catalogue = [...catalogueVersions()].reverse().find((v) => v.publishedAt <= filedOn) ?? loadCatalogue();
  const { setId, regimeId } = selectDefaults(catalogue, { unitKind: 'commune', level: 'ntm', filedOn });
  return pinRules(catalogue, { setId, regimeId, province, variant });
}

/**
 * The documents of the submission dossier (QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1) the commune attaches
 * itself before submitting, as [path under the dossier, body]: every required one the procedure does
 * not produce (the MTTQ's report, the posting's summary and the debt report come from earlier steps).
 */
export function submissionDocumentSteps(rules: PinnedRules, level: Level = 'ntm'): [string, unknown][] {
  return documentsToAttach(rules, level).map((document) => [
    `submission-documents/${document.id}`,
    { sha256: EVIDENCE[0]!.sha256, name: `${document.id}.pdf` },
  ]);
}

/** The required documents of the submission dossier the procedure does not produce itself. */
export function documentsToAttach(rules: PinnedRules, level: Level = 'ntm') {
  return (rules.regime.submissionDocuments ?? []).filter(
    (document) => document.levels[level] === 'required' && !document.producedBy,
  );
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
