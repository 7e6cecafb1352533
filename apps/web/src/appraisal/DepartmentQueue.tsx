import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { useSession } from '../auth/session';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';

type QueueItem = components['schemas']['QueueReviewResponse'];
type QueuePage = components['schemas']['DepartmentQueuePage'];

interface Filters {
  readonly criterion?: string;
  readonly unit?: string;
  readonly status?: 'pending' | 'supplement-requested';
  readonly overdue?: boolean;
  readonly dueBy?: string;
}

const PAGE = 50;

/** Criteria in their catalogue order: 2 before 10, and 19.1 or DK.3 where they fall. */
const byCriterion = (a: QueueItem, b: QueueItem) => a.criterionId.localeCompare(b.criterionId, 'vi', { numeric: true });

/**
 * The criteria the appraiser's department (or every department they appraise for) has to decide,
 * across the province's dossiers, earliest due first; filters are the API's, pages by cursor.
 */
export default function DepartmentQueue() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const queue = useInfiniteQuery({
    queryKey: ['queue', 'department', grant, filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: QueuePage) => page.nextCursor,
    queryFn: ({ pageParam }): Promise<QueuePage> =>
      answer(
        api.GET('/api/v1/work-queues/department', {
          params: { query: { ...filters, limit: PAGE, ...(pageParam && { cursor: pageParam }) } },
        }),
      ),
  });
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('queue.title')}
      </Typography.Title>
      <Card size="small">
        <Form<Filters & { due?: Dayjs }>
          layout="inline"
          onValuesChange={(_, all) => {
            const { due, ...rest } = all;
            const cleaned = Object.fromEntries(
              Object.entries({ ...rest, dueBy: due?.format('YYYY-MM-DD') }).filter(
                ([, value]) => value !== undefined && value !== '' && value !== false,
              ),
            );
            setFilters(cleaned);
          }}
        >
          <Form.Item name="criterion" label={t('queue.criterion')}>
            <Input aria-label={t('queue.filterCriterion')} inputMode="numeric" maxLength={2} style={{ width: 80 }} />
          </Form.Item>
          <Form.Item name="unit" label={t('queue.commune')}>
            <Input aria-label={t('queue.filterCommune')} inputMode="numeric" maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="status" label={t('queue.status')}>
            <Select
              aria-label={t('queue.filterStatus')}
              allowClear
              style={{ minWidth: 180 }}
              options={(['pending', 'supplement-requested'] as const).map((status) => ({
                value: status,
                label: t(`reviewStatuses.${status}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="due" label={t('queue.dueBy')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="overdue" label={t('queue.onlyOverdue')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Card>
      <ProblemAlert error={queue.error} />
      <Table<QueueItem>
        rowKey={(item) => `${item.dossierId}/${item.criterionId}`}
        loading={queue.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        size="small"
        locale={{ emptyText: t('queue.empty') }}
        columns={[
          {
            title: t('queue.commune'),
            dataIndex: 'unitCode',
            sorter: (a, b) => a.unitCode.localeCompare(b.unitCode),
          },
          {
            title: t('queue.criterion'),
            dataIndex: 'criterionId',
            sorter: byCriterion,
          },
          {
            title: t('queue.department'),
            key: 'department',
            // A criterion pinned to a body retired in 2025 is done today by its successor.
            render: (_, item) =>
              item.todayDepartment && item.todayDepartment !== item.department
                ? t('queue.routed', { today: item.todayDepartment, pinned: item.department })
                : item.department,
          },
          {
            title: t('queue.due'),
            key: 'dueDate',
            defaultSortOrder: 'ascend',
            sorter: (a, b) =>
              a.dueDate.localeCompare(b.dueDate) || a.unitCode.localeCompare(b.unitCode) || byCriterion(a, b),
            render: (_, item) => (
              <>
                {formatDate(item.dueDate)} {item.overdue && <Tag color="red">{t('queue.overdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('queue.status'),
            key: 'status',
            render: (_, item) => t(`reviewStatuses.${item.status}` as 'reviewStatuses.pending'),
          },
          {
            title: '',
            key: 'open',
            render: (_, item) => (
              <Link
                to={`/tham-dinh/${item.dossierId}/${item.criterionId}`}
                aria-label={`${t('queue.open')} ${item.unitCode} — ${item.criterionId}`}
              >
                {t('queue.open')}
              </Link>
            ),
          },
        ]}
      />
      <Space>
        <Typography.Text type="secondary">{t('queue.count', { count: items.length })}</Typography.Text>
        {queue.hasNextPage && (
          <Button onClick={() => queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
            {t('queue.more')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
