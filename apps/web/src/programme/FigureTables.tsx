import { Button, Empty, Progress, Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { stageLabel } from '../shared/stageLabel';
import { CriterionRateChart } from './lazyCharts';
import type { Dashboard, Drill } from './types';

/** Opens the units behind a number, naming what the number counts. */
export type OpenDrill = (drill: Drill & { readonly what: string }) => void;

interface FigureProps {
  readonly dashboard: Dashboard;
  readonly open: OpenDrill;
}

/** A number that opens what stands behind it, named for a screen reader by `label`. */
const drillButton = (value: number, label: string, open: () => void) =>
  value === 0 ? (
    '0'
  ) : (
    <Button type="link" size="small" onClick={open} aria-label={label}>
      {formatNumber(value)}
    </Button>
  );

const count = (value: number, what: string, open: () => void, t: TFunction) =>
  drillButton(value, t('programme.openUnits', { count: value, what }), open);

export const unitKindName = (t: TFunction, unitKind: string) =>
  t(`programme.unitKinds.${unitKind}` as 'programme.unitKinds.commune');

const unitsAndLevel = (t: TFunction, unitKind: string, level: string) =>
  `${unitKindName(t, unitKind)} — ${t(`levels.${level}` as 'levels.ntm')}`;

/** Recognitions by the year they recognise, held and revoked since. */
export function RecognitionTable({ dashboard, open }: FigureProps) {
  const { t } = useTranslation();
  if (dashboard.recognitions.length === 0) return <Empty description={t('app.none')} />;
  return (
    <PlainTable
      head={[t('programme.recognitionYear'), t('programme.level'), t('programme.standing'), t('programme.revoked')]}
      rows={dashboard.recognitions.map(({ unitKind, level, year, standing, revoked }) => {
        const what = `${unitsAndLevel(t, unitKind, level)} ${year}`;
        return [
          `${year}-${unitKind}-${level}`,
          [
            String(year),
            unitsAndLevel(t, unitKind, level),
            count(
              standing,
              what,
              () =>
                open({
                  figure: 'recognised',
                  unitKind: unitKind as Drill['unitKind'],
                  level: level as Drill['level'],
                  recognitionYear: year,
                  what,
                }),
              t,
            ),
            formatNumber(revoked),
          ],
        ];
      })}
    />
  );
}

/** Per criteria set: the average criteria met per unit, and each criterion's share of units meeting it. */
export function CriteriaTables({ dashboard, open }: FigureProps) {
  const { t } = useTranslation();
  if (dashboard.criteriaSets.length === 0) return <Empty description={t('app.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {dashboard.criteriaSets.map((set) => (
        <div key={set.criteriaSetId}>
          <Typography.Paragraph strong>
            {t('programme.criteriaSetSummary', {
              set: unitsAndLevel(t, set.unitKind, set.level),
              id: set.criteriaSetId,
              units: formatNumber(set.units),
              kind: unitKindName(t, set.unitKind),
              average: formatNumber(Math.round(set.averageMet * 10) / 10),
              total: set.total,
            })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('programme.shareOver', { kind: unitKindName(t, set.unitKind) })}
          </Typography.Paragraph>
          <Suspense>
            <CriterionRateChart set={set} />
          </Suspense>
          <PlainTable
            head={[t('programme.criterion'), t('programme.met'), t('programme.notMet'), t('programme.rateOver')]}
            rows={set.criteria.map(({ criterionId, met, assessed, rate }) => {
              const what = t('programme.criterionWhat', { criterion: criterionId });
              const drill = (isMet: boolean) => () =>
                open({ figure: 'criterion', criteriaSet: set.criteriaSetId, criterion: criterionId, met: isMet, what });
              return [
                criterionId,
                [
                  criterionId,
                  count(met, `${what} — ${t('programme.met')}`, drill(true), t),
                  count(assessed - met, `${what} — ${t('programme.notMet')}`, drill(false), t),
                  <Space key="rate" size="small">
                    <Progress
                      percent={rate}
                      showInfo={false}
                      size="small"
                      style={{ width: 140 }}
                      aria-label={`${what} — ${t('programme.rate')}`}
                    />
                    {`${formatNumber(rate)}% (${met}/${assessed})`}
                  </Space>,
                ],
              ];
            })}
          />
        </div>
      ))}
    </Space>
  );
}

/** The year's dossiers by stage, with how long they have waited there. */
export function StageTable({ dashboard, open }: FigureProps) {
  const { t } = useTranslation();
  if (dashboard.stages.length === 0) return <Empty description={t('app.none')} />;
  return (
    <PlainTable
      head={[t('programme.stage'), t('programme.count'), t('programme.averageDays'), t('programme.longestDays')]}
      rows={dashboard.stages.map(({ status, phase, count: dossiers, averageDays, longestDays }) => {
        const stage = stageLabel(t, status, phase);
        const drill = {
          figure: 'stage',
          status: status as Drill['status'],
          ...(phase ? { phase: phase as Drill['phase'] } : {}),
          what: stage,
        } as const;
        return [
          `${status}-${phase}`,
          [stage, count(dossiers, stage, () => open(drill), t), formatNumber(averageDays), formatNumber(longestDays)],
        ];
      })}
    />
  );
}

/** Criteria waiting for their department's appraisal, and those past their due date; each opens the units waiting. */
export function DepartmentTable({ dashboard, open }: FigureProps) {
  const { t } = useTranslation();
  if (dashboard.departments.length === 0) return <Empty description={t('app.none')} />;
  return (
    <PlainTable
      head={[t('programme.department'), t('programme.pending'), t('programme.overdue')]}
      rows={dashboard.departments.map(({ department, pending, overdue }) => {
        const drill = (late: boolean) => {
          const what = t(late ? 'programme.overdueAt' : 'programme.awaitingAt', { department });
          return drillButton(late ? overdue : pending, t('programme.openWhat', { what }), () =>
            open({ figure: 'department', department, ...(late ? { overdue: true } : {}), what }),
          );
        };
        return [department, [department, drill(false), drill(true)]];
      })}
    />
  );
}
