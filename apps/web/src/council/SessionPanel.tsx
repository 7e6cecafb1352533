import { Alert, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { CardTitle } from '../shared/CardTitle';
import { formatDate } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { type CouncilSession, percent } from './council';

const outcomeKey = (session: CouncilSession) =>
  !session.quorumMet
    ? 'council.outcomeNoQuorum'
    : session.approved
      ? 'council.outcomeApproved'
      : 'council.outcomeNotApproved';

/** The session: its members with who voted (never how) and conflicts, the live tally against the rule, its outcome. */
export function SessionPanel({
  session,
  earlier,
}: {
  readonly session: CouncilSession;
  readonly earlier: readonly CouncilSession[];
}) {
  const { t } = useTranslation();
  const members = session.members.length;
  return (
    <Card
      title={
        <CardTitle
          text={t('council.session', {
            session: session.session,
            subject: t(`council.subject.${session.subject}`),
          })}
        />
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <PlainTable
          head={[t('council.member'), t('council.voted')]}
          rows={session.members.map((member) => [
            member.memberId,
            [
              member.name ?? member.memberId,
              member.voted ? (
                <Tag color="green">{t('council.votedYes')}</Tag>
              ) : member.appraisedThisDossier ? (
                // The longest cell: it wraps in the last column rather than pushing over the name on a phone.
                <Tag color="red" style={{ whiteSpace: 'normal' }}>
                  {t('council.conflict')}
                </Tag>
              ) : (
                t('council.notVoted')
              ),
            ],
          ])}
        />
        <Typography.Text type="secondary">{t('council.secret')}</Typography.Text>
        <ul className="council-tally" aria-live="polite">
          <li>
            {t('council.quorum', { present: session.present, members, rule: percent(session.quorumShare) })}{' '}
            <Tag color={session.quorumMet ? 'green' : 'gold'}>
              {t(session.quorumMet ? 'council.met' : 'council.notMet')}
            </Tag>
          </li>
          <li>
            {t('council.approval', {
              approvals: session.approvals,
              present: session.present,
              rule: percent(session.approvalShare),
            })}{' '}
            <Tag color={session.approved ? 'green' : 'gold'}>
              {t(session.approved ? 'council.met' : 'council.notMet')}
            </Tag>
          </li>
          {session.quorumDueDate && <li>{t('council.quorumDue', { date: formatDate(session.quorumDueDate) })}</li>}
        </ul>
        {session.closed && (
          <Alert
            type={session.approved ? 'success' : 'warning'}
            showIcon
            role="status"
            title={t(outcomeKey(session))}
          />
        )}
        {earlier.length > 0 && (
          <>
            <Typography.Text strong>{t('council.earlier')}</Typography.Text>
            <ul>
              {earlier.map((each) => (
                <li key={each.session}>
                  {t('council.earlierSession', {
                    session: each.session,
                    present: each.present,
                    members: each.members.length,
                    approvals: each.approvals,
                    outcome: t(outcomeKey(each)),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </Space>
    </Card>
  );
}
