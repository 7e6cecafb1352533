import { useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Spin, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { useSession } from '../auth/session';
import { CardTitle } from '../shared/CardTitle';
import { todayInVietnam } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { CriteriaTables, DepartmentTable, type OpenDrill, RecognitionTable, StageTable } from './FigureTables';
import { PlanTargets } from './PlanTargets';
import { ReportDownload } from './ReportDownload';
import type { Dashboard } from './types';
import { UnitsBehind } from './UnitsBehind';

/** The programme's first plans (2021–2025) to the year after this one. */
const FIRST_YEAR = 2021;

/**
 * The province's progress in New Rural Development against its plans' targets (issue #22), for the
 * coordination office and auditors: every number opens the units behind it.
 */
export default function ProgrammeDashboard() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [drill, setDrill] = useState<Parameters<OpenDrill>[0]>();
  const province = grant.unit;
  const dashboard = useQuery({
    queryKey: ['dashboard', province, year],
    queryFn: () => answer(api.GET('/api/v1/dashboard', { params: { query: { province, year } } })),
  });
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, index) => FIRST_YEAR + index);
  const section = (title: string, body: (shown: Dashboard) => ReactNode) => (
    <Card title={<CardTitle text={title} />}>
      {dashboard.data ? body(dashboard.data) : dashboard.isLoading && <Spin />}
    </Card>
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('programme.title')}
      </Typography.Title>
      <label>
        {t('programme.year')}{' '}
        <Select
          value={year}
          onChange={(chosen) => {
            setYear(chosen);
            setDrill(undefined);
          }}
          options={years.map((value) => ({ value, label: String(value) }))}
          aria-label={t('programme.year')}
          style={{ width: 120 }}
        />
      </label>
      <ReportDownload province={province} year={year} />
      <ProblemAlert error={dashboard.error} />
      {drill && <UnitsBehind province={province} year={year} drill={drill} onClose={() => setDrill(undefined)} />}
      {section(t('programme.plans'), (shown) => (
        <PlanTargets plans={shown.plans} />
      ))}
      {section(t('programme.recognitions'), (shown) => (
        <RecognitionTable dashboard={shown} open={setDrill} />
      ))}
      {section(t('programme.criteria'), (shown) => (
        <CriteriaTables dashboard={shown} open={setDrill} />
      ))}
      {section(t('programme.stages'), (shown) => (
        <StageTable dashboard={shown} open={setDrill} />
      ))}
      {section(t('programme.departments'), (shown) => (
        <DepartmentTable dashboard={shown} open={setDrill} />
      ))}
    </Space>
  );
}
