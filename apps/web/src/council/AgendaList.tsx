import { Button, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { CardTitle } from '../shared/CardTitle';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { useAgendaPages } from './council';

/** A list of the agenda in its card: its rows, a link to each dossier's council, and the next page on request. */
export function AgendaList<T>({
  title,
  empty,
  pages,
  head,
  rows,
}: {
  readonly title: string;
  readonly empty: string;
  readonly pages: ReturnType<typeof useAgendaPages<T>>['query'];
  readonly head: readonly string[];
  readonly rows: readonly (readonly [string, readonly ReactNode[]])[];
}) {
  const { t } = useTranslation();
  return (
    <Card title={<CardTitle text={title} />}>
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <ProblemAlert error={pages.error} />
        {rows.length === 0 && !pages.isLoading ? (
          <Typography.Text type="secondary">{empty}</Typography.Text>
        ) : (
          <PlainTable head={[...head, '']} rows={rows} />
        )}
        {pages.hasNextPage && (
          <Button onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('council.more')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

export function OpenLink({ dossierId, unitCode }: { readonly dossierId: string; readonly unitCode: string }) {
  const { t } = useTranslation();
  return (
    <Link to={`/hoi-dong/${dossierId}`} aria-label={t('council.openFor', { unit: unitCode })}>
      {t('council.open')}
    </Link>
  );
}
