import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Assessment, DossierDetail } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { formatDate } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { type Council, percent } from './council';

/** What the council decides on: the criteria met, the residents' satisfaction, each criterion's appraisal. */
export function DossierBrief({
  dossier,
  assessment,
  council,
}: {
  readonly dossier: DossierDetail;
  readonly assessment: Assessment;
  readonly council: Council;
}) {
  const { t } = useTranslation();
  const { survey } = council;
  return (
    <Card title={<CardTitle text={t('council.brief')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('council.level')}>
            {t(`levels.${dossier.level}` as 'levels.ntm')} — {dossier.year}
          </Descriptions.Item>
          <Descriptions.Item label={t('council.criteriaMet')}>
            {t('council.metOf', { met: dossier.criteria.metCount, total: dossier.criteria.total })}
          </Descriptions.Item>
          <Descriptions.Item label={t('council.survey')}>
            {survey ? (
              <>
                {t('council.surveyRate', { rate: percent(survey.rate), threshold: percent(survey.threshold) })}{' '}
                <Tag color={survey.passed ? 'green' : 'red'}>{t(survey.passed ? 'council.met' : 'council.notMet')}</Tag>
              </>
            ) : (
              t('council.surveyNone')
            )}
          </Descriptions.Item>
        </Descriptions>
        {council.revocation ? (
          <RevocationBrief revocation={council.revocation} />
        ) : (
          <Appraisals assessment={assessment} tier={council.tier} />
        )}
      </Space>
    </Card>
  );
}

/** Each criterion with the latest appraisal of this round at the council's tier: verdict first (a phone shows it without scrolling), department, findings. */
function Appraisals({ assessment, tier }: { readonly assessment: Assessment; readonly tier: Council['tier'] }) {
  const { t } = useTranslation();
  const latest = new Map(
    assessment.appraisals
      .filter((appraisal) => appraisal.round === assessment.round && appraisal.tier === tier)
      .map((appraisal) => [appraisal.criterionId, appraisal]),
  );
  return (
    <PlainTable
      caption={t('council.appraisals')}
      head={[t('council.criterion'), t('council.verdict'), t('council.department'), t('council.findings')]}
      wrap={[0, 3]}
      rows={assessment.criteria.map((criterion) => {
        const appraisal = latest.get(criterion.criterionId);
        return [
          criterion.criterionId,
          [
            <>
              {criterion.criterionId}. {criterion.name}
              {criterion.critical && <Tag style={{ marginLeft: 4 }}>{t('council.critical')}</Tag>}
            </>,
            appraisal ? (
              <Tag color={appraisal.verdict === 'met' ? 'green' : 'red'}>
                {t(`verdicts.${appraisal.verdict}` as 'verdicts.met')}
              </Tag>
            ) : (
              t('council.notAppraised')
            ),
            appraisal?.department ?? criterion.department,
            appraisal?.findings ?? '',
          ],
        ];
      })}
    />
  );
}

/** A revocation council's subject: the grounds and share, the commune's explanation, the residents' opinion. */
function RevocationBrief({ revocation }: { readonly revocation: NonNullable<Council['revocation']> }) {
  const { t } = useTranslation();
  const { consultation, explanation } = revocation;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      title={<Typography.Text strong>{t('council.revocationTitle')}</Typography.Text>}
    >
      <Descriptions.Item label={t('council.grounds')}>
        <Space orientation="vertical" size={0}>
          <span>{revocation.grounds}</span>
          <span>
            {t('council.unmetShare', {
              criteria: revocation.unmetCriterionIds.join(', '),
              share: percent(revocation.share),
            })}
          </span>
          {revocation.criticalUnmet.length > 0 && (
            <span>{t('council.criticalUnmet', { criteria: revocation.criticalUnmet.join(', ') })}</span>
          )}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('council.explanation')}>
        {explanation
          ? `${explanation.text} (${formatDate(explanation.at)})`
          : revocation.explanationOverdue
            ? t('council.explanationOverdue', { date: formatDate(revocation.explanationOverdue) })
            : t('council.explanationNone')}
      </Descriptions.Item>
      <Descriptions.Item label={t('council.consultation')}>
        {!consultation
          ? t('council.consultationNotRequired')
          : consultation.recorded
            ? t('council.consultationResult', {
                inFavour: consultation.inFavour,
                participants: consultation.participants,
                date: formatDate(consultation.heldOn ?? ''),
                summary: consultation.summary,
              })
            : t('council.consultationAwaited')}
      </Descriptions.Item>
    </Descriptions>
  );
}
