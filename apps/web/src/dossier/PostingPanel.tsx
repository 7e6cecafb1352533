import { Alert, Button, Card, DatePicker, Form, Input, List, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { type CommandHeaders, dossierParams, ifMatch, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { SubmissionChecklist, useSubmissionChecklist } from './SubmissionChecklist';
import type { Assessment, DossierDetail } from './types';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';

interface Props {
  readonly dossier: DossierDetail;
  readonly assessment: Assessment;
  readonly commune: boolean;
}

type Comment = Assessment['comments'][number];
const DATE_FORMAT = 'DD/MM/YYYY';

/** Public posting, residents' comments with their answers, and sending the dossier on. */
export function PostingPanel({ dossier, assessment, commune }: Props) {
  const { t } = useTranslation();
  const path = { dossierId: dossier.dossierId };
  const headers = (sent: CommandHeaders) => ({ ...sent, ...ifMatch(dossier.version) });
  const closure = useCommand(
    (_: void, sent: CommandHeaders) =>
      answer(api.POST('/api/v1/dossiers/{dossierId}/posting/closure', { params: { path, header: headers(sent) } })),
    { dossierId: dossier.dossierId },
  );
  const posting = assessment.posting;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('posting.title')}>
        {posting ? (
          <Space orientation="vertical">
            <Typography.Text>
              {t('posting.posted', { from: formatDate(posting.postedFrom), until: formatDate(posting.postedUntil) })}
            </Typography.Text>
            {posting.closed ? (
              <Typography.Text strong>{t('posting.closed')}</Typography.Text>
            ) : (
              commune && (
                <Button onClick={() => closure.mutate()} loading={closure.isPending}>
                  {t('posting.close')}
                </Button>
              )
            )}
            <ProblemAlert error={closure.error} />
          </Space>
        ) : commune && dossier.status === 'self-assessed' ? (
          <PostingForm dossier={dossier} />
        ) : (
          <Typography.Text type="secondary">{t('app.none')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('posting.comments')}>
        <List<Comment>
          dataSource={[...assessment.comments]}
          locale={{ emptyText: t('posting.noComments') }}
          renderItem={(comment) => (
            <List.Item>
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>
                  {comment.author} — {formatDate(comment.receivedOn)}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: 0 }}>{comment.content}</Typography.Paragraph>
                {comment.answer ? (
                  <Alert type="success" title={`${t('posting.answer')}: ${comment.answer}`} />
                ) : commune ? (
                  <AnswerForm dossier={dossier} commentId={comment.commentId} />
                ) : (
                  <Typography.Text type="warning">{t('posting.unanswered')}</Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
        {commune && posting && !posting.closed && <CommentForm dossier={dossier} />}
      </Card>
      <SubmissionChecklist dossierId={dossier.dossierId} commune={commune} />
      {commune && (dossier.status === 'surveyed' || dossier.status === 'in-review') && (
        <SubmissionForm dossier={dossier} />
      )}
    </Space>
  );
}

function PostingForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ from: Dayjs; until: Dayjs; places: string }>();
  const post = useCommand(
    (body: { postedFrom: string; postedUntil: string; places: string[] }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/posting', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ from, until, places }) =>
        post.mutate(
          {
            postedFrom: from.format('YYYY-MM-DD'),
            postedUntil: until.format('YYYY-MM-DD'),
            places: places
              .split('\n')
              .map((place) => place.trim())
              .filter(Boolean),
          },
          {
            onError: (error) =>
              showFieldErrors(form, error, (field) => [
                field === 'postedFrom' ? 'from' : field === 'postedUntil' ? 'until' : field.split('.')[0],
              ]),
          },
        )
      }
    >
      <Space wrap>
        <Form.Item name="from" label={t('posting.from')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="until" label={t('posting.until')} rules={[{ required: true, message: t('errors.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item
        name="places"
        label={t('posting.places')}
        extra={t('posting.placesHelp')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <ProblemAlert error={post.error} />
      <Button type="primary" htmlType="submit" loading={post.isPending}>
        {t('posting.submit')}
      </Button>
    </Form>
  );
}

function CommentForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ author: string; content: string; receivedOn: Dayjs }>();
  const record = useCommand(
    (body: { author: string; content: string; receivedOn: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/comments', {
          params: { path: { dossierId: dossier.dossierId }, header: sent },
          body,
        }),
      ),
    { dossierId: dossier.dossierId, onSuccess: () => form.resetFields() },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ author, content, receivedOn }) =>
        record.mutate(
          { author, content, receivedOn: receivedOn.format() },
          { onError: (error) => showFieldErrors(form, error) },
        )
      }
    >
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        {t('posting.addComment')}
      </Typography.Title>
      <Space wrap>
        <Form.Item
          name="author"
          label={t('posting.author')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('posting.receivedOn')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item
        name="content"
        label={t('posting.content')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <ProblemAlert error={record.error} />
      <Button htmlType="submit" loading={record.isPending}>
        {t('posting.addComment')}
      </Button>
    </Form>
  );
}

function AnswerForm({ dossier, commentId }: { readonly dossier: DossierDetail; readonly commentId: string }) {
  const { t } = useTranslation();
  const send = useCommand(
    (body: { answer: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/comments/{commentId}/answer', {
          params: { path: { dossierId: dossier.dossierId, commentId }, header: sent },
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Form layout="inline" onFinish={(body: { answer: string }) => send.mutate(body)} style={{ width: '100%' }}>
      <Form.Item name="answer" rules={[{ required: true, message: t('errors.required') }]} style={{ flex: 1 }}>
        <Input aria-label={t('posting.answer')} placeholder={t('posting.answer')} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={send.isPending}>
        {t('posting.answerSubmit')}
      </Button>
      <ProblemAlert error={send.error} />
    </Form>
  );
}

/** Two-tier (since 1/7/2025) dossiers go to the province; three-tier ones to the district first. */
function SubmissionForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const submit = useCommand(
    (body: { tier: 'district' | 'province' }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/submissions', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  const checklist = useSubmissionChecklist(dossier.dossierId);
  const initial =
    dossier.regimeId.startsWith('two-tier') || dossier.stage?.tier === 'district' ? 'province' : 'district';
  // The first submission carries the submission dossier: the domain refuses it while a required
  // document is missing, so the button says which before anyone presses it.
  const missing =
    dossier.status === 'surveyed'
      ? (checklist.data?.items ?? []).filter((item) => item.required && item.status === 'missing')
      : [];
  return (
    <Card size="small" title={t('posting.submitToNext')}>
      <Form layout="inline" initialValues={{ tier: initial }} onFinish={(body) => submit.mutate(body)}>
        <Form.Item name="tier" label={t('queue.tier')}>
          <Select
            style={{ minWidth: 160 }}
            options={(['district', 'province'] as const).map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
          />
        </Form.Item>
        <SubmitWhenUploaded dossierId={dossier.dossierId} loading={submit.isPending} disabled={missing.length > 0}>
          {t('posting.submitToNext')}
        </SubmitWhenUploaded>
      </Form>
      {missing.length > 0 && (
        <Alert
          type="warning"
          title={t('checklist.cannotSubmit', { count: missing.length })}
          description={
            <ul style={{ margin: 0 }}>
              {missing.map((item) => (
                <li key={item.documentId}>{item.name}</li>
              ))}
            </ul>
          }
        />
      )}
      <ProblemAlert error={submit.error} />
      {submit.isSuccess && <Alert type="success" title={t('posting.submitted')} />}
    </Card>
  );
}
