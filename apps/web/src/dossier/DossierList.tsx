import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components, operations } from '../api/schema';
import { ProblemAlert } from '../shared/ProblemAlert';
import { DossierTable } from './DossierTable';

type Filters = NonNullable<operations['DossierQueriesController_dossiers']['parameters']['query']>;
type DossierPage = components['schemas']['DossierPage'];

const STATUSES = [
  'registered',
  'self-assessed',
  'posted',
  'posting-closed',
  'surveyed',
  'in-review',
  'recognised',
  'revocation-proposed',
  'revoked',
  'refused',
  'withdrawn',
] as const;
const LEVELS = ['ntm', 'advanced', 'model', 'modern'] as const;
const PAGE = 50;

/** The filters as the address keeps them, so a count on the coordinator's board opens its dossiers. */
function filtersOf(params: URLSearchParams): Filters {
  const year = Number(params.get('year'));
  return {
    ...(params.get('status') && { status: params.get('status') as Filters['status'] }),
    ...(params.get('level') && { level: params.get('level') as Filters['level'] }),
    ...(year > 0 && { year }),
    ...(params.get('unit') && { unit: params.get('unit')! }),
    ...(params.get('overdue') === 'true' && { overdue: true }),
  };
}

/** The dossiers of the acting role's jurisdiction, filtered as the API filters, paged by cursor. */
export default function DossierList() {
  const { t } = useTranslation();
  return <DossierSearch title={t('nav.dossiers')} />;
}

/** The dossier list under a role's own title, each dossier opening where that role works on it. */
export function DossierSearch({
  title,
  linkTo,
}: {
  readonly title: string;
  readonly linkTo?: ComponentProps<typeof DossierTable>['linkTo'];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const dossiers = useInfiniteQuery({
    queryKey: ['dossiers', filters],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: DossierPage) => page.nextCursor,
    queryFn: ({ pageParam }): Promise<DossierPage> =>
      answer(
        api.GET('/api/v1/dossiers', {
          params: { query: { ...filters, limit: PAGE, ...(pageParam && { cursor: pageParam }) } },
        }),
      ),
  });
  const items = dossiers.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(filters).length > 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {title}
      </Typography.Title>
      <Card size="small">
        <Form<Filters>
          layout="inline"
          initialValues={filters}
          onValuesChange={(_, all) =>
            setParams(
              Object.entries(all).flatMap(([name, value]): [string, string][] =>
                value === undefined || value === null || value === '' || value === false ? [] : [[name, String(value)]],
              ),
              { replace: true },
            )
          }
        >
          <Form.Item name="status" label={t('dossier.status')}>
            <Select
              allowClear
              style={{ minWidth: 220 }}
              options={STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            />
          </Form.Item>
          <Form.Item name="level" label={t('register.level')}>
            <Select
              allowClear
              style={{ minWidth: 200 }}
              options={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
            />
          </Form.Item>
          <Form.Item name="year" label={t('dossiers.year')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="unit" label={t('dossiers.unit')}>
            <Input inputMode="numeric" maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="overdue" label={t('dossiers.overdue')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Card>
      <ProblemAlert error={dossiers.error} />
      <DossierTable
        items={items}
        linkTo={linkTo}
        loading={dossiers.isLoading}
        empty={filtered ? t('dossiers.noneMatching') : t('dossier.noneInScope')}
      />
      {dossiers.hasNextPage && (
        <Button onClick={() => void dossiers.fetchNextPage()} loading={dossiers.isFetchingNextPage}>
          {t('dossiers.more')}
        </Button>
      )}
    </Space>
  );
}
