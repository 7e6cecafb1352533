import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { formatDate } from '../shared/format';
import { AgendaList, OpenLink } from './AgendaList';
import { type AgendaFilters, matches, percent, useAgendaPages, useSittingSessions } from './council';

/** Dossiers the secretary may convene a council on: consolidated with every criterion met, or a revocation proposal. */
export function WaitingDossiers({ filters }: { readonly filters: AgendaFilters }) {
  const { t } = useTranslation();
  const { query, items } = useAgendaPages('waiting', (cursor) =>
    answer(
      api.GET('/api/v1/work-queues/council/waiting', { params: { query: { limit: 100, ...(cursor && { cursor }) } } }),
    ),
  );
  return (
    <AgendaList
      title={t('council.waiting')}
      empty={t('council.waitingEmpty')}
      pages={query}
      head={[t('council.commune'), t('council.subjectLabel'), t('council.criteriaMet'), t('council.survey')]}
      rows={items
        .filter((item) => matches(filters, item))
        .map((item) => [
          item.dossierId,
          [
            item.unitCode,
            t(`council.subject.${item.subject}`),
            `${item.metCount}/${item.total}`,
            item.surveyRate === null ? '—' : percent(item.surveyRate),
            <OpenLink key="open" dossierId={item.dossierId} unitCode={item.unitCode} />,
          ],
        ])}
    />
  );
}

/** Sessions sitting: how many members voted (never how), and a quorum overdue. */
export function SittingSessions({ filters }: { readonly filters: AgendaFilters }) {
  const { t } = useTranslation();
  const { query, items } = useSittingSessions();
  return (
    <AgendaList
      title={t('council.sitting')}
      empty={t('council.sittingEmpty')}
      pages={query}
      head={[t('council.commune'), t('council.subjectLabel'), t('council.votes')]}
      rows={items
        .filter((item) => matches(filters, item))
        .map((item) => [
          item.dossierId,
          [
            item.unitCode,
            t('council.subjectSession', {
              subject: t(`council.subject.${item.subject as 'recognition'}`),
              session: item.session,
            }),
            <>
              {t('council.votesCount', { count: item.votesCount, members: item.members.length })}{' '}
              {item.quorumDueDate && (
                <Tag color="red">{t('council.quorumOverdue', { date: formatDate(item.quorumDueDate) })}</Tag>
              )}
            </>,
            <OpenLink key="open" dossierId={item.dossierId} unitCode={item.unitCode} />,
          ],
        ])}
    />
  );
}
