import { Tag } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { useSession } from '../auth/session';
import { AgendaList, OpenLink } from './AgendaList';
import { type AgendaFilters, type Council, matches, useSittingSessions } from './council';

type Ballot = 'voted' | 'pending' | 'conflicted';

const ballotOf = (council: Council | undefined): Ballot | undefined =>
  council && (council.caller.voted ? 'voted' : council.caller.conflicted ? 'conflicted' : 'pending');

/** The sessions the member sits on, each with whether their own ballot is cast (read from the dossier's council). */
export function MemberSessions({ filters }: { readonly filters: AgendaFilters }) {
  const { t } = useTranslation();
  const { identity } = useSession();
  const { query, items } = useSittingSessions();
  const mine = items.filter((item) => item.members.includes(identity.userId));
  const councils = useQueries({
    queries: mine.map((item) => ({
      queryKey: ['dossier', item.dossierId, 'council'],
      queryFn: () => answer(api.GET('/api/v1/dossiers/{id}/council', { params: { path: { id: item.dossierId } } })),
    })),
  });
  const rows = mine
    .map((item, index) => ({ item, ballot: ballotOf(councils[index]?.data) }))
    .filter(({ item, ballot }) => matches(filters, item) && (!filters.voted || ballot === filters.voted));
  const colour = { voted: 'green', pending: 'gold', conflicted: 'red' } as const;
  const label = {
    voted: 'council.votedMine',
    pending: 'council.notVotedMine',
    conflicted: 'council.conflictedMine',
  } as const;
  return (
    <AgendaList
      title={t('council.mine')}
      empty={t('council.mineEmpty')}
      pages={query}
      head={[t('council.commune'), t('council.subjectLabel'), t('council.myVote')]}
      rows={rows.map(({ item, ballot }) => [
        item.dossierId,
        [
          item.unitCode,
          t('council.subjectSession', {
            subject: t(`council.subject.${item.subject as 'recognition'}`),
            session: item.session,
          }),
          ballot ? <Tag color={colour[ballot]}>{t(label[ballot])}</Tag> : '…',
          <OpenLink key="open" dossierId={item.dossierId} unitCode={item.unitCode} />,
        ],
      ])}
    />
  );
}
