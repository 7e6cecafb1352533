import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { answer, api } from '../api/client';
import { grantLabel, useSession } from '../auth/session';
import { type IndicatorValue, valueText } from '../dossier/assessmentValues';
import { EvidenceLink } from '../dossier/EvidenceLink';
import type { Assessment, DossierDetail } from '../dossier/types';
import { unitLabel } from '../dossier/unitLabel';
import { useDossier } from '../dossier/useDossier';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatDate, formatNumber, todayInVietnam } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useCalendars } from '../shared/useCalendars';
import { workingDaysLeft } from './workingDays';

type Verdict = 'met' | 'not-met';
type Criterion = Assessment['criteria'][number];

/** One criterion of one dossier: what the commune filed, against the threshold, and the appraiser's decision. */
export default function CriterionAppraisal() {
  const { t } = useTranslation();
  const { dossierId = '', criterionId = '' } = useParams();
  const { detail, assessment } = useDossier(dossierId);
  if (detail.error || assessment.error) return <ProblemAlert error={detail.error ?? assessment.error} />;
  if (!detail.data || !assessment.data) return <Spin />;
  const criterion = assessment.data.criteria.find((each) => each.criterionId === criterionId);
  const row = detail.data.criteriaStatus.find((each) => each.criterionId === criterionId);
  const review = row?.review;
  const open = review && review.status !== 'appraised' && detail.data.status === 'in-review';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('appraisal.title', { id: criterionId, unit: unitLabel(detail.data) })}
        {criterion && ` — ${criterion.name}`}
      </Typography.Title>
      {review && <Deadline dossier={detail.data} dueDate={review.dueDate} overdue={review.overdue} />}
      {criterion && <FiledValues dossierId={dossierId} criterion={criterion} />}
      <EarlierRequests assessment={assessment.data} criterionId={criterionId} />
      {open && criterion ? (
        <>
          <AppraisalForm dossier={detail.data} criterion={criterion} department={review.department} />
          <SupplementRequestForm dossier={detail.data} criterionId={criterionId} department={review.department} />
        </>
      ) : review?.status === 'appraised' ? (
        <Alert
          type="success"
          showIcon
          title={t('appraisal.done')}
          description={t(`verdicts.${row?.verdict ?? 'missing'}` as 'verdicts.met')}
        />
      ) : (
        <Alert type="info" showIcon title={t('appraisal.notYours')} />
      )}
    </Space>
  );
}

function Deadline({
  dossier,
  dueDate,
  overdue,
}: {
  readonly dossier: DossierDetail;
  readonly dueDate: string;
  readonly overdue: boolean;
}) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  const years = [...new Set([today.slice(0, 4), dueDate.slice(0, 4)])];
  const calendars = useCalendars(dossier.province, years);
  if (overdue || dueDate < today)
    return <Alert type="error" showIcon title={t('appraisal.dueOverdue', { date: formatDate(dueDate) })} />;
  return (
    <Alert
      type="info"
      showIcon
      title={t('appraisal.due', {
        date: formatDate(dueDate),
        days: calendars.data ? workingDaysLeft(today, dueDate, calendars.data) : '…',
      })}
    />
  );
}

