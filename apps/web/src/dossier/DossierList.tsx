import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { ProblemAlert } from '../shared/ProblemAlert';
import { DossierTable } from './DossierTable';

/** The dossiers of the acting role's jurisdiction, for the roles whose own screens come later. */
export default function DossierList() {
  const { t } = useTranslation();
  const dossiers = useQuery({
    queryKey: ['dossiers'],
    queryFn: () => answer(api.GET('/api/v1/dossiers', { params: { query: { limit: 100 } } })),
  });
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('nav.dossiers')}
      </Typography.Title>
      <ProblemAlert error={dossiers.error} />
      <DossierTable items={dossiers.data?.items ?? []} loading={dossiers.isLoading} empty={t('dossier.noneInScope')} />
    </>
  );
}
