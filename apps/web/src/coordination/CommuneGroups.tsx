import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, ifMatch, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';

/** The 2026–2030 catalogue: the version whose criteria distinguish the three commune groups. */
const GROUPED_VERSION = '2026.1';

interface Assignment {
  readonly group: 1 | 2 | 3;
  readonly reason: string;
}

/**
 * QĐ 51/2025/QĐ-TTg: the provincial coordination office places each commune in group 1, 2 or 3,
 * recorded as an audited event; a dossier already filed keeps the group it was filed under.
 */
export default function CommuneGroups() {
  const { t } = useTranslation();
  const [code, setCode] = useState<string>();
  const [form] = Form.useForm<Assignment>();
  const groups = useQuery({
    queryKey: ['commune-groups', code],
    enabled: code !== undefined,
    queryFn: () => answer(api.GET('/api/v1/communes/{code}/groups', { params: { path: { code: code! } } })),
  });
  const assign = useCommand(
    (body: Assignment, sent: CommandHeaders) =>
      answer(
        api.PUT('/api/v1/communes/{code}/groups/{catalogueVersion}', {
          params: {
            path: { code: code!, catalogueVersion: GROUPED_VERSION },
            header: { ...sent, ...ifMatch(groups.data?.version) },
          },
          body,
        }),
      ),
    { onSuccess: () => void groups.refetch() },
  );
  const current = groups.data?.groups[GROUPED_VERSION];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('communeGroups.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph>{t('communeGroups.help')}</Typography.Paragraph>
        <Input.Search
          aria-label={t('communeGroups.code')}
          placeholder={t('communeGroups.code')}
          inputMode="numeric"
          maxLength={5}
          enterButton={t('communeGroups.find')}
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            assign.reset();
            setCode(value.trim() || undefined);
          }}
        />
      </Card>
      <ProblemAlert error={groups.error} />
      {groups.data && (
        <Card title={<CardTitle text={t('communeGroups.of', { code: groups.data.unitCode })} />}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <PlainTable
              head={[t('communeGroups.version'), t('communeGroups.group')]}
              rows={Object.entries(groups.data.groups).map(([version, group]) => [
                version,
                [version, t('communeGroups.groupN', { group })],
              ])}
            />
            {assign.isSuccess && <Alert type="success" role="status" title={t('communeGroups.assigned')} />}
            <Form<Assignment>
              form={form}
              layout="vertical"
              onFinish={(body) =>
                assign.mutate(body, {
                  onSuccess: () => form.resetFields(),
                  onError: (error) => showFieldErrors(form, error),
                })
              }
            >
              <Form.Item
                name="group"
                label={t('communeGroups.newGroup', { version: GROUPED_VERSION })}
                rules={[{ required: true, message: t('errors.required') }]}
              >
                <Radio.Group
                  options={([1, 2, 3] as const).map((group) => ({
                    value: group,
                    label: t('communeGroups.groupN', { group }),
                    disabled: group === current,
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('communeGroups.reason')}
                rules={[{ required: true, message: t('errors.required') }]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
              </Form.Item>
              <ProblemAlert error={assign.error} />
              <Button type="primary" htmlType="submit" loading={assign.isPending}>
                {t('communeGroups.submit')}
              </Button>
            </Form>
          </Space>
        </Card>
      )}
    </Space>
  );
}
