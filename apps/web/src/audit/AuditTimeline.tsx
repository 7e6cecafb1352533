import { Card, DatePicker, Empty, Form, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EvidenceLink } from '../dossier/EvidenceLink';
import { CardTitle } from '../shared/CardTitle';
import { formatDateTime } from '../shared/format';
import { HashText, useAuditLabels } from './labels';
import {
  actorsOf,
  criteriaOf,
  dossierOfStream,
  evidenceOf,
  isBrokenAt,
  matchesFilter,
  type TimelineEntry,
  type TimelineFilter,
  type VerifyResult,
} from './timeline';

type Entry = TimelineEntry & { readonly round: number };
interface FilterForm {
  readonly criterion?: string;
  readonly actor?: string;
  readonly period?: [Dayjs, Dayjs] | null;
}

/** The dossier's story, event by event, with filters the auditor narrows it by (here, on what was read once). */
export function AuditTimeline({
  entries,
  verify,
  criterionName,
}: {
  readonly entries: readonly Entry[];
  /** The verification of each stream the entries come from. */
  readonly verify: readonly (VerifyResult | undefined)[];
  readonly criterionName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>({});
  const shown = entries.filter((entry) => matchesFilter(entry, filter));
  return (
    <Card title={<CardTitle text={t('audit.timeline')} />}>
      <Form<FilterForm>
        layout="inline"
        className="audit-filters"
        onValuesChange={(_, { criterion, actor, period }) =>
          setFilter({
            criterion,
            actor,
            period: period ? [period[0].format('YYYY-MM-DD'), period[1].format('YYYY-MM-DD')] : undefined,
          })
        }
      >
        <Form.Item name="criterion" label={t('audit.criterion')}>
          <Select
            aria-label={t('audit.filterCriterion')}
            allowClear
            style={{ minWidth: 220 }}
            options={criteriaOf(entries).map((id) => ({ value: id, label: criterionName(id) }))}
          />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Select
            aria-label={t('audit.filterActor')}
            allowClear
            style={{ minWidth: 200 }}
            options={actorsOf(entries)}
          />
        </Form.Item>
        <Form.Item name="period" label={t('audit.log.period')}>
          <DatePicker.RangePicker aria-label={t('audit.filterPeriod')} format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" className="audit-count">
        {t('audit.shown', { shown: shown.length, total: entries.length })}
      </Typography.Paragraph>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noneMatching')} />
      ) : (
        <ol className="audit-timeline">
          {shown.map((entry) => (
            <TimelineItem key={entry.eventId} entry={entry} broken={isBrokenAt(verify, entry)} />
          ))}
        </ol>
      )}
    </Card>
  );
}

function TimelineItem({ entry, broken }: { readonly entry: Entry; readonly broken: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useAuditLabels();
  const evidence = evidenceOf(entry);
  const dossierId = dossierOfStream(entry.streamId) ?? '';
  // The system is its own person and role: said once.
  const who = [
    ...new Set([labels.person(entry.actor, entry.role, entry.actorName), labels.role(entry.role)]),
    entry.unit && t('audit.unit', { unit: entry.unit }),
    entry.onBehalfOf && t('audit.onBehalfOf', { name: entry.onBehalfOf }),
  ].filter(Boolean);
  return (
    <li className={broken ? 'audit-entry audit-entry-broken' : 'audit-entry'}>
      <Space wrap size={[8, 4]}>
        <Tag color="blue">{t('audit.round', { round: entry.round })}</Tag>
        <time dateTime={entry.recordedAt}>{formatDateTime(entry.recordedAt)}</time>
        <Typography.Text type="secondary">{t('audit.version', { version: entry.version })}</Typography.Text>
        {broken && <Tag color="red">{t('audit.brokenEntry')}</Tag>}
      </Space>
      <Typography.Paragraph strong className="audit-sentence">
        {i18n.language === 'en' ? entry.sentence.en : entry.sentence.vi}
      </Typography.Paragraph>
      <div>
        {t('audit.actor')}: {who.join(' — ')}
      </div>
      {evidence.length > 0 && (
        <div>
          {t('audit.evidence')}:
          <ul className="audit-evidence">
            {evidence.map((item) => (
              <li key={`${item.sha256}-${item.name}`}>
                <EvidenceLink dossierId={dossierId} evidence={item} /> <HashText value={item.sha256} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        {t('audit.hash')}: <HashText value={entry.hash} />
      </div>
    </li>
  );
}
