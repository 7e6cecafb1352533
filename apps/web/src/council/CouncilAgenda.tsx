import { Card, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useSession } from '../auth/session';
import { type AgendaFilters, MEMBER_ROLES } from './council';
import { MemberSessions } from './MemberSessions';
import { SittingSessions, WaitingDossiers } from './SecretaryLists';

/**
 * The council agenda: the secretary sees the dossiers waiting for a session and the sessions
 * sitting; a member, the sessions they sit on and whether they have voted on each.
 */
export default function CouncilAgenda() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const [filters, setFilters] = useState<AgendaFilters>({});
  const member = MEMBER_ROLES.includes(grant.role);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('council.agendaTitle')}
      </Typography.Title>
      <Card size="small">
        <Form<AgendaFilters>
          layout="inline"
          onValuesChange={(_, all) =>
            setFilters(
              Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined && value !== '')),
            )
          }
        >
          <Form.Item name="unit" label={t('council.commune')}>
            <Input aria-label={t('council.filterCommune')} inputMode="numeric" maxLength={5} style={{ width: 100 }} />
          </Form.Item>
          <FilterSelect
            name="subject"
            label={t('council.subjectLabel')}
            aria={t('council.filterSubject')}
            options={(['recognition', 'revocation'] as const).map((value) => [value, t(`council.subject.${value}`)])}
          />
          {member && (
            <FilterSelect
              name="voted"
              label={t('council.myVote')}
              aria={t('council.filterVoted')}
              options={(['voted', 'pending'] as const).map((value) => [value, t(`council.votedFilter.${value}`)])}
            />
          )}
        </Form>
      </Card>
      {member ? (
        <MemberSessions filters={filters} />
      ) : (
        <>
          <WaitingDossiers filters={filters} />
          <SittingSessions filters={filters} />
        </>
      )}
    </Space>
  );
}

/** A filter of the agenda picked from a few values, cleared to show all. */
function FilterSelect({
  name,
  label,
  aria,
  options,
}: {
  readonly name: keyof AgendaFilters;
  readonly label: string;
  readonly aria: string;
  readonly options: readonly (readonly [string, string])[];
}) {
  return (
    <Form.Item name={name} label={label}>
      <Select
        aria-label={aria}
        allowClear
        style={{ minWidth: 160 }}
        options={options.map(([value, text]) => ({ value, label: text }))}
      />
    </Form.Item>
  );
}
