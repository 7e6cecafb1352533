import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { ProblemAlert } from '../shared/ProblemAlert';

type Preferences = components['schemas']['NotificationPreferencesResponse'];
interface Choice {
  readonly emailEnabled: boolean;
  readonly email?: string;
  readonly dailyDigest: boolean;
}

const PREFERENCES_KEY = ['notification-preferences'] as const;

/** Cách nhận thông báo: the inbox always, e-mail if the user gives an address, one by one or as a daily digest. */
export function NotificationPreferencesCard() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const preferences = useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => answer(api.GET('/api/v1/me/notification-preferences')),
  });
  const save = useMutation({
    mutationFn: ({ email, ...choice }: Choice) =>
      answer(api.PUT('/api/v1/me/notification-preferences', { body: { ...choice, email: email?.trim() || null } })),
    onSuccess: (saved: Preferences) => queries.setQueryData(PREFERENCES_KEY, saved),
  });
  const [form] = Form.useForm<Choice>();
  const emailEnabled = Form.useWatch('emailEnabled', form);
  const current = preferences.data;
  return (
    <Card title={t('notifications.preferences')} size="small" loading={preferences.isLoading}>
      {current && !current.emailAvailable ? (
        <Alert type="info" showIcon title={t('notifications.emailUnavailable')} style={{ marginBottom: 16 }} />
      ) : null}
      <ProblemAlert error={preferences.error ?? save.error} />
      {current ? (
        <Form<Choice>
          form={form}
          layout="vertical"
          initialValues={{
            emailEnabled: current.channels.email,
            email: current.email ?? '',
            dailyDigest: current.channels.dailyDigest,
          }}
          onFinish={(choice) => save.mutate(choice)}
        >
          <Form.Item name="emailEnabled" label={t('notifications.emailEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('notifications.email')}
            rules={[{ required: !!emailEnabled, type: 'email', message: t('notifications.emailInvalid') }]}
          >
            <Input type="email" autoComplete="email" disabled={!emailEnabled} maxLength={254} />
          </Form.Item>
          <Form.Item name="dailyDigest" valuePropName="checked">
            <Checkbox disabled={!emailEnabled}>{t('notifications.dailyDigest')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('notifications.save')}
          </Button>
          {save.isSuccess ? <Alert type="success" title={t('notifications.saved')} style={{ marginTop: 12 }} /> : null}
        </Form>
      ) : null}
    </Card>
  );
}
