import { Empty, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import type { components } from '../api/schema';
import { formatDateTime } from '../shared/format';

type DossierItem = components['schemas']['DossierListItemResponse'];

/**
 * A commune's few dossiers, unpaged and unsorted: a plain table, because antd's Table would be a
 * fifth of what a commune officer's first page downloads on a mobile link.
 */
export function DossierTable({
  items,
  loading,
  linkTo = (item) => `/ho-so/${item.dossierId}`,
}: {
  readonly items: readonly DossierItem[];
  readonly loading: boolean;
  /** Where a dossier opens: its page, or a role's own work on it. */
  readonly linkTo?: (item: DossierItem) => string;
}) {
  const { t } = useTranslation();
  if (loading) return <Spin />;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('commune.noDossiers')} />;
  return (
    <div className="plain-table">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('register.level')}</th>
            <th scope="col">{t('dossier.status')}</th>
            <th scope="col">{t('dossier.criteria')}</th>
            <th scope="col">{t('dossier.round')}</th>
            <th scope="col">{t('dossier.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.dossierId}>
              <td>
                <Link to={linkTo(item)}>
                  {t(`levels.${item.level}` as 'levels.ntm')} {item.year} — {item.unit.code}
                </Link>
              </td>
              <td>
                <Tag>{t(`statuses.${item.status}` as 'statuses.registered')}</Tag>
              </td>
              <td>
                {item.criteria.metCount}/{item.criteria.total}
              </td>
              <td>{item.round}</td>
              <td>{formatDateTime(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
