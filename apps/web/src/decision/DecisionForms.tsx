import { Alert, Button, Card, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { Assessment } from '../dossier/types';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { todayInVietnam } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { DecisionBasis } from './DecisionBasisCards';

interface DecisionRefInput {
  /** Blank: the province's register gives the next number of the year. */
  readonly decisionNumber?: string;
  readonly decisionDate: Dayjs;
  readonly signer: string;
}

const refBody = ({ decisionNumber, decisionDate, signer }: DecisionRefInput) => ({
  ...(decisionNumber?.trim() ? { decisionNumber: decisionNumber.trim() } : {}),
  decisionDate: decisionDate.format('YYYY-MM-DD'),
  signer: signer.trim(),
});

/** Why the act cannot be signed yet, in the domain's words, in the reader's language. */
function BlockedAlert({ basis, act }: { basis: DecisionBasis; act: 'recognise' | 'revoke' }) {
  const { t, i18n } = useTranslation();
  if (!basis.blocked) return null;
  const reason = i18n.language === 'en' ? basis.blocked.messageEn : basis.blocked.messageVi;
  return <Alert type="warning" showIcon title={t(`decision.blocked.${act}`, { reason: reason.replace(/\.$/, '') })} />;
}

/** Số, ngày và người ký: the reference every signed decision carries. */
function DecisionRefFields() {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('errors.required') }];
  const text = [{ ...required[0], whitespace: true }];
  return (
    <Space wrap align="start" style={{ display: 'flex' }}>
      <Form.Item name="decisionNumber" label={t('decision.number')} extra={t('decision.numberHelp')}>
        <Input placeholder="123/QĐ-UBND" maxLength={100} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="decisionDate" label={t('decision.date')} rules={required}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="signer" label={t('decision.signer')} rules={text}>
        <Input maxLength={200} style={{ width: 280 }} />
      </Form.Item>
    </Space>
  );
}

/** The recognition decision, which the API signs only once nothing blocks it. */
export function RecognitionForm({ basis }: { basis: DecisionBasis }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionRefInput>();
  const sign = useCommand(
    (input: DecisionRefInput, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/decision', { params: dossierParams(basis, sent), body: refBody(input) }),
      ),
    { dossierId: basis.dossierId },
  );
  return (
    <Card size="small" title={<CardTitle text={t('decision.recognitionTitle')} />}>
      <Form<DecisionRefInput>
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: dayjs(todayInVietnam()), signer: basis.authority }}
        onFinish={(input) => sign.mutate(input, { onError: (error) => showFieldErrors(form, error) })}
      >
        <BlockedAlert basis={basis} act="recognise" />
        <DecisionRefFields />
        <ProblemAlert error={sign.error} />
        <Button type="primary" htmlType="submit" loading={sign.isPending} disabled={basis.blocked !== null}>
          {t('decision.signRecognition')}
        </Button>
      </Form>
    </Card>
  );
}

interface RefusalInput {
  readonly reasons: Readonly<Record<string, string | undefined>>;
  readonly general?: string;
}

/** Returning the dossier: a reason for each criterion not met and, if need be, one for the whole dossier. */
export function RefusalForm({
  basis,
  assessment,
  unmet,
}: {
  basis: DecisionBasis;
  assessment: Assessment;
  unmet: readonly string[];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RefusalInput>();
  const [missing, setMissing] = useState(false);
  const refuse = useCommand(
    (body: { reasons: { criterionId?: string; reason: string }[] }, sent: CommandHeaders) =>
      answer(api.POST('/api/v1/dossiers/{dossierId}/refusal', { params: dossierParams(basis, sent), body })),
    { dossierId: basis.dossierId },
  );
  const named = assessment.criteria.filter((criterion) => unmet.includes(criterion.criterionId));
  const submit = ({ reasons = {}, general }: RefusalInput) => {
    const perCriterion = Object.entries(reasons).flatMap(([criterionId, reason]) =>
      reason?.trim() ? [{ criterionId, reason: reason.trim() }] : [],
    );
    const all = [...perCriterion, ...(general?.trim() ? [{ reason: general.trim() }] : [])];
    setMissing(all.length === 0);
    if (all.length > 0) refuse.mutate({ reasons: all }, { onError: (error) => showFieldErrors(form, error) });
  };
  return (
    <Card size="small" title={<CardTitle text={t('decision.refusalTitle')} />}>
      <Form<RefusalInput> form={form} layout="vertical" onFinish={submit}>
        <Typography.Paragraph>{t('decision.refusalHelp')}</Typography.Paragraph>
        {named.map((criterion) => (
          <Form.Item
            key={criterion.criterionId}
            name={['reasons', criterion.criterionId]}
            label={t('decision.reasonFor', { criterion: `${criterion.criterionId}. ${criterion.name}` })}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        ))}
        <Form.Item name="general" label={t('decision.generalReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        {missing && <Alert type="error" showIcon role="alert" title={t('decision.reasonRequired')} />}
        <ProblemAlert error={refuse.error} />
        <Button danger htmlType="submit" loading={refuse.isPending}>
          {t('decision.refuse')}
        </Button>
      </Form>
    </Card>
  );
}

interface RevocationInput extends Partial<DecisionRefInput> {
  readonly outcome: 'revoke' | 'dismiss';
  readonly reason?: string;
}

/** Thu hồi (số, ngày, người ký) once its steps are done, or không thu hồi with a reason at any time. */
export function RevocationForm({ basis }: { basis: DecisionBasis }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RevocationInput>();
  const outcome = Form.useWatch('outcome', form) ?? 'revoke';
  const decide = useCommand(
    (input: RevocationInput, sent: CommandHeaders) => {
      const body =
        input.outcome === 'revoke'
          ? { outcome: 'revoke' as const, ...refBody(input as DecisionRefInput) }
          : { outcome: 'dismiss' as const, reason: input.reason?.trim() ?? '' };
      return answer(
        api.POST('/api/v1/dossiers/{dossierId}/revocation-decision', { params: dossierParams(basis, sent), body }),
      );
    },
    { dossierId: basis.dossierId },
  );
  return (
    <Card size="small" title={<CardTitle text={t('decision.revocationDecisionTitle')} />}>
      <Form<RevocationInput>
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'revoke', decisionDate: dayjs(todayInVietnam()), signer: basis.authority }}
        onFinish={(input) => decide.mutate(input, { onError: (error) => showFieldErrors(form, error) })}
      >
        <Form.Item name="outcome" label={t('decision.outcome')}>
          <Radio.Group
            options={[
              { value: 'revoke', label: t('decision.revoke') },
              { value: 'dismiss', label: t('decision.dismiss') },
            ]}
          />
        </Form.Item>
        {outcome === 'revoke' ? (
          <>
            <BlockedAlert basis={basis} act="revoke" />
            <DecisionRefFields />
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('decision.dismissReason')}
            rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
        )}
        <ProblemAlert error={decide.error} />
        <Button
          type="primary"
          danger={outcome === 'revoke'}
          htmlType="submit"
          loading={decide.isPending}
          disabled={outcome === 'revoke' && basis.blocked !== null}
        >
          {outcome === 'revoke' ? t('decision.signRevocation') : t('decision.signDismissal')}
        </Button>
      </Form>
    </Card>
  );
}
