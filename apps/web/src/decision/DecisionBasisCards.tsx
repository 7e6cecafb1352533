import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { components } from '../api/schema';
import type { Assessment, DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { PlainTable } from '../shared/PlainTable';
import { percent } from '../survey/percent';

export type DecisionBasis = components['schemas']['DecisionBasisResponse'];
type Council = DecisionBasis['councils'][number];

const VERDICT_COLOURS: Readonly<Record<string, string>> = { met: 'green', 'not-met': 'red' };

/**
 * Each criterion with its verdict and the latest appraisal of the current round: the department,
 * its verdict and findings, as the decision cites them.
 */
export function CriteriaCard({
  dossier,
  assessment,
  atRecognition,
}: {
  dossier: DossierDetail;
  assessment: Assessment;
  /** A revocation's page: these are the figures the recognition stood on, not today's. */
  atRecognition: boolean;
}) {
  const { t } = useTranslation();
  const verdicts = new Map(dossier.criteriaStatus.map((status) => [status.criterionId, status.verdict]));
  const appraisals = new Map(
    assessment.appraisals
      .filter((appraisal) => appraisal.round === assessment.round)
      .map((appraisal) => [appraisal.criterionId, appraisal]),
  );
  return (
    <Card
      size="small"
      title={
        <CardTitle
          text={t(atRecognition ? 'decision.criteriaAtRecognition' : 'decision.criteriaTitle', {
            met: dossier.criteria.metCount,
            total: dossier.criteria.total,
          })}
        />
      }
    >
      <PlainTable
        head={[t('decision.criterion'), t('decision.verdict'), t('decision.department'), t('decision.findings')]}
        wrap={[0, 3]}
        rows={assessment.criteria.map((criterion) => {
          const appraisal = appraisals.get(criterion.criterionId);
          const verdict = verdicts.get(criterion.criterionId) ?? criterion.verdict;
          return [
            criterion.criterionId,
            [
              <>
                {criterion.criterionId}. {criterion.name}{' '}
                {criterion.critical && <Tag color="purple">{t('decision.critical')}</Tag>}
              </>,
              <Tag color={VERDICT_COLOURS[verdict]}>{t(`verdicts.${verdict}` as 'verdicts.met')}</Tag>,
              appraisal?.department ?? criterion.department,
              appraisal?.findings ?? t('decision.notAppraised'),
            ],
          ];
        })}
      />
    </Card>
  );
}

/** The residents' satisfaction against its threshold for the level. */
export function SurveyCard({ survey }: { survey: DecisionBasis['survey'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<CardTitle text={t('decision.surveyTitle')} />}>
      {survey ? (
        <Space wrap>
          <Typography.Text>
            {t('decision.surveyLine', {
              rate: percent(survey.rate),
              satisfied: survey.satisfied,
              respondents: survey.respondents,
              threshold: percent(survey.threshold),
            })}
          </Typography.Text>
          <Tag color={survey.passed ? 'green' : 'red'}>
            {survey.passed ? t('decision.reached') : t('decision.notReached')}
          </Tag>
        </Space>
      ) : (
        <Typography.Text>{t('decision.noSurvey')}</Typography.Text>
      )}
    </Card>
  );
}

/** One council's session: its quorum and approval share against the regime's rule. */
export function CouncilLine({ council }: { council: Council }) {
  const { t } = useTranslation();
  const { outcome } = council;
  const heading = t('decision.councilSession', {
    tier: t(`tiers.${council.tier}` as 'tiers.province'),
    session: council.session,
    members: council.members,
  });
  if (!outcome)
    return (
      <Typography.Paragraph>
        {heading} <Tag color="gold">{t('decision.councilSitting')}</Tag>
      </Typography.Paragraph>
    );
  return (
    <Typography.Paragraph>
      {heading}{' '}
      {t('decision.councilTally', {
        present: outcome.present,
        quorum: percent(council.quorumShare),
        approvals: outcome.approvals,
        share: percent(outcome.present > 0 ? outcome.approvals / outcome.present : 0),
        required: percent(council.approvalShare),
      })}{' '}
      <Tag color={outcome.approved ? 'green' : 'red'}>
        {outcome.approved
          ? t('decision.councilApproved')
          : outcome.quorumMet
            ? t('decision.councilRejected')
            : t('decision.councilNoQuorum')}
      </Tag>
    </Typography.Paragraph>
  );
}

export function CouncilsCard({ councils }: { councils: DecisionBasis['councils'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<CardTitle text={t('decision.councilsTitle')} />}>
      {councils.length > 0 ? (
        councils.map((council) => <CouncilLine key={`${council.tier}/${council.session}`} council={council} />)
      ) : (
        <Typography.Text>{t('decision.noCouncil')}</Typography.Text>
      )}
    </Card>
  );
}
