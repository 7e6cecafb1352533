import { useQuery } from '@tanstack/react-query';
import { Card, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { answer, api } from '../api/client';
import { formatDate, formatNumber } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { CampaignTallies } from './CampaignTallies';
import { ConcludeCampaign } from './ConcludeCampaign';
import { percent } from './percent';
import { ResponseForm } from './ResponseForm';
import { TallyImport } from './TallyImport';

/** One campaign: its plan, the live tallies, entering and importing forms, then closing and certifying. */
export default function CampaignPage() {
  const { t } = useTranslation();
  const { dossierId = '', campaignId = '' } = useParams();
  const view = useQuery({
    queryKey: ['dossier', dossierId, 'campaign', campaignId],
    queryFn: () =>
      answer(
        api.GET('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}', {
          params: { path: { dossierId, campaignId } },
        }),
      ),
  });
  if (view.isLoading) return <Spin />;
  if (!view.data) return <ProblemAlert error={view.error} />;
  const { campaign, status, tally } = view.data;
  const households = campaign.villages.reduce((sum, village) => sum + village.households, 0);
  const target = { dossierId, campaignId };
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={1} className="page-title">
          {t('survey.campaignN', {
            round: campaign.round,
            opens: formatDate(campaign.opensOn),
            closes: formatDate(campaign.closesOn),
          })}
        </Typography.Title>
        <Tag>{t(`survey.status.${status}`)}</Tag>
      </Space>
      <Card size="small" title={t('survey.plan')}>
        {t('survey.planText', {
          method: t(`survey.methods.${campaign.method}`),
          villages: campaign.villages.length,
          households: formatNumber(households),
          opens: formatDate(campaign.opensOn),
          closes: formatDate(campaign.closesOn),
          threshold: percent(campaign.threshold),
        })}
      </Card>
      <CampaignTallies tally={tally} />
      {status === 'open' && <ResponseForm target={target} campaign={campaign} />}
      {status === 'open' && <TallyImport target={target} />}
      <ConcludeCampaign target={target} view={view.data} />
    </Space>
  );
}
