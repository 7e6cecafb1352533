import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { CardTitle } from '../shared/CardTitle';
import { formatDate } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import { stageLabel } from '../shared/stageLabel';
import { percent } from '../survey/percent';

type RevocationCase = components['schemas']['RevocationQueueEntryResponse'];

/**
 * The provincial (or district) coordination office's desk: what is stuck (dossiers awaiting a
 * dispatch or a consolidation, criteria overdue, councils without quorum) and the revocation
 * cases with their computed grounds (QĐ 18/2022/QĐ-TTg, Điều 23).
 */
export default function CoordinatorDesk() {
  const { t } = useTranslation();
  const queue = useQuery({
    queryKey: ['queue', 'coordinator'],
    queryFn: () => answer(api.GET('/api/v1/work-queues/coordinator', { params: { query: { limit: 100 } } })),
  });
  const revocations = useQuery({
    queryKey: ['queue', 'revocations'],
    queryFn: () => answer(api.GET('/api/v1/work-queues/revocations', { params: { query: { limit: 100 } } })),
  });
  const pipeline = useQuery({
    queryKey: ['queue', 'pipeline'],
    queryFn: () => answer(api.GET('/api/v1/work-queues/pipeline')),
  });
  const open = (dossierId: string, unit: string) => <Link to={`/ho-so/${dossierId}`}>{unit}</Link>;
  const handle = (dossierId: string, unit: string) => (
    <Link to={`/dieu-phoi/${dossierId}`} aria-label={t('coordination.handleUnit', { unit })}>
      {t('coordination.handle')}
    </Link>
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('coordination.title')}
      </Typography.Title>
      <Section title={t('coordination.pipeline')} loading={pipeline.isLoading} error={pipeline.error}>
        {(pipeline.data?.items ?? []).length > 0 && (
          <PlainTable
            head={[t('coordination.stage'), t('coordination.count')]}
            rows={(pipeline.data?.items ?? []).map(({ status, phase, count }) => {
              const stage = stageLabel(t, status, phase);
              return [
                `${status}-${phase}`,
                [
                  stage,
                  <Link
                    key="count"
                    to={`/ho-so?status=${status}`}
                    aria-label={t('coordination.openStage', { count, stage })}
                  >
                    {count}
                  </Link>,
                ],
              ];
            })}
          />
        )}
      </Section>
      <Section title={t('coordination.revocations')} loading={revocations.isLoading} error={revocations.error}>
        {(revocations.data?.items ?? []).length > 0 && (
          <PlainTable
            head={[
              t('coordination.unit'),
              t('coordination.phase'),
              t('coordination.unmet'),
              t('coordination.share'),
              t('coordination.critical'),
              t('coordination.grounds'),
              t('coordination.explanationDue'),
              t('coordination.action'),
            ]}
            rows={(revocations.data?.items ?? []).map((item) => [
              item.dossierId,
              [open(item.dossierId, item.unitCode), ...caseCells(item, t), handle(item.dossierId, item.unitCode)],
            ])}
          />
        )}
      </Section>
      <Section title={t('coordination.overdue')} loading={queue.isLoading} error={queue.error}>
        {(queue.data?.overdueCriteria ?? []).length > 0 && (
          <PlainTable
            head={[
              t('coordination.unit'),
              t('review.criterion'),
              t('review.department'),
              t('review.due'),
              t('coordination.action'),
            ]}
            rows={(queue.data?.overdueCriteria ?? []).map((row) => [
              `${row.dossierId}-${row.criterionId}`,
              [
                open(row.dossierId, row.unitCode),
                row.criterionId,
                row.todayDepartment,
                formatDate(row.dueDate),
                handle(row.dossierId, row.unitCode),
              ],
            ])}
          />
        )}
      </Section>
      <Section title={t('coordination.awaiting')} loading={queue.isLoading} error={queue.error}>
        {(queue.data?.awaiting ?? []).length > 0 && (
          <PlainTable
            head={[
              t('coordination.unit'),
              t('coordination.tier'),
              t('coordination.awaitingWhat'),
              t('coordination.action'),
            ]}
            rows={(queue.data?.awaiting ?? []).map((row) => [
              `${row.dossierId}-${row.tier}`,
              [
                open(row.dossierId, row.unitCode),
                t(`tiers.${row.tier}` as 'tiers.province'),
                t(`coordination.awaits.${row.awaiting}`),
                handle(row.dossierId, row.unitCode),
              ],
            ])}
          />
        )}
      </Section>
      <Section title={t('coordination.quorum')} loading={queue.isLoading} error={queue.error}>
        {(queue.data?.councilsWithoutQuorum ?? []).length > 0 && (
          <PlainTable
            head={[
              t('coordination.unit'),
              t('coordination.tier'),
              t('coordination.votes'),
              t('coordination.quorumDue'),
            ]}
            rows={(queue.data?.councilsWithoutQuorum ?? []).map((row) => [
              `${row.dossierId}-${row.session}`,
              [
                open(row.dossierId, row.unitCode),
                t(`tiers.${row.tier}` as 'tiers.province'),
                `${row.votesCount}/${row.members.length}`,
                row.quorumDueDate ? formatDate(row.quorumDueDate) : '—',
              ],
            ])}
          />
        )}
      </Section>
    </Space>
  );
}

/** A case's phase, criteria no longer met, share and band, critical ones, sufficiency and due date. */
function caseCells(item: RevocationCase, t: ReturnType<typeof useTranslation>['t']): ReactNode[] {
  const { revocation } = item;
  const { grounds } = revocation;
  return [
    t(`coordination.phases.${revocation.phase}`),
    revocation.unmetCriterionIds.join(', ') || '—',
    `${percent(grounds.share)} — ${t(`coordination.bands.${grounds.band}`)}`,
    grounds.criticalUnmet.join(', ') || '—',
    <Tag key="grounds" color={grounds.sufficient ? 'red' : 'default'}>
      {grounds.sufficient ? t('coordination.sufficient') : t('coordination.insufficient')}
    </Tag>,
    revocation.explanationDueDate ? formatDate(revocation.explanationDueDate) : '—',
  ];
}

function Section({
  title,
  loading,
  error,
  children,
}: {
  readonly title: string;
  readonly loading: boolean;
  readonly error: unknown;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card title={<CardTitle text={title} />}>
      <ProblemAlert error={error} />
      {loading ? (
        <Spin />
      ) : (
        children || <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coordination.nothing')} />
      )}
    </Card>
  );
}
