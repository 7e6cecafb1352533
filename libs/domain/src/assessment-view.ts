import { resolveThreshold } from '@ntm/catalogue';
import type { Comparison, Indicator, Measure, Variant } from '@ntm/catalogue';

import type { ConstructionDebt, EvidenceRef } from './commands';
import type { AppraisalVerdict, CriterionVerdict, IndicatorValue, IndicatorVerdict } from './evaluation';
import type { DossierEvent, EvaluatedIndicator } from './events';
import type { Tier } from './rules';
import type { CommentRecord, FiledDossier } from './state';

/** How an indicator is measured, with the threshold already resolved for the unit's region or group. */
export type MeasureView =
  | { readonly kind: 'boolean' }
  | {
      readonly kind: 'number';
      readonly unit: string;
      readonly comparison: Comparison;
      readonly threshold: number;
      /** The figure is a default the province must confirm (no official text for it yet). */
      readonly unconfirmed: boolean;
    }
  | { readonly kind: 'level'; readonly levels: readonly string[]; readonly minimum: string }
  | { readonly kind: 'judgement' };

export interface IndicatorView {
  readonly indicatorId: string;
  readonly name: string;
  readonly measure: MeasureView;
  /** The value in force: the self-assessment's, or a supplement's correction. */
  readonly value?: IndicatorValue;
  readonly evidence: readonly EvidenceRef[];
  readonly verdict: IndicatorVerdict;
}

export interface CriterionView {
  readonly criterionId: string;
  readonly name: string;
  readonly critical: boolean;
  /** The department (sở / phòng) the criterion is assigned to, as pinned at registration. */
  readonly department: string;
  readonly verdict: CriterionVerdict;
  readonly indicators: readonly IndicatorView[];
}

export interface SupplementRequestView {
  readonly criterionId: string;
  readonly department: string;
  readonly reason: string;
  readonly requestedAt: string;
  /** The commune has answered it with a supplement. */
  readonly provided: boolean;
}

/** An appraisal recorded on the dossier, in any round or step: the appraiser sees earlier rounds. */
export interface AppraisalRecordView {
  readonly round: number;
  readonly tier: Tier;
  readonly criterionId: string;
  readonly department: string;
  readonly verdict: AppraisalVerdict;
  readonly findings: string;
  readonly appraisedAt: string;
}

/** What the commune filed in the current round, against the thresholds its dossier pinned. */
export interface AssessmentView {
  readonly round: number;
  readonly variant: Variant;
  readonly criteriaSetTitle: string;
  readonly criteria: readonly CriterionView[];
  /** Conditions on the unit as a whole (e.g. no outstanding construction debt), outside the count. */
  readonly conditions: readonly IndicatorView[];
  readonly constructionDebt?: ConstructionDebt;
  readonly assessedAt?: string;
  readonly posting?: { readonly postedFrom: string; readonly postedUntil: string; readonly closed: boolean };
  readonly comments: readonly CommentRecord[];
  readonly supplementRequests: readonly SupplementRequestView[];
  readonly appraisals: readonly AppraisalRecordView[];
}

export function assessmentView(state: FiledDossier, events: readonly DossierEvent[]): AssessmentView {
  const { rules } = state.dossier;
  const round = state.round;
  const filed: Readonly<Record<string, EvaluatedIndicator>> = {
    ...round.selfAssessment?.indicators,
    ...round.corrections,
  };
  const indicatorView = (indicator: Indicator): IndicatorView => {
    const entry = filed[indicator.id];
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      measure: measureView(indicator.measure, rules.variant),
      ...(entry && { value: entry.value }),
      evidence: entry?.evidence ?? [],
      verdict: entry?.verdict ?? 'missing',
    };
  };
  return {
    round: round.number,
    variant: rules.variant,
    criteriaSetTitle: rules.criteriaSet.title,
    criteria: rules.criteriaSet.criteria.map((criterion) => ({
      criterionId: criterion.id,
      name: criterion.name,
      critical: criterion.critical,
      department: rules.assignments[criterion.id] ?? '',
      verdict: round.selfAssessment?.criteria[criterion.id] ?? 'missing',
      indicators: criterion.indicators.map(indicatorView),
    })),
    conditions: (rules.criteriaSet.conditions ?? []).map(indicatorView),
    ...(round.selfAssessment && {
      constructionDebt: round.selfAssessment.constructionDebt,
      assessedAt: round.selfAssessment.recordedAt,
    }),
    ...(round.posting && { posting: round.posting }),
    comments: round.comments,
    supplementRequests: supplementRequests(events, round.number),
    appraisals: events.flatMap((event) =>
      event.type === 'CriterionAppraised'
        ? [
            {
              round: event.data.round,
              tier: event.data.tier,
              criterionId: event.data.criterionId,
              department: event.data.department,
              verdict: event.data.verdict,
              findings: event.data.findings,
              appraisedAt: event.metadata.now,
            },
          ]
        : [],
    ),
  };
}

function measureView(measure: Measure, variant: Variant): MeasureView {
  if (measure.kind !== 'number') return measure;
  return {
    kind: 'number',
    unit: measure.unit,
    comparison: measure.threshold.comparison,
    threshold: resolveThreshold(measure.threshold, variant),
    unconfirmed: measure.threshold.provincialDefault === true,
  };
}

/** The round's supplement requests in order; a later supplement for the criterion answers them. */
function supplementRequests(events: readonly DossierEvent[], round: number): SupplementRequestView[] {
  const requests: SupplementRequestView[] = [];
  for (const event of events) {
    if (event.type === 'SupplementRequested' && event.data.round === round) {
      const { criterionId, department, reason } = event.data;
      requests.push({ criterionId, department, reason, requestedAt: event.metadata.now, provided: false });
    }
    if (event.type === 'SupplementProvided' && event.data.round === round) {
      for (const [index, request] of requests.entries())
        if (request.criterionId === event.data.criterionId) requests[index] = { ...request, provided: true };
    }
  }
  return requests;
}
