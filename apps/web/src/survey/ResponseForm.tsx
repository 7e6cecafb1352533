import { Alert, Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';
import { useSession } from '../auth/session';
import { OutboxCard } from '../offline/OutboxCard';
import { discardFromOutbox, type OutboxEntry, sendOrKeep } from '../offline/outbox';
import { useOutbox } from '../offline/useOutbox';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { ProblemAlert } from '../shared/ProblemAlert';
import {
  type CampaignTarget,
  type SurveyCommand,
  type SurveyResponseBody as Response,
  sendSurveyCommand,
  surveyQueue,
} from './surveyCommand';
import type { CampaignView } from './types';

type SurveyDraft = OutboxEntry<{ readonly target: CampaignTarget; readonly command: SurveyCommand }>;
/** A new household's form, or a form already recorded that the household asks to change. */
type Mode = 'record' | 'correct';
interface Values {
  readonly householdCode: string;
  readonly correctionReason?: string;
  readonly village: string;
  readonly channel: Response['channel'];
  readonly answers: Readonly<Record<string, { readonly satisfied?: boolean; readonly reason?: string }>>;
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
  // The household just recorded or corrected, said until the next one is: the officer sees each form went in.
  const [done, setDone] = useState<{ readonly mode: Mode; readonly household: string; readonly kept: boolean }>();
  const [mode, setMode] = useState<Mode>('record');
  const queries = useQueryClient();
  const queue = surveyQueue(useSession().identity.userId, target);
  const outbox = useOutbox<SurveyDraft['payload']>(
    queue,
    ({ command }, key) => sendSurveyCommand(target, command, { 'Idempotency-Key': key }),
    () => void queries.invalidateQueries({ queryKey: ['dossier', target.dossierId] }),
  );
  // Without a network the form is kept on the device with the key it would have been sent with,
  // and the officer goes on to the next household; the outbox sends it when the network is back.
  const send = useCommand(
    (command: SurveyCommand, headers: CommandHeaders) =>
      sendOrKeep(
        {
          key: headers['Idempotency-Key'],
          queue,
          payload: { target, command },
          label: t('survey.outbox.household', { household: command.response.householdCode }),
        },
        (payload, key) => sendSurveyCommand(target, payload.command, { 'Idempotency-Key': key }),
      ),
    { dossierId: target.dossierId },
  );
  const questions = campaign.questionnaire.questions;
  const submit = (values: Values) => {
    const household = values.householdCode.trim();
    send.mutate(
      {
        response: {
          householdCode: household,
          village: values.village,
          channel: values.channel,
          answers: questions.map(({ id }) => {
            const { satisfied = false, reason } = values.answers[id] ?? {};
            return { questionId: id, satisfied, ...(!satisfied && reason ? { reason } : {}) };
          }),
        },
        ...(mode === 'correct' && { reason: values.correctionReason?.trim() ?? '' }),
      },
      {
        onSuccess: (result) => {
          setDone({ mode, household, kept: result.kept });
          form.resetFields(['householdCode', 'answers', 'correctionReason']);
        },
        onError: (error) => showFieldErrors(form, error),
      },
    );
  };
  const switchTo = (next: Mode) => {
    setMode(next);
    setDone(undefined);
    send.reset();
  };
  // A refused form comes back into the form, as it was written, to be corrected and sent anew.
  const edit = (draft: SurveyDraft) => {
    const { response, reason } = draft.payload.command;
    switchTo(reason === undefined ? 'record' : 'correct');
    form.setFieldsValue({
      householdCode: response.householdCode,
      village: response.village,
      channel: response.channel,
      correctionReason: reason,
      answers: Object.fromEntries(
        response.answers.map(({ questionId, satisfied, reason: why }) => [questionId, { satisfied, reason: why }]),
      ),
    });
    void discardFromOutbox(draft.key);
  };
  // A household that already answered: its form is changed by a correction with a reason, offered here.
  const answered = send.error instanceof ApiProblem && send.error.code === 'survey.duplicate-household';
  return (
    <>
      <Card size="small" title={t('survey.response')}>
        <Form<Values>
          form={form}
          layout="vertical"
          className="response-form"
          initialValues={{ village: campaign.villages[0]?.code, channel: campaign.method }}
          onFinish={submit}
        >
          <Form.Item label={t('survey.mode')}>
            <Radio.Group
              optionType="button"
              value={mode}
              onChange={(event) => switchTo(event.target.value as Mode)}
              options={[
                { value: 'record', label: t('survey.modes.record') },
                { value: 'correct', label: t('survey.modes.correct') },
              ]}
            />
          </Form.Item>
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
          {mode === 'correct' && (
            <Form.Item
              name="correctionReason"
              label={t('survey.correctionReason')}
              extra={t('survey.correctionHelp')}
              rules={[{ required: true, min: 3, message: t('survey.correctionReasonRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
          <ProblemAlert error={send.error} />
          {answered && (
            <Button onClick={() => switchTo('correct')} style={{ marginBottom: 16 }}>
              {t('survey.correctInstead')}
            </Button>
          )}
          {done && !send.error && (
            <Alert
              type="success"
              role="status"
              title={t(
                done.kept ? 'survey.keptOffline' : done.mode === 'record' ? 'survey.recorded' : 'survey.corrected',
                { household: done.household },
              )}
            />
          )}
          <Button type="primary" htmlType="submit" loading={send.isPending}>
            {t(mode === 'record' ? 'survey.record' : 'survey.correct')}
          </Button>
        </Form>
      </Card>
      <OutboxCard entries={outbox.entries} flush={outbox.flush} edit={edit} words="survey.outbox" />
    </>
  );
}
