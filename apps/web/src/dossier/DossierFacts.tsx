import { Descriptions, type DescriptionsProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { DossierDetail } from './types';

type Item = NonNullable<DescriptionsProps['items']>[number];

/** A dossier's status, round and criteria met, then what the page adds about it. */
export function DossierFacts({ dossier, more = [] }: { readonly dossier: DossierDetail; readonly more?: Item[] }) {
  const { t } = useTranslation();
  const items: Item[] = [
    {
      key: 'status',
      label: t('dossier.status'),
      children: <Tag color="blue">{t(`statuses.${dossier.status}` as 'statuses.registered')}</Tag>,
    },
    { key: 'round', label: t('dossier.round'), children: dossier.round },
    {
      key: 'criteria',
      label: t('dossier.criteria'),
      children: t('dossier.criteriaMet', { met: dossier.criteria.metCount, total: dossier.criteria.total }),
    },
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={[...items, ...more]} />;
}
