import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { DossierDetail } from '../dossier/types';
import { useDossier } from '../dossier/useDossier';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { CouncilsCard, CriteriaCard, type DecisionBasis, SurveyCard } from './DecisionBasisCards';
import { RecognitionForm, RefusalForm, RevocationForm } from './DecisionForms';
import { PublicVerificationCard } from './PublicVerificationCard';
import { RevocationBasisCard } from './RevocationBasisCard';
import { TASK_COLOURS } from './tasks';

/** A dossier whose decision is taken: what it says, where the approver's form was. */
function Decided({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const decision = dossier.status === 'revoked' ? dossier.revocation?.decision : dossier.recognition;
  return (
    <Alert
      type="info"
      showIcon
      title={t(`statuses.${dossier.status}` as 'statuses.recognised')}
      description={
        decision
          ? t('decision.signedAs', { number: decision.decisionNumber, date: formatDate(decision.decisionDate) })
          : t('decision.nothingToSign')
      }
    />
  );
}

/**
 * Everything one decision rests on, on one page — the unit, its criteria with each appraisal, the
 * survey against its threshold, the councils, a revocation's steps — then the approver's form.
 */
export default function DecisionPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const { detail, assessment } = useDossier(dossierId);
  const basis = useQuery({
    queryKey: ['dossier', dossierId, 'decision-basis'],
    queryFn: (): Promise<DecisionBasis> =>
      answer(api.GET('/api/v1/dossiers/{id}/decision-basis', { params: { path: { id: dossierId } } })),
  });
  const error = detail.error ?? assessment.error ?? basis.error;
  if (error) return <ProblemAlert error={error} />;
  if (!detail.data || !assessment.data || !basis.data) return <Spin />;
  const dossier = detail.data;
  const { unit, task, revocation } = basis.data;
  let form: ReactNode = <Decided dossier={dossier} />;
  if (dossier.status === 'in-review')
    form = (
      <>
        <RecognitionForm basis={basis.data} />
        <RefusalForm basis={basis.data} assessment={assessment.data} unmet={dossier.criteria.unmet} />
      </>
    );
  if (dossier.status === 'revocation-proposed') form = <RevocationForm basis={basis.data} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} className="page-title">
          {t('decision.pageTitle', { unit: unit.name })}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('decision.unit')}>{`${unit.name} (${unit.code})`}</Descriptions.Item>
          <Descriptions.Item label={t('decision.level')}>
            {t(`levels.${dossier.level}` as 'levels.ntm')}
          </Descriptions.Item>
          <Descriptions.Item label={t('decision.year')}>{dossier.year}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.round')}>{dossier.round}</Descriptions.Item>
          <Descriptions.Item label={t('dossier.status')}>
            <Tag color="blue">{t(`statuses.${dossier.status}` as 'statuses.registered')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('decision.kind')}>
            {task ? <Tag color={TASK_COLOURS[task]}>{t(`decision.tasks.${task}`)}</Tag> : t('app.none')}
          </Descriptions.Item>
        </Descriptions>
        <Link to={`/ho-so/${dossierId}`}>{t('decision.fullDossier')}</Link>
      </Card>
      {revocation && <RevocationBasisCard revocation={revocation} criteria={assessment.data.criteria} />}
      <CriteriaCard dossier={dossier} assessment={assessment.data} atRecognition={revocation !== null} />
      <SurveyCard survey={basis.data.survey} />
      <CouncilsCard councils={basis.data.councils} />
      {form}
      <PublicVerificationCard dossier={dossier} />
    </Space>
  );
}
