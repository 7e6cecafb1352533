import {
  Alert,
  Card,
  ConfigProvider,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { type CommandHeaders, ifMatch, useCommand } from '../shared/commands';
import { showFieldErrors } from '../shared/fieldErrors';
import { formatNumber } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { EvidenceRef } from './evidence';
import { EvidencePicker } from './EvidencePicker';
import { type IndicatorView, liveCount } from './verdicts';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';

type Assessment = components['schemas']['AssessmentResponse'];
type IndicatorValue = boolean | number | string;

interface EditorValues {
  readonly values: Record<string, IndicatorValue | undefined>;
  readonly evidence: Record<string, EvidenceRef[] | undefined>;
  readonly debt: { readonly outstanding: boolean; readonly amount?: number; readonly evidence?: EvidenceRef[] };
  readonly security: { readonly complicated: boolean; readonly evidence?: EvidenceRef[] };
}

const SECURITY_CONDITION = 'DK.3';
const VERDICT_COLOURS = { met: 'green', 'not-met': 'red', 'needs-judgement': 'gold', missing: 'default' } as const;

/**
 * The self-assessment by criterion and indicator, with the dossier's threshold next to each value.
 * `questioned`: a round carried over from a refusal, where only those criteria may be reassessed.
 */
export function AssessmentEditor({
  assessment,
  editable,
  questioned = [],
}: {
  readonly assessment: Assessment;
  readonly editable: boolean;
  readonly questioned?: readonly string[];
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditorValues>();
  const indicators = assessment.criteria.flatMap((criterion) => criterion.indicators);
  // Sets with the QĐ 18/2022 condition "không phức tạp về an ninh, trật tự" ask for its declaration.
  const asksSecurity = assessment.conditions.some((condition) => condition.indicatorId === SECURITY_CONDITION);
  const typed = Form.useWatch('values', form) ?? initialValues(assessment).values;
  const live = liveCount(assessment.criteria, typed);
  const record = useCommand(
    (body: components['schemas']['SelfAssessmentDto'], headers: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/self-assessment', {
          params: { path: { dossierId: assessment.dossierId }, header: { ...headers, ...ifMatch(assessment.version) } },
          body,
        }),
      ),
    { dossierId: assessment.dossierId },
  );
  const submit = (entered: EditorValues) => {
    const measured = indicators.filter((indicator) => entered.values[indicator.indicatorId] !== undefined);
    record.mutate(
      {
        indicators: measured.map((indicator) => ({
          indicatorId: indicator.indicatorId,
          value: entered.values[indicator.indicatorId] as IndicatorValue,
          evidence: entered.evidence[indicator.indicatorId] ?? [],
        })),
        constructionDebt: {
          outstanding: entered.debt.outstanding,
          ...(entered.debt.outstanding && entered.debt.amount !== undefined && { amount: entered.debt.amount }),
          evidence: entered.debt.evidence ?? [],
        },
        ...(asksSecurity && {
          securityAndOrder: { complicated: entered.security.complicated, evidence: entered.security.evidence ?? [] },
        }),
      },
      {
        // `indicators.3.value` is the fourth indicator sent: its field in the form is by id.
        onError: (error) =>
          showFieldErrors(form, error, (field) => {
            const [, index, rest] = /^indicators\.(\d+)\.(\w+)/.exec(field) ?? [];
            const indicator = index === undefined ? undefined : measured[Number(index)];
            return indicator ? [rest === 'evidence' ? 'evidence' : 'values', indicator.indicatorId] : field.split('.');
          }),
      },
    );
  };
  return (
    <Form<EditorValues>
      form={form}
      layout="vertical"
      initialValues={initialValues(assessment)}
      onFinish={submit}
      disabled={!editable}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('assessment.title')} — {assessment.criteriaSetTitle}
          </Typography.Title>
          <Tag color={live.met === live.total ? 'green' : 'blue'} className="live-count" aria-live="polite">
            {t('assessment.live', { met: live.met, total: live.total })}
          </Tag>
        </Space>
        {!editable && <Alert type="info" showIcon title={t('assessment.readOnly')} />}
        {editable && questioned.length > 0 && (
          <Alert type="warning" showIcon title={t('assessment.correcting', { criteria: questioned.join(', ') })} />
        )}
        {assessment.criteria.map((criterion, index) => (
          <Card
            key={criterion.criterionId}
            size="small"
            title={
              <Space wrap>
                <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                  {t('assessment.criterion', { id: criterion.criterionId, name: criterion.name })}
                </Typography.Title>
                <Tag color={VERDICT_COLOURS[live.verdicts[index]]}>{t(`verdicts.${live.verdicts[index]}`)}</Tag>
                {criterion.critical && <Tag color="purple">{t('assessment.critical')}</Tag>}
                {questioned.includes(criterion.criterionId) && <Tag color="orange">{t('assessment.questioned')}</Tag>}
              </Space>
            }
          >
            <ConfigProvider
              componentDisabled={!editable || (questioned.length > 0 && !questioned.includes(criterion.criterionId))}
            >
              {criterion.indicators.map((indicator) => (
                <IndicatorRow key={indicator.indicatorId} dossierId={assessment.dossierId} indicator={indicator} />
              ))}
            </ConfigProvider>
          </Card>
        ))}
        <Card size="small" title={t('assessment.debt')}>
          <Form.Item name={['debt', 'outstanding']} label={t('assessment.debtOutstanding')} valuePropName="checked">
            <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue(['debt', 'outstanding']) && (
                <Form.Item name={['debt', 'amount']} label={t('assessment.debtAmount')}>
                  <InputNumber min={0} decimalSeparator="," style={{ width: '100%', maxWidth: 320 }} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name={['debt', 'evidence']} label={t('assessment.evidence')}>
            <EvidencePicker dossierId={assessment.dossierId} label={t('assessment.debt')} />
          </Form.Item>
        </Card>
        {asksSecurity && (
          <Card size="small" title={t('assessment.security')}>
            <Form.Item
              name={['security', 'complicated']}
              label={t('assessment.securityComplicated')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('app.yes')} unCheckedChildren={t('app.no')} />
            </Form.Item>
            <Form.Item name={['security', 'evidence']} label={t('assessment.evidence')}>
              <EvidencePicker dossierId={assessment.dossierId} label={t('assessment.security')} />
            </Form.Item>
          </Card>
        )}
        <ProblemAlert error={record.error} />
        {record.isSuccess && <Alert type="success" showIcon title={t('assessment.saved')} />}
        {editable && (
          <SubmitWhenUploaded dossierId={assessment.dossierId} loading={record.isPending}>
            {t('assessment.submit')}
          </SubmitWhenUploaded>
        )}
      </Space>
    </Form>
  );
}

