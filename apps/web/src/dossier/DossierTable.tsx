import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { components } from '../api/schema';
import { formatDateTime } from '../shared/format';

type DossierItem = components['schemas']['DossierListItemResponse'];

export function DossierTable({
  items,
  loading,
}: {
  readonly items: readonly DossierItem[];
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<DossierItem>
      rowKey="dossierId"
      loading={loading}
      dataSource={[...items]}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('commune.noDossiers') }}
      columns={[
        {
          title: t('register.level'),
          key: 'level',
          render: (_, item) => (
            <Link to={`/ho-so/${item.dossierId}`}>
              {t(`levels.${item.level}` as 'levels.ntm')} {item.year} — {item.unit.code}
            </Link>
          ),
        },
        {
          title: t('dossier.status'),
          key: 'status',
          render: (_, item) => <Tag>{t(`statuses.${item.status}` as 'statuses.registered')}</Tag>,
        },
        {
          title: t('dossier.criteria'),
          key: 'criteria',
          render: (_, item) => `${item.criteria.metCount}/${item.criteria.total}`,
        },
        { title: t('dossier.round'), dataIndex: 'round' },
        { title: t('dossier.updated'), key: 'updated', render: (_, item) => formatDateTime(item.updatedAt) },
      ]}
    />
  );
}
