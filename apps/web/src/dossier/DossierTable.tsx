import { Empty, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { components } from '../api/schema';
import { formatDateTime } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';

type DossierItem = components['schemas']['DossierListItemResponse'];

/**
 * A commune's few dossiers, unpaged and unsorted: a plain table, because antd's Table would be a
 * fifth of what a commune officer's first page downloads on a mobile link.
 */
export function DossierTable({
  items,
  loading,
  linkTo = (item) => `/ho-so/${item.dossierId}`,
  empty,
}: {
  readonly items: readonly DossierItem[];
  readonly loading: boolean;
  /** Where a dossier opens: its page, or a role's own work on it. */
  readonly linkTo?: (item: DossierItem) => string;
  /** What an empty list says to this reader: only a commune officer can start a dossier. */
  readonly empty: string;
}) {
  const { t } = useTranslation();
  if (loading) return <Spin />;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <PlainTable
      head={[t('register.level'), t('dossier.status'), t('dossier.criteria'), t('dossier.round'), t('dossier.updated')]}
      rows={items.map((item) => [
        item.dossierId,
        [
          <Link key="level" to={linkTo(item)}>
            {t(`levels.${item.level}` as 'levels.ntm')} {item.year} — {item.unit.code}
          </Link>,
          <Tag key="status">{t(`statuses.${item.status}` as 'statuses.registered')}</Tag>,
          `${item.criteria.metCount}/${item.criteria.total}`,
          item.round,
          formatDateTime(item.updatedAt),
        ],
      ])}
    />
  );
}
