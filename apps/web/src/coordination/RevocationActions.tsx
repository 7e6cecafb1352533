import { Alert, Button, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { EvidenceRef } from '../dossier/evidence';
import { EvidencePicker } from '../dossier/EvidencePicker';
import type { DossierDetail } from '../dossier/types';
import { percent } from '../survey/percent';
import { CardTitle } from '../shared/CardTitle';
import { type CommandHeaders, dossierParams, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { Done } from './done';
import { SubmitWhenUploaded } from '../dossier/SubmitWhenUploaded';

type Revocation = NonNullable<DossierDetail['revocation']>;
type Names = ReadonlyMap<string, string>;

/**
 * The revocation procedure as the coordination office carries it (QĐ 18/2022/QĐ-TTg, Điều 23–24):
 * a case raised by a periodic review is proposed or closed; a proposal is verified criterion by
 * criterion; then the council and the approver take it over, which the page says.
 */
export function RevocationActions({
  dossier,
  revocation,
  names,
  onDone,
}: {
  readonly dossier: DossierDetail;
  readonly revocation: Revocation;
  readonly names: Names;
  readonly onDone: Done;
}) {
  const { t } = useTranslation();
  const { grounds, steps } = revocation;
  return (
    <Card title={<CardTitle text={t(`coordinatorDossier.revocation.${revocation.phase}`)} />}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>
          {t('revocation.unmet', { criteria: revocation.unmetCriterionIds.join(', ') })} — {percent(grounds.share)} (
          {t(`coordination.bands.${grounds.band}`)}){' '}
          <Tag color={grounds.sufficient ? 'red' : 'default'}>
            {grounds.sufficient ? t('coordination.sufficient') : t('coordination.insufficient')}
          </Tag>
        </Typography.Text>
        {steps && (
          <Space wrap>
            <Tag>{t(`revocation.explanation.${steps.explanation}`)}</Tag>
            {steps.consultation !== 'not-required' && (
              <Tag>
                {t('revocation.consultationTitle')}: {t(`revocation.consultation.${steps.consultation}`)}
              </Tag>
            )}
            <Tag color={steps.verified ? 'green' : 'gold'}>
              {t(steps.verified ? 'coordinatorDossier.verified' : 'coordinatorDossier.notVerified')}
            </Tag>
            {steps.council !== 'not-required' && <Tag>{t(`coordinatorDossier.council.${steps.council}`)}</Tag>}
          </Space>
        )}
        {revocation.explanationDueDate && steps?.explanation === 'awaited' && (
          <Typography.Text>
            {t('revocation.explanationDue', { date: formatDate(revocation.explanationDueDate) })}
          </Typography.Text>
        )}
        {revocation.phase === 'case-open' && <CaseResolution dossier={dossier} onDone={onDone} />}
        {revocation.phase === 'proposed' && steps && !steps.verified && (
          <Verification dossier={dossier} criteria={revocation.unmetCriterionIds} names={names} onDone={onDone} />
        )}
        {revocation.phase === 'proposed' && (!steps || steps.verified) && (
          <Alert type="info" showIcon title={t(nextHolder(steps))} />
        )}
      </Space>
    </Card>
  );
}

/** Once verified, the proposal waits on its council where the regime has one, then on the approver. */
function nextHolder(steps: Revocation['steps']) {
  if (steps && (steps.council === 'pending' || steps.council === 'open')) return 'coordinatorDossier.awaitsCouncil';
  return 'coordinatorDossier.awaitsDecision';
}

interface Resolution {
  readonly outcome: 'propose' | 'close';
  readonly text: string;
}

function CaseResolution({ dossier, onDone }: { readonly dossier: DossierDetail; readonly onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Resolution>();
  const outcome = Form.useWatch('outcome', form);
  const resolve = useCommand(
    (body: { outcome: Resolution['outcome']; grounds?: string; reason?: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/revocation-case/resolution', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId, onSuccess: () => onDone(t('coordinatorDossier.resolved')) },
  );
  return (
    <Form<Resolution>
      form={form}
      layout="vertical"
      initialValues={{ outcome: 'propose' }}
      onFinish={({ outcome: chosen, text }) =>
        resolve.mutate(chosen === 'propose' ? { outcome: chosen, grounds: text } : { outcome: chosen, reason: text }, {
          onError: (error) => showFieldErrors(form, error, () => ['text']),
        })
      }
    >
      <Form.Item name="outcome" label={t('coordinatorDossier.resolution')}>
        <Radio.Group
          options={[
            { value: 'propose', label: t('coordinatorDossier.propose') },
            { value: 'close', label: t('coordinatorDossier.close') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t(outcome === 'close' ? 'coordinatorDossier.closeReason' : 'coordinatorDossier.grounds')}
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <ProblemAlert error={resolve.error} />
      <Button type="primary" htmlType="submit" loading={resolve.isPending}>
        {t('coordinatorDossier.resolve')}
      </Button>
    </Form>
  );
}

interface Finding {
  readonly met: boolean;
  readonly findings: string;
  readonly evidence?: EvidenceRef[];
}

/** One finding per criterion the proposal names: still met or not, what the check found, its evidence. */
function Verification({
  dossier,
  criteria,
  names,
  onDone,
}: {
  readonly dossier: DossierDetail;
  readonly criteria: readonly string[];
  readonly names: Names;
  readonly onDone: Done;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ findings: Finding[] }>();
  const verify = useCommand(
    (body: { findings: (Required<Finding> & { criterionId: string })[] }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/revocation-verification', {
          params: dossierParams(dossier, sent),
          body,
        }),
      ),
    { dossierId: dossier.dossierId, onSuccess: () => onDone(t('coordinatorDossier.verifiedDone')) },
  );
  const required = [{ required: true, message: t('errors.required') }];
  return (
    <Form<{ findings: Finding[] }>
      form={form}
      layout="vertical"
      onFinish={({ findings }) =>
        verify.mutate(
          {
            findings: criteria.map((criterionId, index) => ({
              criterionId,
              met: findings[index].met,
              findings: findings[index].findings,
              evidence: findings[index].evidence ?? [],
            })),
          },
          { onError: (error) => showFieldErrors(form, error) },
        )
      }
    >
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('coordinatorDossier.verification')}
      </Typography.Title>
      {criteria.map((criterionId, index) => {
        const name = names.get(criterionId) ?? criterionId;
        return (
          <fieldset key={criterionId} className="finding">
            <legend>{name}</legend>
            <Form.Item name={['findings', index, 'met']} label={t('coordinatorDossier.stillMet')} rules={required}>
              <Radio.Group
                options={[
                  { value: true, label: t('verdicts.met') },
                  { value: false, label: t('coordinatorDossier.notMet') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name={['findings', index, 'findings']}
              label={t('coordinatorDossier.findings', { criterion: criterionId })}
              rules={required}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10000} />
            </Form.Item>
            <Form.Item name={['findings', index, 'evidence']} label={t('assessment.evidence')}>
              <EvidencePicker dossierId={dossier.dossierId} label={name} />
            </Form.Item>
          </fieldset>
        );
      })}
      <ProblemAlert error={verify.error} />
      <SubmitWhenUploaded dossierId={dossier.dossierId} loading={verify.isPending}>
        {t('coordinatorDossier.verify')}
      </SubmitWhenUploaded>
    </Form>
  );
}
