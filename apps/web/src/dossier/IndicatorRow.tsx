import { Form, Input, InputNumber, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../shared/format';
import type { IndicatorValue } from './assessmentValues';
import { EvidencePicker } from './EvidencePicker';
import type { IndicatorView } from './verdicts';

/** One indicator of the self-assessment: its value, the threshold it is held to, its evidence. */
export function IndicatorRow({
  dossierId,
  indicator,
}: {
  readonly dossierId: string;
  readonly indicator: IndicatorView;
}) {
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
