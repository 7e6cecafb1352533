import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { operations } from '../api/schema';
import { ProblemAlert } from '../shared/ProblemAlert';
import { saveFile } from '../shared/saveFile';

type Period = NonNullable<operations['ProgrammeDashboardController_report']['parameters']['query']>['period'];
const PERIODS: readonly Period[] = ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year'];

/** Báo cáo định kỳ of the year shown: a quarter, six or nine months, or the year, as XLSX. */
export function ReportDownload({ province, year }: { readonly province: string; readonly year: number }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('q1');
  const [state, setState] = useState<{ loading: boolean; error?: unknown }>({ loading: false });
  const download = async () => {
    setState({ loading: true });
    try {
      const blob = await answer(
        api.GET('/api/v1/dashboard/report', { params: { query: { province, year, period } }, parseAs: 'blob' }),
      );
      saveFile(blob, `bao-cao-ntm-${province}-${year}-${period}.xlsx`);
      setState({ loading: false });
    } catch (error) {
      setState({ loading: false, error });
    }
  };
  return (
    <Space wrap>
      <Select
        value={period}
        onChange={setPeriod}
        options={PERIODS.map((value) => ({ value, label: t(`programme.periods.${value}`) }))}
        aria-label={t('programme.period')}
        style={{ width: 180 }}
      />
      <Button loading={state.loading} onClick={() => void download()}>
        {t('programme.downloadReport')}
      </Button>
      <ProblemAlert error={state.error} />
    </Space>
  );
}
