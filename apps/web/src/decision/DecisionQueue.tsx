import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { useSession } from '../auth/session';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { percent } from '../survey/percent';
import { type ApproverTask, TASK_COLOURS, TASKS } from './tasks';

type QueueItem = components['schemas']['ApproverQueueItemResponse'];
type QueuePage = components['schemas']['ApproverQueuePage'];

interface Filters {
  readonly task?: ApproverTask;
  readonly unit?: string;
  readonly waitingBefore?: string;
}

const PAGE = 50;

/**
 * The approver's desk: recognitions the review cleared, dossiers it returned, revocation proposals
 * whose steps are done, longest waiting first; the filters are the API's, pages by cursor.
 */
export default function DecisionQueue() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const queue = useInfiniteQuery({
    queryKey: ['queue', 'approver', grant, filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: QueuePage) => page.nextCursor,
    queryFn: ({ pageParam }): Promise<QueuePage> =>
      answer(
        api.GET('/api/v1/work-queues/approver', {
          params: { query: { ...filters, limit: PAGE, ...(pageParam && { cursor: pageParam }) } },
        }),
      ),
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('decision.queueTitle')}
      </Typography.Title>
      <Card size="small">
        <Form<Omit<Filters, 'waitingBefore'> & { before?: Dayjs }>
          layout="inline"
          onValuesChange={(_, { before, ...rest }) => {
            const chosen = { ...rest, waitingBefore: before?.format('YYYY-MM-DD') };
            setFilters(Object.fromEntries(Object.entries(chosen).filter(([, value]) => value)));
          }}
        >
          <Form.Item name="unit" label={t('decision.commune')}>
            <Input aria-label={t('decision.filterCommune')} inputMode="numeric" maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="task" label={t('decision.kind')}>
            <Select
              aria-label={t('decision.filterKind')}
              allowClear
              style={{ minWidth: 200 }}
              options={TASKS.map((task) => ({ value: task, label: t(`decision.tasks.${task}`) }))}
            />
          </Form.Item>
          <Form.Item name="before" label={t('decision.waitingBefore')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Form>
      </Card>
      <ProblemAlert error={queue.error} />
      <Table<QueueItem>
        rowKey="dossierId"
        loading={queue.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        size="small"
        locale={{ emptyText: filtered ? t('decision.noneMatching') : t('decision.empty') }}
        columns={[
          {
            title: t('decision.unit'),
            key: 'unit',
            render: (_, item) => `${item.unit.name} (${item.unit.code})`,
          },
          {
            title: t('decision.kind'),
            key: 'task',
            render: (_, item) => <Tag color={TASK_COLOURS[item.task]}>{t(`decision.tasks.${item.task}`)}</Tag>,
          },
          {
            title: t('decision.dossier'),
            key: 'dossier',
            // On a phone the row keeps what the approver picks by: unit, kind, criteria, waiting since.
            responsive: ['md'],
            render: (_, item) =>
              t('decision.dossierLine', {
                level: t(`levels.${item.level}` as 'levels.ntm'),
                year: item.year,
                round: item.round,
              }),
          },
          {
            title: t('decision.criteria'),
            key: 'criteria',
            render: (_, item) => t('dossier.criteriaMet', { met: item.criteria.metCount, total: item.criteria.total }),
          },
          {
            title: t('decision.survey'),
            key: 'survey',
            responsive: ['md'],
            render: (_, item) => (item.survey ? percent(item.survey.rate) : t('app.none')),
          },
          {
            title: t('decision.waitingSince'),
            key: 'waitingSince',
            render: (_, item) => formatDate(item.waitingSince),
          },
          {
            title: '',
            key: 'open',
            render: (_, item) => (
              <Link to={`/quyet-dinh/${item.dossierId}`} aria-label={t('decision.openUnit', { unit: item.unit.name })}>
                {t('decision.open')}
              </Link>
            ),
          },
        ]}
      />
      <Space>
        <Typography.Text type="secondary">{t('decision.count', { count: items.length })}</Typography.Text>
        {queue.hasNextPage && (
          <Button onClick={() => queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
            {t('decision.more')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
