import { Alert, Card, DatePicker, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { EvidenceRef } from './evidence';
import { EvidencePicker } from './EvidencePicker';
import type { DossierDetail } from './types';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';

type Revocation = NonNullable<DossierDetail['revocation']>;

/**
 * A proposal to revoke the commune's recognition asks two things of it: its explanation by the
 * due date the proposal recorded, and, since 1/7/2025, the residents' consultation it organises
 * (Nghị định 131/2025/NĐ-CP, Điều 44).
 */
export function RevocationRequests({
  dossier,
  commune,
}: {
  readonly dossier: DossierDetail;
  readonly commune: boolean;
}) {
  const { t } = useTranslation();
  const revocation = dossier.revocation as Revocation;
  const steps = revocation.steps;
  return (
    <Card size="small" title={t('revocation.title')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>
          {t('revocation.unmet', { criteria: revocation.unmetCriterionIds.join(', ') })}
        </Typography.Text>
        <Space wrap>
          <Typography.Text strong>
            {revocation.explanationDueDate
              ? t('revocation.explanationDue', { date: formatDate(revocation.explanationDueDate) })
              : t('revocation.explanationAsked')}
          </Typography.Text>
          {steps && (
            <Tag color={steps.explanation === 'given' ? 'green' : steps.explanation === 'overdue' ? 'red' : 'gold'}>
              {t(`revocation.explanation.${steps.explanation}`)}
            </Tag>
          )}
        </Space>
        {commune && steps?.explanation !== 'given' && <ExplanationForm dossier={dossier} />}
        {steps && steps.consultation !== 'not-required' && (
          <Space wrap>
            <Typography.Text strong>{t('revocation.consultationTitle')}</Typography.Text>
            <Tag color={steps.consultation === 'recorded' ? 'green' : 'gold'}>
              {t(`revocation.consultation.${steps.consultation}`)}
            </Tag>
          </Space>
        )}
        {commune && steps?.consultation === 'awaited' && <ConsultationForm dossier={dossier} />}
      </Space>
    </Card>
  );
}

function ExplanationForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ explanation: string; evidence?: EvidenceRef[] }>();
  const explain = useCommand(
    (body: { explanation: string; evidence: EvidenceRef[] }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/revocation-explanation', { params: dossierParams(dossier, sent), body }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={({ explanation, evidence }) =>
        explain.mutate({ explanation, evidence: evidence ?? [] }, { onError: (error) => showFieldErrors(form, error) })
      }
    >
      <Form.Item
        name="explanation"
        label={t('revocation.explanationText')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('assessment.evidence')}>
        <EvidencePicker dossierId={dossier.dossierId} label={t('revocation.explanationText')} />
      </Form.Item>
      <ProblemAlert error={explain.error} />
      <SubmitWhenUploaded dossierId={dossier.dossierId} loading={explain.isPending}>
        {t('revocation.explain')}
      </SubmitWhenUploaded>
    </Form>
  );
}

interface Consultation {
  readonly heldOn: Dayjs;
  readonly participants: number;
  readonly inFavour: number;
  readonly summary: string;
  readonly evidence: EvidenceRef[];
}

function ConsultationForm({ dossier }: { readonly dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Consultation>();
  const record = useCommand(
    (body: Omit<Consultation, 'heldOn'> & { heldOn: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/revocation-consultation', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  const required = [{ required: true, message: t('errors.required') }];
  return (
    <Form<Consultation>
      form={form}
      layout="vertical"
      onFinish={({ heldOn, ...rest }) =>
        record.mutate(
          { ...rest, heldOn: heldOn.format('YYYY-MM-DD') },
          { onError: (error) => showFieldErrors(form, error) },
        )
      }
    >
      <Alert type="info" showIcon title={t('revocation.consultationHelp')} style={{ marginBottom: 16 }} />
      <Space wrap>
        <Form.Item name="heldOn" label={t('revocation.heldOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="participants" label={t('revocation.participants')} rules={required}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="inFavour" label={t('revocation.inFavour')} rules={required}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={t('revocation.summary')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
      </Form.Item>
      <Form.Item name="evidence" label={t('revocation.minutes')} rules={required}>
        <EvidencePicker dossierId={dossier.dossierId} label={t('revocation.minutes')} />
      </Form.Item>
      <ProblemAlert error={record.error} />
      <SubmitWhenUploaded dossierId={dossier.dossierId} loading={record.isPending}>
        {t('revocation.recordConsultation')}
      </SubmitWhenUploaded>
    </Form>
  );
}
