import { DEFAULT_SURVEY_COVERAGE, type SurveyCoverage, surveyCoverage } from '@ntm/domain';

import type { CampaignState, OpenedCampaign } from './campaign';
import type { SurveyResponse } from './model';

/** A satisfaction rate always shown with its denominator, the threshold and whether it is met. */
export interface RateFigure {
  readonly respondents: number;
  readonly satisfied: number;
  /** satisfied / respondents; null while nobody answered. */
  readonly rate: number | null;
  readonly threshold: number;
  readonly met: boolean;
}

export interface VillageTally extends RateFigure {
  readonly code: string;
  readonly name: string;
  readonly households: number;
}

export interface QuestionTally extends RateFigure {
  readonly questionId: string;
  readonly text: string;
}

export interface ReasonTally {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  /** Per question id, how many dissatisfied answers gave this reason. */
  readonly byQuestion: Readonly<Record<string, number>>;
}

export interface CampaignTally {
  /** The rate that is certified: answers to the questionnaire's overall question. */
  readonly overall: RateFigure;
  /** Respondents against the households of the villages surveyed, and the share the regime requires. */
  readonly coverage: SurveyCoverage;
  readonly villages: readonly VillageTally[];
  readonly questions: readonly QuestionTally[];
  /** Dissatisfaction reasons grouped, most frequent first; dissatisfied answers without a reason count as "khong-ro". */
  readonly reasons: readonly ReasonTally[];
}

export const UNSTATED_REASON = { code: 'khong-ro', label: 'Không nêu lý do' } as const;

/**
 * QĐ 18/2022/QĐ-TTg: the rate must reach the level's threshold. A quotient of integers is
 * correctly rounded, so a rate exactly at the threshold (e.g. 90/100 against 0.9) compares equal.
 */
export function rateFigure(satisfied: number, respondents: number, threshold: number): RateFigure {
  const rate = respondents > 0 ? satisfied / respondents : null;
  return { respondents, satisfied, rate, threshold, met: rate !== null && rate >= threshold };
}

const isSatisfied = (response: SurveyResponse, questionId: string) =>
  response.answers.some((a) => a.questionId === questionId && a.satisfied);

export function tallyCampaign(state: CampaignState): CampaignTally | undefined {
  const campaign = state.campaign;
  if (!campaign) return undefined;
  const responses = [...state.responses.values()];
  const overallId = campaign.questionnaire.overallQuestionId;
  const count = (items: readonly SurveyResponse[], questionId: string) =>
    rateFigure(items.filter((r) => isSatisfied(r, questionId)).length, items.length, campaign.threshold);
  const households = campaign.villages.reduce((sum, village) => sum + village.households, 0);
  return {
    overall: count(responses, overallId),
    coverage: surveyCoverage(responses.length, households, campaign.coverage ?? DEFAULT_SURVEY_COVERAGE),
    villages: campaign.villages.map((village) => ({
      code: village.code,
      name: village.name,
      households: village.households,
      ...count(
        responses.filter((r) => r.village === village.code),
        overallId,
      ),
    })),
    questions: campaign.questionnaire.questions.map((question) => ({
      questionId: question.id,
      text: question.text,
      ...count(responses, question.id),
    })),
    reasons: tallyReasons(campaign, responses),
  };
}

function tallyReasons(campaign: OpenedCampaign, responses: readonly SurveyResponse[]): ReasonTally[] {
  const labels = new Map(campaign.questionnaire.reasons.map((r) => [r.code, r.label]));
  const counts = new Map<string, Record<string, number>>();
  for (const response of responses) {
    for (const answer of response.answers) {
      if (answer.satisfied) continue;
      const code = answer.reason ?? UNSTATED_REASON.code;
      const byQuestion = counts.get(code) ?? {};
      byQuestion[answer.questionId] = (byQuestion[answer.questionId] ?? 0) + 1;
      counts.set(code, byQuestion);
    }
  }
  return [...counts.entries()]
    .map(([code, byQuestion]) => ({
      code,
      label: labels.get(code) ?? UNSTATED_REASON.label,
      count: Object.values(byQuestion).reduce((a, b) => a + b, 0),
      byQuestion,
    }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
