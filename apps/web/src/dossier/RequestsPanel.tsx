import { Alert, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { EvidenceRef } from './evidence';
import { EvidencePicker } from './EvidencePicker';
import { RevocationRequests } from './RevocationRequests';
import type { Assessment, DossierDetail } from './types';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';

interface Props {
  readonly dossier: DossierDetail;
  readonly assessment: Assessment;
  readonly commune: boolean;
}

type SupplementRequest = Assessment['supplementRequests'][number];

/** What the commune is asked for and by when: supplements per criterion, reasons for a return. */
export function RequestsPanel({ dossier, assessment, commune }: Props) {
  const { t } = useTranslation();
  const dueOf = (criterionId: string) =>
    dossier.criteriaStatus.find((row) => row.criterionId === criterionId)?.review?.dueDate;
  const proposed = dossier.revocation?.phase === 'proposed';
  const nothing = assessment.supplementRequests.length === 0 && dossier.refusals.length === 0 && !proposed;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {nothing && <Typography.Text type="secondary">{t('requests.none')}</Typography.Text>}
      {proposed && <RevocationRequests dossier={dossier} commune={commune} />}
      {assessment.supplementRequests.length > 0 && (
        <Card size="small" title={t('requests.title')}>
          <List<SupplementRequest>
            dataSource={[...assessment.supplementRequests]}
            renderItem={(request) => {
              const due = dueOf(request.criterionId);
              return (
                <List.Item>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Text strong>
                      {t('requests.supplement', { criterion: request.criterionId, reason: request.reason })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('requests.requestedOn', {
                        date: formatDate(request.requestedAt),
                        due: due ? formatDate(due) : '—',
                      })}
                    </Typography.Text>
                    {request.provided ? (
                      <Tag color="green">{t('requests.provided')}</Tag>
                    ) : (
                      commune && <SupplementForm dossier={dossier} criterionId={request.criterionId} />
                    )}
                  </Space>
                </List.Item>
              );
            }}
          />
        </Card>
      )}
      {dossier.refusals.map((refusal) => (
        <Card key={refusal.round} size="small" title={t('requests.refusals', { round: refusal.round })}>
          <ul>
            {refusal.reasons.map((reason) => (
              <li key={`${reason.criterionId ?? ''}${reason.reason}`}>
                {reason.criterionId ? `${t('review.criterion')} ${reason.criterionId}: ` : ''}
                {reason.reason}
              </li>
            ))}
          </ul>
        </Card>
      ))}
      {commune && dossier.status === 'refused' && <ResubmissionForm dossier={dossier} />}
    </Space>
  );
}

function SupplementForm({ dossier, criterionId }: { readonly dossier: DossierDetail; readonly criterionId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string; documents?: EvidenceRef[] }>();
  const supply = useCommand(
    (body: { note: string; documents: EvidenceRef[] }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/criteria/{criterionId}/supplements', {
          params: { path: { dossierId: dossier.dossierId, criterionId }, header: sent },
          body: { ...body, indicators: [] },
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ note, documents }) =>
        supply.mutate({ note, documents: documents ?? [] }, { onError: (error) => showFieldErrors(form, error) })
      }
    >
      <Form.Item name="note" label={t('requests.note')} rules={[{ required: true, message: t('errors.required') }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="documents" label={t('assessment.evidence')}>
        <EvidencePicker dossierId={dossier.dossierId} label={t('requests.note')} />
      </Form.Item>
      <ProblemAlert error={supply.error} />
      <SubmitWhenUploaded dossierId={dossier.dossierId} loading={supply.isPending}>
        {t('requests.provide')}
      </SubmitWhenUploaded>
    </Form>
  );
}

function ResubmissionForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const resubmit = useCommand(
    (body: { note: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/resubmission', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Card size="small" title={t('requests.resubmit')}>
      <Form layout="vertical" onFinish={(body: { note: string }) => resubmit.mutate(body)}>
        <Form.Item
          name="note"
          label={t('requests.resubmitNote')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <ProblemAlert error={resubmit.error} />
        {resubmit.isSuccess && <Alert type="success" title={t('requests.resubmit')} />}
        <Button type="primary" htmlType="submit" loading={resubmit.isPending}>
          {t('requests.resubmit')}
        </Button>
      </Form>
    </Card>
  );
}
