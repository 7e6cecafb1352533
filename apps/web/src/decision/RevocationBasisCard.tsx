import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Assessment } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { formatDate } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { percent } from '../survey/percent';
import { CouncilLine, type DecisionBasis } from './DecisionBasisCards';

type Revocation = NonNullable<DecisionBasis['revocation']>;

/**
 * A revocation proposal and each step it went through (QĐ 18/2022/QĐ-TTg, Điều 23–24; Nghị định
 * 131/2025/NĐ-CP, Điều 44): grounds, the commune's explanation, the residents' opinion, the
 * verification's findings and the council.
 */
export function RevocationBasisCard({
  revocation,
  criteria,
}: {
  revocation: Revocation;
  criteria: Assessment['criteria'];
}) {
  const { t } = useTranslation();
  const names = new Map(criteria.map((criterion) => [criterion.criterionId, criterion.name]));
  const { explanation, consultation, verification, council } = revocation;
  const grounds = verification ?? revocation;
  return (
    <Card size="small" title={<CardTitle text={t('decision.revocationTitle')} />}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('decision.grounds')}>{revocation.grounds}</Descriptions.Item>
        <Descriptions.Item label={t('decision.proposedOn')}>{formatDate(revocation.proposedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('decision.share')}>
          {t('decision.shareLine', {
            share: percent(grounds.share),
            band: t(`coordination.bands.${grounds.band}` as 'coordination.bands.full'),
            criteria: (verification?.confirmedUnmet ?? revocation.unmetCriterionIds).join(', ') || t('app.none'),
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('decision.criticalUnmet')}>
          {grounds.criticalUnmet.join(', ') || t('app.none')}
        </Descriptions.Item>
        <Descriptions.Item label={t('decision.explanation')}>
          {explanation
            ? t('decision.explained', { date: formatDate(explanation.at), text: explanation.text })
            : revocation.explanationOverdue
              ? t('decision.explanationOverdue', { date: formatDate(revocation.explanationOverdue) })
              : t('revocation.explanation.awaited')}
        </Descriptions.Item>
        <Descriptions.Item label={t('decision.consultation')}>
          {consultation
            ? t('decision.consulted', {
                date: formatDate(consultation.heldOn),
                participants: consultation.participants,
                inFavour: consultation.inFavour,
                summary: consultation.summary,
              })
            : revocation.consultationRequired
              ? t('revocation.consultation.awaited')
              : t('revocation.consultation.not-required')}
        </Descriptions.Item>
        <Descriptions.Item label={t('decision.council')}>
          {council ? <CouncilLine council={council} /> : t('decision.noCouncil')}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('decision.verificationTitle')}
      </Typography.Title>
      {verification ? (
        <PlainTable
          head={[t('decision.criterion'), t('decision.verdict'), t('decision.findings')]}
          wrap={[0, 2]}
          rows={verification.findings.map((finding) => [
            finding.criterionId,
            [
              `${finding.criterionId}. ${names.get(finding.criterionId) ?? ''}`,
              <Tag color={finding.met ? 'green' : 'red'}>
                {finding.met ? t('decision.stillMet') : t('decision.noLongerMet')}
              </Tag>,
              finding.findings,
            ],
          ])}
        />
      ) : (
        <Typography.Text>{t('decision.notVerified')}</Typography.Text>
      )}
      {verification && !verification.sufficient && (
        <Typography.Paragraph strong style={{ marginTop: 8 }}>
          {t('decision.insufficient')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
