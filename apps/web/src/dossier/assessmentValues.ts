import type { TFunction } from 'i18next';

import type { components } from '../api/schema';
import { formatNumber } from '../shared/format';
import type { Assessment } from './types';
import type { EvidenceRef } from './evidence';

export type SelfAssessmentBody = components['schemas']['SelfAssessmentDto'];
export type IndicatorValue = boolean | number | string;

/** The editor's form: what a draft keeps on the device and a command sends. */
export interface EditorValues {
  readonly values: Record<string, IndicatorValue | undefined>;
  readonly evidence: Record<string, EvidenceRef[] | undefined>;
  readonly debt: { readonly outstanding: boolean; readonly amount?: number; readonly evidence?: EvidenceRef[] };
  readonly security: { readonly complicated: boolean; readonly evidence?: EvidenceRef[] };
}

export const SECURITY_CONDITION = 'DK.3';

export const indicatorsOf = (assessment: Assessment) =>
  assessment.criteria.flatMap((criterion) => criterion.indicators);

/** The form as the dossier's stream holds the self-assessment. */
export function initialValues(assessment: Assessment): EditorValues {
  const indicators = indicatorsOf(assessment);
  return {
    values: Object.fromEntries(indicators.map((indicator) => [indicator.indicatorId, indicator.value])),
    evidence: Object.fromEntries(indicators.map((indicator) => [indicator.indicatorId, [...indicator.evidence]])),
    debt: {
      outstanding: assessment.constructionDebt?.outstanding ?? false,
      amount: assessment.constructionDebt?.amount,
      evidence: [...(assessment.constructionDebt?.evidence ?? [])],
    },
    security: { complicated: false, evidence: [] },
  };
}

/** The command's body: the indicators with a value, in the catalogue's order (field errors name them by index). */
export function commandBody(assessment: Assessment, entered: EditorValues) {
  const measured = indicatorsOf(assessment).filter((indicator) => entered.values[indicator.indicatorId] !== undefined);
  // Sets with the QĐ 18/2022 condition "không phức tạp về an ninh, trật tự" ask for its declaration.
  const asksSecurity = assessment.conditions.some((condition) => condition.indicatorId === SECURITY_CONDITION);
  const body: SelfAssessmentBody = {
    indicators: measured.map((indicator) => ({
      indicatorId: indicator.indicatorId,
      value: entered.values[indicator.indicatorId] as IndicatorValue,
      evidence: entered.evidence[indicator.indicatorId] ?? [],
    })),
    constructionDebt: {
      outstanding: entered.debt.outstanding,
      ...(entered.debt.outstanding && entered.debt.amount !== undefined && { amount: entered.debt.amount }),
      evidence: entered.debt.evidence ?? [],
    },
    ...(asksSecurity && {
      securityAndOrder: { complicated: entered.security.complicated, evidence: entered.security.evidence ?? [] },
    }),
  };
  return { body, measured };
}

/** An indicator's value as read: Đạt / Không đạt, 52,3, a level or a description; `missing` when none. */
export const valueText = (t: TFunction, value: IndicatorValue | undefined, missing: string): string =>
  value === undefined
    ? missing
    : typeof value === 'boolean'
      ? t(value ? 'assessment.yes' : 'assessment.no')
      : typeof value === 'number'
        ? formatNumber(value)
        : value;
