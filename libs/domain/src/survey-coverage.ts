import { ForbiddenError } from './errors';
import type { Regime } from './rules';

/**
 * A satisfaction rate speaks for the commune only if enough of its households answered: by
 * default 70% of the households of the villages surveyed (the regime may say otherwise). A
 * sample of one household would otherwise decide the survey.
 */
export const DEFAULT_SURVEY_COVERAGE = 0.7;

/** The regime's minimum share of households; rules pinned before it existed take the default. */
export const requiredSurveyCoverage = (regime: Regime): number => regime.surveyCoverage ?? DEFAULT_SURVEY_COVERAGE;

/** How many of the households surveyed answered, against the share required. */
export interface SurveyCoverage {
  readonly households: number;
  readonly respondents: number;
  /** respondents / households. */
  readonly share: number;
  readonly required: number;
  /** The fewest respondents that reach the required share. */
  readonly requiredRespondents: number;
  readonly met: boolean;
}

/** A quotient of integers is correctly rounded, so 7 of 10 households compares equal to 0.7. */
export function surveyCoverage(respondents: number, households: number, required: number): SurveyCoverage {
  const share = households > 0 ? respondents / households : 0;
  const atLeast = Math.ceil(required * households);
  // 0.7 × 10 is 7.000000000000001 in binary: one fewer may already reach the share.
  const requiredRespondents = atLeast > 0 && (atLeast - 1) / households >= required ? atLeast - 1 : atLeast;
  return { households, respondents, share, required, requiredRespondents, met: share >= required };
}

const percent = (share: number) => `${Math.floor(share * 1000) / 10}%`;

/** The refusal of a survey below its coverage (422), naming the coverage achieved and required. */
export function coverageShortfall(coverage: SurveyCoverage): ForbiddenError | undefined {
  if (coverage.met) return undefined;
  const { households, respondents, share, required, requiredRespondents } = coverage;
  return new ForbiddenError({
    code: 'survey.coverage-insufficient',
    messageVi:
      `Mới có ${respondents}/${households} hộ của các thôn khảo sát trả lời phiếu (${percent(share)}); ` +
      `cần tối thiểu ${percent(required)} số hộ (${requiredRespondents} hộ).`,
    messageEn:
      `Only ${respondents} of the ${households} households of the villages surveyed answered (${percent(share)}); ` +
      `at least ${percent(required)} (${requiredRespondents} households) must answer.`,
    details: { households, respondents, coverage: share, requiredCoverage: required, requiredRespondents },
  });
}
