import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { answer, api } from '../api/client';
import { useDossier } from '../dossier/useDossier';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { OpenCampaignForm } from './OpenCampaignForm';
import { percent } from './percent';
import { unitLabel } from '../dossier/unitLabel';

/** Steps at which the MTTQ may open a campaign on the dossier (the dossier's own rule, libs/domain). */
const SURVEY_STEPS = ['posted', 'posting-closed', 'surveyed'];

/** A dossier's survey campaigns, and the form to open one while the dossier is at the survey step. */
export default function DossierSurveys() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const { detail } = useDossier(dossierId);
  const campaigns = useQuery({
    queryKey: ['dossier', dossierId, 'campaigns'],
    queryFn: () =>
      answer(api.GET('/api/v1/dossiers/{dossierId}/survey-campaigns', { params: { path: { dossierId } } })),
  });
  if (detail.isLoading) return <Spin />;
  if (!detail.data) return <ProblemAlert error={detail.error} />;
  const dossier = detail.data;
  const items = campaigns.data?.items ?? [];
  const running = items.some((campaign) => campaign.status !== 'certified');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('survey.dossierTitle', {
          level: t(`levels.${dossier.level}`),
          year: dossier.year,
          unit: unitLabel(dossier),
        })}
      </Typography.Title>
      <Card title={t('survey.campaigns')}>
        <ProblemAlert error={campaigns.error} />
        <List
          loading={campaigns.isLoading}
          dataSource={items}
          locale={{ emptyText: t('survey.noCampaigns') }}
          renderItem={(campaign) => (
            <List.Item>
              <Space wrap>
                <Link to={`/mttq/${dossierId}/${campaign.campaignId}`}>
                  {t('survey.campaignN', {
                    round: campaign.round,
                    opens: formatDate(campaign.opensOn),
                    closes: formatDate(campaign.closesOn),
                  })}
                </Link>
                <Tag>{t(`survey.status.${campaign.status}`)}</Tag>
                <span>
                  {t('survey.respondents')}: {campaign.respondents}
                  {campaign.rate !== null && ` · ${t('survey.rate')} ${percent(campaign.rate)}`}
                </span>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {!running && (
        <Card title={t('survey.open')}>
          {SURVEY_STEPS.includes(dossier.status) ? (
            <OpenCampaignForm dossierId={dossierId} province={dossier.province} />
          ) : (
            <Typography.Text type="secondary">{t('survey.notReady')}</Typography.Text>
          )}
        </Card>
      )}
    </Space>
  );
}
