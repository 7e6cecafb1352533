import { Alert, Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { CampaignView } from './types';

type Response = components['schemas']['ResponseDto'];
interface Values {
  readonly householdCode: string;
  readonly village: string;
  readonly channel: Response['channel'];
  readonly answers: Readonly<Record<string, { readonly satisfied?: boolean; readonly reason?: string }>>;
}
export interface CampaignTarget {
  readonly dossierId: string;
  readonly campaignId: string;
}

/** One household's form, as an officer types it on a phone in the village: a column of choices. */
export function ResponseForm({
  target,
  campaign,
}: {
  readonly target: CampaignTarget;
  readonly campaign: CampaignView['campaign'];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // The household just recorded, said until the next one is: the officer sees each form went in.
  const [recorded, setRecorded] = useState<string>();
  const record = useCommand(
    (response: Response, headers: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/responses', {
          params: { path: target, header: headers },
          body: response,
        }),
      ),
    { dossierId: target.dossierId },
  );
  const questions = campaign.questionnaire.questions;
  const submit = (values: Values) =>
    record.mutate(
      {
        householdCode: values.householdCode.trim(),
        village: values.village,
        channel: values.channel,
        answers: questions.map(({ id }) => {
          const { satisfied = false, reason } = values.answers[id] ?? {};
          return { questionId: id, satisfied, ...(!satisfied && reason ? { reason } : {}) };
        }),
      },
      {
        onSuccess: () => {
          setRecorded(values.householdCode.trim());
          form.resetFields(['householdCode', 'answers']);
        },
        onError: (error) => showFieldErrors(form, error),
      },
    );
  return (
    <Card size="small" title={t('survey.response')}>
      <Form<Values>
        form={form}
        layout="vertical"
        className="response-form"
        initialValues={{ village: campaign.villages[0]?.code, channel: campaign.method }}
        onFinish={submit}
      >
        <Space wrap>
          <Form.Item name="village" label={t('survey.village')} rules={[{ required: true }]}>
            <Select
              style={{ minWidth: 180 }}
              options={campaign.villages.map((v) => ({ value: v.code, label: `${v.code} — ${v.name}` }))}
            />
          </Form.Item>
          <Form.Item
            name="householdCode"
            label={t('survey.householdCode')}
            extra={t('survey.householdHelp')}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="channel" label={t('survey.channel')}>
            <Select
              style={{ minWidth: 180 }}
              options={(['direct', 'paper', 'online'] as const).map((m) => ({
                value: m,
                label: t(`survey.methods.${m}`),
              }))}
            />
          </Form.Item>
        </Space>
        {questions.map((question, index) => (
          <fieldset key={question.id} className="form-group">
            <legend>{`${index + 1}. ${question.text}`}</legend>
            <Form.Item
              name={['answers', question.id, 'satisfied']}
              rules={[{ required: true, message: t('errors.required') }]}
            >
              <Radio.Group
                aria-label={question.text}
                options={[
                  { value: true, label: t('survey.satisfied') },
                  { value: false, label: t('survey.dissatisfied') },
                ]}
              />
            </Form.Item>
            <Form.Item noStyle dependencies={[['answers', question.id, 'satisfied']]}>
              {() =>
                form.getFieldValue(['answers', question.id, 'satisfied']) === false && (
                  <Form.Item
                    name={['answers', question.id, 'reason']}
                    label={t('survey.reasonFor', { index: index + 1 })}
                  >
                    <Select
                      allowClear
                      options={campaign.questionnaire.reasons.map((r) => ({ value: r.code, label: r.label }))}
                    />
                  </Form.Item>
                )
              }
            </Form.Item>
          </fieldset>
        ))}
        <ProblemAlert error={record.error} />
        {recorded && !record.error && (
          <Alert type="success" role="status" title={t('survey.recorded', { household: recorded })} />
        )}
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('survey.record')}
        </Button>
      </Form>
    </Card>
  );
}
