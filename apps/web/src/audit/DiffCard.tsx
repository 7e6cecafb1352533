import { Card, Empty, Form, Select, Spin } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CardTitle } from '../shared/CardTitle';
import { formatDateTime, formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import { VerdictTag } from './PointInTime';
import { useDiff } from './useAudit';

interface Change {
  readonly from: unknown;
  readonly to: unknown;
}
interface Moment {
  readonly version: number;
  readonly recordedAt: string;
  readonly round: number;
}

/** What changed between two moments of the dossier, criterion by criterion, read as before → after. */
export function DiffCard({
  dossierId,
  moments,
  initial,
  criterionName,
}: {
  readonly dossierId: string;
  /** The dossier stream's versions, in order. */
  readonly moments: readonly Moment[];
  readonly initial: readonly [number, number];
  readonly criterionName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [[from, to], setRange] = useState(initial);
  const diff = useDiff(dossierId, from, to);
  const options = moments.map(({ version, recordedAt, round }) => ({
    value: version,
    label: t('audit.versionOption', { version, at: formatDateTime(recordedAt), round }),
  }));
  const rows = diff.data ? diffRows(diff.data, criterionName, t) : [];
  return (
    <Card title={<CardTitle text={t('audit.diff')} />}>
      <Form layout="inline" className="audit-filters">
        <Form.Item label={t('audit.diffFrom')}>
          <Select
            aria-label={t('audit.diffFrom')}
            value={from}
            onChange={(value) => setRange([value, to])}
            options={options}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('audit.diffTo')}>
          <Select
            aria-label={t('audit.diffTo')}
            value={to}
            onChange={(value) => setRange([from, value])}
            options={options}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={diff.error} />
      {!diff.data ? (
        <Spin />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChange')} />
      ) : (
        // On a phone the three columns share its width: "after" is what the reader came for, never off-screen.
        <div className="audit-diff">
          <PlainTable head={[t('audit.what'), t('audit.before'), t('audit.after')]} wrap={[0, 1, 2]} rows={rows} />
        </div>
      )}
    </Card>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
type Row = [string, ReactNode[]];

const shownValue = (value: unknown, t: T): string =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'boolean'
      ? t(value ? 'app.yes' : 'app.no')
      : typeof value === 'number'
        ? formatNumber(value)
        : String(value);

/** The diff's parts as table rows: status and round first, then each criterion, indicator and the votes. */
function diffRows(diff: Record<string, unknown>, criterionName: (id: string) => string, t: T): Row[] {
  const rows: Row[] = [];
  const status = diff.status as Change | undefined;
  if (status) {
    const name = (value: unknown) => (value ? t(`statuses.${String(value)}` as 'statuses.registered') : '—');
    rows.push(['status', [t('dossier.status'), name(status.from), name(status.to)]]);
  }
  const round = diff.round as Change | undefined;
  if (round) rows.push(['round', [t('dossier.round'), shownValue(round.from, t), shownValue(round.to, t)]]);
  for (const [id, change] of Object.entries(diff.criteria as Record<string, Change>))
    rows.push([
      `criterion-${id}`,
      [
        criterionName(id),
        <VerdictTag key="from" verdict={change.from as string | null} />,
        <VerdictTag key="to" verdict={change.to as string | null} />,
      ],
    ]);
  for (const [id, change] of Object.entries(diff.indicators as Record<string, Change>))
    rows.push([
      `indicator-${id}`,
      [t('audit.indicator', { id }), shownValue(change.from, t), shownValue(change.to, t)],
    ]);
  const votes = diff.votes as Change | undefined;
  if (votes) rows.push(['votes', [t('audit.votes'), shownValue(votes.from, t), shownValue(votes.to, t)]]);
  return rows;
}