function FiledValues({ dossierId, criterion }: { readonly dossierId: string; readonly criterion: Criterion }) {
  const { t } = useTranslation();
  const shown = (value: IndicatorValue | undefined) => valueText(t, value, t('verdicts.missing'));
  return (
    <Card size="small" title={t('appraisal.values')}>
      {criterion.indicators.map((indicator) => (
        <Descriptions
          key={indicator.indicatorId}
          size="small"
          column={{ xs: 1, md: 4 }}
          title={`${indicator.indicatorId}. ${indicator.name}`}
        >
          <Descriptions.Item label={t('assessment.value')}>
            {shown(indicator.value)} {indicator.measure.kind === 'number' && indicator.measure.unit}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessment.threshold')}>
            {indicator.measure.kind === 'number'
              ? `${t(`comparisons.${indicator.measure.comparison ?? 'gte'}` as 'comparisons.gte')} ${formatNumber(indicator.measure.threshold ?? 0)} ${indicator.measure.unit ?? ''}`
              : indicator.measure.kind === 'level'
                ? t('assessment.levelAtLeast', { minimum: indicator.measure.minimum })
                : indicator.measure.kind === 'judgement'
                  ? t('assessment.judgement')
                  : t('assessment.yes')}
            {indicator.measure.unconfirmed && <Tag color="orange">{t('assessment.unconfirmed')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('review.verdict')}>{t(`verdicts.${indicator.verdict}`)}</Descriptions.Item>
          <Descriptions.Item label={t('assessment.evidence')}>
            {indicator.evidence.length === 0
              ? t('app.none')
              : indicator.evidence.map((evidence) => (
                  <div key={evidence.sha256}>
                    <EvidenceLink dossierId={dossierId} evidence={evidence} />{' '}
                    <Typography.Text code>{evidence.sha256.slice(0, 12)}</Typography.Text>
                  </div>
                ))}
          </Descriptions.Item>
        </Descriptions>
      ))}
    </Card>
  );
}

/** What was asked and decided on this criterion before: supplements of this round, appraisals of every round. */
function EarlierRequests({
  assessment,
  criterionId,
}: {
  readonly assessment: Assessment;
  readonly criterionId: string;
}) {
  const { t } = useTranslation();
  const requests = assessment.supplementRequests.filter((request) => request.criterionId === criterionId);
  const appraisals = assessment.appraisals.filter((appraisal) => appraisal.criterionId === criterionId);
  if (requests.length === 0 && appraisals.length === 0) return null;
  return (
    <Card size="small" title={t('appraisal.earlier')}>
      <List
        dataSource={[
          ...appraisals.map((appraisal) => ({
            key: `${appraisal.round}-${appraisal.tier}-${appraisal.appraisedAt}`,
            text: `${t('appraisal.earlierAppraisal', {
              round: appraisal.round,
              tier: t(`tiers.${appraisal.tier}`),
              department: appraisal.department,
              date: formatDate(appraisal.appraisedAt),
            })} ${t(`verdicts.${appraisal.verdict}`)}: ${appraisal.findings}`,
            provided: false,
          })),
          ...requests.map((request) => ({
            key: request.requestedAt,
            text: `${formatDate(request.requestedAt)} — ${request.reason}`,
            provided: request.provided,
          })),
        ]}
        renderItem={(item) => (
          <List.Item key={item.key}>
            {item.text} {item.provided && <Tag color="green">{t('requests.provided')}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  );
}

interface AppraisalValues {
  readonly verdict: Verdict;
  readonly findings: string;
  readonly judgements?: Record<string, Verdict>;
}

/**
 * An appraiser of several departments acts, for this criterion, under the grant of the department
 * it is assigned to (the session may be acting for all of them at once).
 */
function useActingFor(department: string) {
  const { identity, grant } = useSession();
  const match = identity.grants.find(
    (each) => each.role === grant.role && each.unit === grant.unit && each.department === department,
  );
  return match ? { 'X-Acting-Role': grantLabel(match) } : {};
}

interface FormProps {
  readonly dossier: DossierDetail;
  readonly department: string;
}

function AppraisalForm({ dossier, criterion, department }: FormProps & { readonly criterion: Criterion }) {
  const { t } = useTranslation();
  const acting = useActingFor(department);
  const [form] = Form.useForm<AppraisalValues>();
  const judged = criterion.indicators.filter((indicator) => indicator.measure.kind === 'judgement');
  const appraise = useCommand(
    (body: AppraisalValues, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/criteria/{criterionId}/appraisal', {
          // No If-Match: departments appraise their criteria of one dossier side by side, and the
          // dossier decides whether this criterion may still be appraised.
          params: { path: { dossierId: dossier.dossierId, criterionId: criterion.criterionId }, header: sent },
          headers: acting,
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  const verdicts = (['met', 'not-met'] as const).map((verdict) => ({
    value: verdict,
    label: t(`verdicts.${verdict}`),
  }));
  return (
    <Card size="small" title={t('appraisal.verdict')}>
      <Form<AppraisalValues>
        form={form}
        layout="vertical"
        onFinish={(values) => appraise.mutate(values, { onError: (error) => showFieldErrors(form, error) })}
      >
        {judged.map((indicator) => (
          <Form.Item
            key={indicator.indicatorId}
            name={['judgements', indicator.indicatorId]}
            label={t('appraisal.judgement', { id: indicator.indicatorId })}
            rules={[{ required: true, message: t('errors.required') }]}
          >
            <Radio.Group options={verdicts} />
          </Form.Item>
        ))}
        <Form.Item
          name="verdict"
          label={t('appraisal.verdict')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Radio.Group options={verdicts} />
        </Form.Item>
        <Form.Item
          name="findings"
          label={t('appraisal.findings')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <ProblemAlert error={appraise.error} />
        {appraise.isSuccess && <Alert type="success" showIcon title={t('appraisal.done')} />}
        <Button type="primary" htmlType="submit" loading={appraise.isPending}>
          {t('appraisal.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function SupplementRequestForm({ dossier, criterionId, department }: FormProps & { readonly criterionId: string }) {
  const { t } = useTranslation();
  const acting = useActingFor(department);
  const [form] = Form.useForm<{ reason: string }>();
  const request = useCommand(
    (body: { reason: string }, sent: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/criteria/{criterionId}/supplement-requests', {
          params: { path: { dossierId: dossier.dossierId, criterionId }, header: sent },
          headers: acting,
          body,
        }),
      ),
    { dossierId: dossier.dossierId },
  );
  return (
    <Card size="small" title={t('appraisal.requestSupplement')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(body) => request.mutate(body, { onError: (error) => showFieldErrors(form, error) })}
      >
        <Form.Item
          name="reason"
          label={t('appraisal.reason')}
          rules={[{ required: true, message: t('errors.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <ProblemAlert error={request.error} />
        {request.isSuccess && <Alert type="success" showIcon title={t('appraisal.requested')} />}
        <Button htmlType="submit" loading={request.isPending}>
          {t('appraisal.requestSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
