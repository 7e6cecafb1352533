import { Card, Empty, Progress, Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { unitKindName } from './FigureTables';
import { TargetChart } from './lazyCharts';
import { plannedText, progressPercent, targetLabel } from './targetText';
import { type PlanProgress, type TargetProgress, targetsOf } from './types';

/** Each plan in force for the year, target by target against what the province has reached. */
export function PlanTargets({ plans }: { readonly plans: readonly PlanProgress[] }) {
  const { t } = useTranslation();
  if (plans.length === 0) return <Empty description={t('programme.noPlan')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {plans.map((planProgress) => {
        const { plan, period } = planProgress;
        return (
          <Card
            key={plan.number}
            size="small"
            title={t('programme.planTitle', {
              number: plan.number,
              date: formatDate(plan.date),
              issuer: plan.issuer,
              from: period.from,
              to: period.to,
            })}
          >
            <Suspense>
              <TargetChart plan={planProgress} />
            </Suspense>
            <PlainTable
              caption={plan.title}
              head={[
                t('programme.target'),
                t('programme.planned'),
                t('programme.actual'),
                t('programme.progress'),
                t('programme.section'),
              ]}
              wrap={[0, 4]}
              rows={targetsOf(planProgress).map((progress, index) => [String(index), targetCells(progress, t)])}
            />
          </Card>
        );
      })}
    </Space>
  );
}

/** The figure reached; an average or a share says how many units it is counted over. */
function actualText({ target, actual, over }: TargetProgress, t: TFunction): string {
  if (actual === null) return t('programme.noData');
  const figure = `${formatNumber(actual)}${target.measure === 'criterion-share' ? '%' : ''}`;
  return over === null
    ? figure
    : t('programme.actualOver', { actual: figure, over: formatNumber(over), units: unitKindName(t, target.unitKind) });
}

function targetCells(progress: TargetProgress, t: TFunction) {
  const { target, actual, reached } = progress;
  return [
    targetLabel(t, target),
    plannedText(t, target),
    actualText(progress, t),
    <Space key="progress" size="small">
      <Progress
        percent={progressPercent(target, actual)}
        size="small"
        style={{ width: 120 }}
        status={reached ? 'success' : 'normal'}
        aria-label={`${targetLabel(t, target)} — ${t('programme.progress')}`}
      />
      <Tag color={reached ? 'green' : 'default'}>{reached ? t('programme.reached') : t('programme.notReached')}</Tag>
    </Space>,
    target.note ? `${target.section}. ${target.note}` : target.section,
  ];
}
