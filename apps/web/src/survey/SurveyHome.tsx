import { useQuery } from '@tanstack/react-query';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { useSession } from '../auth/session';
import { DossierTable } from '../dossier/DossierTable';
import { ProblemAlert } from '../shared/ProblemAlert';

/** The MTTQ survey officer's desk: the unit's dossiers, each opening onto its survey campaigns. */
export default function SurveyHome() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const dossiers = useQuery({
    queryKey: ['dossiers', grant.unit],
    queryFn: () => answer(api.GET('/api/v1/dossiers', { params: { query: { unit: grant.unit, limit: 100 } } })),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('survey.title', { unit: grant.unit })}
      </Typography.Title>
      <Card title={t('survey.dossiers')}>
        <ProblemAlert error={dossiers.error} />
        <DossierTable
          items={dossiers.data?.items ?? []}
          loading={dossiers.isLoading}
          linkTo={(item) => `/mttq/${item.dossierId}`}
          empty={t('dossier.noneInScope')}
        />
      </Card>
    </Space>
  );
}
