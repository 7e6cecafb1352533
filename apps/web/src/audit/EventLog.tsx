import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Form, Input, Space, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { CardTitle } from '../shared/CardTitle';
import { formatDateTime } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import { HashText, useAuditLabels } from './labels';
import { dossierOfStream } from './timeline';

type StoredEvent = components['schemas']['StoredEventLineResponse'];
interface Search {
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
}
interface SearchForm {
  readonly actor?: string;
  readonly period?: [Dayjs, Dayjs] | null;
}
const PAGE = 25;

/** A period of whole days in Vietnam as the instants the API filters by. */
const periodOf = (period: SearchForm['period']): Pick<Search, 'from' | 'to'> =>
  period
    ? {
        from: `${period[0].format('YYYY-MM-DD')}T00:00:00+07:00`,
        to: `${period[1].format('YYYY-MM-DD')}T23:59:59.999+07:00`,
      }
    : {};

/**
 * Every event of the jurisdiction, whoever's and whatever dossier's, filtered by person and period
 * and paged forward by the API's cursor; the cursors already followed page back.
 */
export default function EventLog() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<Search>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const page = useQuery({
    queryKey: ['audit', 'events', search, cursor],
    queryFn: () => answer(api.GET('/api/v1/audit/events', { params: { query: { ...search, limit: PAGE, cursor } } })),
    staleTime: Infinity,
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('audit.log.title')}
      </Typography.Title>
      <Card size="small">
        <Form<SearchForm>
          layout="inline"
          className="audit-filters"
          onValuesChange={(_, { actor, period }) => {
            setCursors([]);
            setSearch({ ...(actor?.trim() && { actor: actor.trim() }), ...periodOf(period) });
          }}
        >
          <Form.Item name="actor" label={t('audit.log.actor')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="period" label={t('audit.log.period')}>
            <DatePicker.RangePicker aria-label={t('audit.filterPeriod')} format="DD/MM/YYYY" />
          </Form.Item>
        </Form>
      </Card>
      <ProblemAlert error={page.error} />
      <Card title={<CardTitle text={t('audit.log.page', { page: cursors.length + 1 })} />}>
        {page.data ? <EventRows events={page.data.events} /> : <Spin />}
        <Space className="audit-pager">
          <Button disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('audit.log.previous')}
          </Button>
          <Button
            disabled={!page.data?.nextCursor}
            onClick={() => page.data?.nextCursor && setCursors([...cursors, page.data.nextCursor])}
          >
            {t('audit.log.next')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}

function EventRows({ events }: { readonly events: readonly StoredEvent[] }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.log.empty')} />;
  return (
    <PlainTable
      head={[
        t('audit.log.time'),
        t('audit.actor'),
        t('audit.log.role'),
        t('audit.log.event'),
        t('audit.log.dossier'),
        t('audit.hash'),
      ]}
      wrap={[3]}
      rows={events.map((event) => {
        const { actor, role } = event.metadata as { actor?: string; role?: string };
        const dossierId = dossierOfStream(event.streamId);
        return [
          event.eventId,
          [
            formatDateTime(event.recordedAt),
            labels.person(actor, role),
            labels.role(role),
            labels.eventType(event.type),
            dossierId ? <Link to={`/kiem-tra/${dossierId}`}>{dossierId}</Link> : event.streamId,
            <HashText key="hash" value={event.hash} />,
          ],
        ];
      })}
    />
  );
}
