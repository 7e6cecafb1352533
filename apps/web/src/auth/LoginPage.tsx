import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { ProblemAlert } from '../shared/ProblemAlert';
import { LanguageToggle } from '../layout/LanguageToggle';
import { OIDC_CALLBACK_PATH, oidcClient, rememberIssuer } from './oidc';
import { tokenStore } from './session';

/** The page a user without a session sees, whatever address they opened. */
export default function LoginPage() {
  const { t } = useTranslation();
  const options = useQuery({
    queryKey: ['login-options'],
    queryFn: () => answer(api.GET('/api/v1/auth/login-options')),
  });
  const expired = new URLSearchParams(window.location.search).has('het-han');
  return (
    <main id="main" className="login">
      <Card className="login-card">
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div className="login-header">
            <Typography.Title level={1} className="login-title">
              {t('app.title')}
            </Typography.Title>
            <LanguageToggle />
          </div>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          {expired && <Typography.Text type="warning">{t('login.expired')}</Typography.Text>}
          <ProblemAlert error={options.error} />
          {options.data?.oidc && <OidcLogin options={options.data.oidc} />}
          {options.data?.devLogin && <DevLogin />}
          {options.data && !options.data.devLogin && !options.data.oidc && (
            <Typography.Text>{t('login.noMethod')}</Typography.Text>
          )}
        </Space>
      </Card>
    </main>
  );
}

type OidcOptions = Parameters<typeof oidcClient>[0];

function OidcLogin({ options }: { readonly options: OidcOptions }) {
  const { t } = useTranslation();
  const returning = window.location.pathname === OIDC_CALLBACK_PATH;
  const callback = useMutation({
    mutationFn: async () => (await oidcClient(options)).signinRedirectCallback(),
    onSuccess: (user) => {
      tokenStore.write(user.access_token);
      rememberIssuer(options);
      window.location.replace('/');
    },
  });
  const { mutate } = callback;
  useEffect(() => {
    if (returning) mutate();
  }, [returning, mutate]);
  if (returning)
    return callback.error ? <ProblemAlert error={callback.error} /> : <span>{t('login.oidcReturning')}</span>;
  return (
    <Button type="primary" size="large" onClick={async () => (await oidcClient(options)).signinRedirect()}>
      {t('login.oidc')}
    </Button>
  );
}

function DevLogin() {
  const { t } = useTranslation();
  const users = useQuery({ queryKey: ['demo-users'], queryFn: () => answer(api.GET('/api/v1/auth/dev-login/users')) });
  const login = useMutation({
    mutationFn: (userId: string) => answer(api.POST('/api/v1/auth/dev-login', { body: { userId } })),
    onSuccess: ({ accessToken }) => {
      tokenStore.write(accessToken);
      window.location.replace('/');
    },
  });
  return (
    <Form layout="vertical" onFinish={({ userId }: { userId: string }) => login.mutate(userId)}>
      <Typography.Title level={2} className="login-subtitle">
        {t('login.devTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('login.devHelp')}</Typography.Paragraph>
      <Form.Item name="userId" label={t('login.user')} rules={[{ required: true, message: t('errors.required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.isLoading}
          options={(users.data ?? []).map((user) => ({
            value: user.userId,
            label: `${user.name} — ${user.grants.map((grant) => t(`roles.${grant.role}`)).join(', ')} (${user.userId})`,
          }))}
        />
      </Form.Item>
      <ProblemAlert error={users.error ?? login.error} />
      <Button type="primary" htmlType="submit" loading={login.isPending}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
