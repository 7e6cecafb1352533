import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../shared/format';
import type { DossierDetail } from './types';

type CriterionStatus = DossierDetail['criteriaStatus'][number];

/** Each criterion of the current step: which body has it, by when, and where it stands. */
export function ReviewPanel({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const rows = dossier.criteriaStatus.filter((row) => row.review);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('review.notStarted')}</Typography.Text>;
  return (
    <Table<CriterionStatus>
      rowKey="criterionId"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={rows}
      columns={[
        { title: t('review.criterion'), dataIndex: 'criterionId' },
        { title: t('review.department'), key: 'department', render: (_, row) => row.review?.department },
        {
          title: t('review.due'),
          key: 'due',
          render: (_, row) => (
            <>
              {row.review && formatDate(row.review.dueDate)}{' '}
              {row.review?.overdue && <Tag color="red">{t('review.overdue')}</Tag>}
            </>
          ),
        },
        {
          title: t('review.status'),
          key: 'status',
          render: (_, row) => row.review && t(`reviewStatuses.${row.review.status}` as 'reviewStatuses.pending'),
        },
        {
          title: t('review.verdict'),
          key: 'verdict',
          render: (_, row) => t(`verdicts.${row.verdict}` as 'verdicts.met'),
        },
      ]}
    />
  );
}
