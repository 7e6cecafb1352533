import { Alert, Button, Card, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type EditorValues, type IndicatorValue, indicatorsOf, initialValues, valueText } from './assessmentValues';
import type { Assessment } from './types';

type Choice = 'mine' | 'theirs';

/**
 * A draft the dossier moved on from (412): per indicator whose value someone else recorded
 * meanwhile, the draft's value beside the server's; the officer keeps theirs or takes the
 * server's, and the merged draft is sent again against the server's version.
 */
export function AssessmentMerge({
  base,
  current,
  draft,
  merge,
}: {
  /** The assessment the draft was started from. */
  readonly base: Assessment;
  /** The assessment as the server holds it now. */
  readonly current: Assessment;
  readonly draft: EditorValues;
  readonly merge: (merged: EditorValues) => void;
}) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  // The refusal asked for the dossier again: until it is here, there is nothing to compare with.
  if (current.version === base.version) return <Spin />;
  const theirs = initialValues(current).values;
  const differing = indicatorsOf(current).filter(
    (indicator) => !sameValue(draft.values[indicator.indicatorId], theirs[indicator.indicatorId]),
  );
  const merged: EditorValues = {
    ...draft,
    values: {
      ...draft.values,
      ...Object.fromEntries(
        differing
          .filter((indicator) => choices[indicator.indicatorId] === 'theirs')
          .map((indicator) => [indicator.indicatorId, theirs[indicator.indicatorId]]),
      ),
    },
  };
  const show = (value: IndicatorValue | undefined) => valueText(t, value, t('assessment.merge.empty'));
  return (
    <Card size="small" title={t('assessment.merge.title')} className="assessment-merge">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title={t('assessment.merge.explain', { from: base.version, to: current.version })}
          description={differing.length === 0 ? t('assessment.merge.noneDiffer') : undefined}
        />
        {differing.map((indicator) => {
          const label = `${indicator.indicatorId}. ${indicator.name}`;
          return (
            <div key={indicator.indicatorId}>
              <Typography.Text strong style={{ display: 'block' }}>
                {label}
              </Typography.Text>
              <Radio.Group
                aria-label={label}
                value={choices[indicator.indicatorId] ?? 'mine'}
                onChange={(event) => setChoices({ ...choices, [indicator.indicatorId]: event.target.value as Choice })}
                options={[
                  {
                    value: 'mine',
                    label: t('assessment.merge.mine', { value: show(draft.values[indicator.indicatorId]) }),
                  },
                  {
                    value: 'theirs',
                    label: t('assessment.merge.theirs', { value: show(theirs[indicator.indicatorId]) }),
                  },
                ]}
              />
            </div>
          );
        })}
        <Button type="primary" onClick={() => merge(merged)}>
          {t('assessment.merge.resend')}
        </Button>
      </Space>
    </Card>
  );
}

const sameValue = (a: IndicatorValue | undefined, b: IndicatorValue | undefined) => (a ?? null) === (b ?? null);
