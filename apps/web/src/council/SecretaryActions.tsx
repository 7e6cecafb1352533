import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, ifMatch, useCommand } from '../shared/commands';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Council } from './council';

type Tier = NonNullable<Council['tier']>;

const commandParams = (council: Council, sent: CommandHeaders) => ({
  path: { dossierId: council.dossierId },
  header: { ...sent, ...ifMatch(council.version) },
});

/** The secretary convenes a session with the members picked from those holding the tier's council role. */
export function OpenSession({ council, tier }: { readonly council: Council; readonly tier: Tier }) {
  const { t } = useTranslation();
  const candidates = useQuery({
    queryKey: ['dossier', council.dossierId, 'council', 'candidates'],
    queryFn: () =>
      answer(api.GET('/api/v1/dossiers/{id}/council/candidates', { params: { path: { id: council.dossierId } } })),
  });
  const open = useCommand(
    (members: string[], sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/council', {
          params: commandParams(council, sent),
          body: { tier, members },
        }),
      ),
    { dossierId: council.dossierId },
  );
  const people = candidates.data?.items ?? [];
  return (
    <Card title={<CardTitle text={t('council.openTitle')} />}>
      <Form<{ members: string[] }> layout="vertical" onFinish={({ members }) => open.mutate(members ?? [])}>
        <Typography.Paragraph type="secondary">{t('council.openHelp')}</Typography.Paragraph>
        <ProblemAlert error={candidates.error ?? open.error} />
        {candidates.isSuccess && people.length === 0 && <Alert type="warning" title={t('council.noCandidates')} />}
        {/* No required rule: antd would put aria-required on the group's div; the API names an empty list. */}
        <Form.Item name="members" label={t('council.members')}>
          <Checkbox.Group>
            <Space orientation="vertical">
              {people.map((person) => (
                <Checkbox key={person.userId} value={person.userId} disabled={person.appraisedThisDossier}>
                  {person.name} ({person.userId}){person.appraisedThisDossier && ` — ${t('council.conflict')}`}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {t('council.openSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Why no session may be opened now, in the domain's words. */
export function CannotOpen({ reason }: { readonly reason: NonNullable<Council['opening']['reason']> }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('council.cannotOpen')}
      description={i18n.language === 'en' ? reason.messageEn : reason.messageVi}
    />
  );
}

/** Closing counts the quorum and the approval share; the outcome shows on the session. */
export function CloseSession({ council, tier }: { readonly council: Council; readonly tier: Tier }) {
  const { t } = useTranslation();
  const close = useCommand(
    (_: void, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/council/closure', {
          params: commandParams(council, sent),
          body: { tier },
        }),
      ),
    { dossierId: council.dossierId },
  );
  return (
    <Card title={<CardTitle text={t('council.closeTitle')} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('council.closeHelp')}</Typography.Text>
        <ProblemAlert error={close.error} />
        <Button type="primary" loading={close.isPending} onClick={() => close.mutate()}>
          {t('council.closeSubmit')}
        </Button>
      </Space>
    </Card>
  );
}
