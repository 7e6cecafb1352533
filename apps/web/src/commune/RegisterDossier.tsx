import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

import { answer, api } from '../api/client';
import { useSession } from '../auth/session';
import { useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate, todayInVietnam } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';

const LEVELS = ['ntm', 'advanced', 'model', 'modern'] as const;

interface Registration {
  readonly unitCode: string;
  readonly level: (typeof LEVELS)[number];
  readonly year: number;
  readonly communeGroup?: 1 | 2 | 3;
}

/** Filing a dossier: the catalogue and procedure follow from today's date, shown before filing. */
export default function RegisterDossier() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Registration>();
  const today = todayInVietnam();
  const catalogues = useQuery({ queryKey: ['catalogue'], queryFn: () => answer(api.GET('/api/v1/catalogue')) });
  const inForce = (catalogues.data ?? [])
    .filter((version) => version.effectiveFrom <= today)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  const register = useCommand(
    (body: Registration, headers) => answer(api.POST('/api/v1/dossiers', { body, params: { header: headers } })),
    { onSuccess: ({ dossierId }) => navigate(`/ho-so/${dossierId}`) },
  );
  return (
    <Card>
      <Typography.Title level={1} className="page-title">
        {t('register.title')}
      </Typography.Title>
      <Form<Registration>
        form={form}
        layout="vertical"
        initialValues={{ unitCode: grant.unit, level: 'ntm', year: Number(today.slice(0, 4)) }}
        onFinish={(values) => register.mutate(values, { onError: (error) => showFieldErrors(form, error) })}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="unitCode"
          label={t('register.unit')}
          extra={t('register.unitHelp')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input inputMode="numeric" maxLength={5} />
        </Form.Item>
        <Form.Item name="level" label={t('register.level')} rules={[{ required: true, message: t('errors.required') }]}>
          <Select options={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))} />
        </Form.Item>
        <Form.Item name="year" label={t('register.year')} rules={[{ required: true, message: t('errors.required') }]}>
          <InputNumber min={2021} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="communeGroup" label={t('register.group')} extra={t('register.groupHelp')}>
          <Select
            allowClear
            options={([1, 2, 3] as const).map((group) => ({ value: group, label: t('register.groupN', { group }) }))}
          />
        </Form.Item>
        {inForce && (
          <Form.Item label={t('register.catalogue')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>
                {inForce.title} ({inForce.id}, {formatDate(inForce.effectiveFrom)})
              </Typography.Text>
              <Alert
                role="status"
                type={inForce.status === 'published' ? 'success' : 'warning'}
                showIcon
                title={inForce.status === 'published' ? t('register.published') : t('register.draft')}
                description={[
                  inForce.legalReference,
                  inForce.unconfirmedThresholds > 0 &&
                    t('register.unconfirmed', { count: inForce.unconfirmedThresholds }),
                ]
                  .filter(Boolean)
                  .join(' — ')}
              />
            </Space>
          </Form.Item>
        )}
        <Space orientation="vertical" style={{ width: '100%' }}>
          <ProblemAlert error={register.error ?? catalogues.error} />
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