function IndicatorRow({ dossierId, indicator }: { readonly dossierId: string; readonly indicator: IndicatorView }) {
  const { t } = useTranslation();
  const label = `${indicator.indicatorId}. ${indicator.name}`;
  return (
    <div className="indicator-row">
      <Typography.Text>{label}</Typography.Text>
      <Form.Item name={['values', indicator.indicatorId]} label={t('assessment.value')}>
        <ValueInput indicator={indicator} label={label} />
      </Form.Item>
      <div>
        <Typography.Text type="secondary">{t('assessment.thresholdFor')}</Typography.Text>
        <div>
          <Threshold indicator={indicator} />
        </div>
      </div>
      <Form.Item name={['evidence', indicator.indicatorId]} label={t('assessment.evidence')}>
        <EvidencePicker dossierId={dossierId} label={label} />
      </Form.Item>
    </div>
  );
}

interface ValueInputProps {
  readonly indicator: IndicatorView;
  readonly label: string;
  readonly value?: IndicatorValue;
  readonly onChange?: (value: IndicatorValue | undefined) => void;
  readonly disabled?: boolean;
}

/** The control that fits the measure: yes/no, a number (typed 52,3), a level, or a description. */
function ValueInput({ indicator, label, value, onChange, disabled }: ValueInputProps) {
  const { t } = useTranslation();
  const { measure } = indicator;
  if (measure.kind === 'boolean')
    return (
      <Radio.Group
        aria-label={label}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange?.(event.target.value as boolean)}
        options={[
          { value: true, label: t('assessment.yes') },
          { value: false, label: t('assessment.no') },
        ]}
      />
    );
  if (measure.kind === 'number')
    return (
      <InputNumber
        aria-label={label}
        value={typeof value === 'number' ? value : null}
        disabled={disabled}
        decimalSeparator=","
        suffix={measure.unit}
        style={{ width: '100%' }}
        onChange={(next) => onChange?.(next ?? undefined)}
      />
    );
  if (measure.kind === 'level')
    return (
      <Select
        aria-label={label}
        value={typeof value === 'string' ? value : undefined}
        disabled={disabled}
        allowClear
        placeholder={t('assessment.chooseLevel')}
        onChange={(next: string | undefined) => onChange?.(next)}
        options={(measure.levels ?? []).map((level) => ({ value: level, label: level }))}
      />
    );
  return (
    <Input.TextArea
      aria-label={label}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      autoSize={{ minRows: 1, maxRows: 4 }}
      onChange={(event) => onChange?.(event.target.value === '' ? undefined : event.target.value)}
    />
  );
}

function Threshold({ indicator }: { readonly indicator: IndicatorView }) {
  const { t } = useTranslation();
  const { measure } = indicator;
  if (measure.kind === 'number')
    return (
      <span>
        {t(`comparisons.${measure.comparison ?? 'gte'}` as 'comparisons.gte')} {formatNumber(measure.threshold ?? 0)}{' '}
        {measure.unit}
        {measure.unconfirmed && (
          <Tag color="orange" style={{ marginLeft: 4 }}>
            {t('assessment.unconfirmed')}
          </Tag>
        )}
      </span>
    );
  if (measure.kind === 'level') return <span>{t('assessment.levelAtLeast', { minimum: measure.minimum })}</span>;
  if (measure.kind === 'judgement') return <span>{t('assessment.judgement')}</span>;
  return <span>{t('assessment.yes')}</span>;
}

function initialValues(assessment: Assessment): EditorValues {
  const indicators = assessment.criteria.flatMap((criterion) => criterion.indicators);
  return {
    values: Object.fromEntries(indicators.map((indicator) => [indicator.indicatorId, indicator.value])),
    evidence: Object.fromEntries(indicators.map((indicator) => [indicator.indicatorId, [...indicator.evidence]])),
    debt: {
      outstanding: assessment.constructionDebt?.outstanding ?? false,
      amount: assessment.constructionDebt?.amount,
      evidence: [...(assessment.constructionDebt?.evidence ?? [])],
    },
    security: { complicated: false, evidence: [] },
  };
}
