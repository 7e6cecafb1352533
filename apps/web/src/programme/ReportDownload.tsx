import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import type { operations } from '../api/schema';
import { ProblemAlert } from '../shared/ProblemAlert';
import { saveFile } from '../shared/saveFile';

type ReportQuery = NonNullable<operations['ProgrammeDashboardController_report']['parameters']['query']>;
type Period = ReportQuery['period'];
type Format = NonNullable<ReportQuery['format']>;
const PERIODS: readonly Period[] = ['q1', 'q2', 'q3', 'q4', 'h1', 'm9', 'year'];
const FORMATS: readonly Format[] = ['xlsx', 'pdf'];

/** Báo cáo định kỳ of the year shown: a quarter, six or nine months, or the year, as XLSX or PDF with the same figures. */
export function ReportDownload({ province, year }: { readonly province: string; readonly year: number }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('q1');
  const [state, setState] = useState<{ loading?: Format; error?: unknown }>({});
  const download = async (format: Format) => {
    setState({ loading: format });
    try {
      const blob = await answer(
        api.GET('/api/v1/dashboard/report', {
          params: { query: { province, year, period, format } },
          parseAs: 'blob',
        }),
      );
      saveFile(blob, `bao-cao-ntm-${province}-${year}-${period}.${format}`);
      setState({});
    } catch (error) {
      setState({ error });
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
      {FORMATS.map((format) => (
        <Button key={format} loading={state.loading === format} onClick={() => void download(format)}>
          {t('programme.downloadReport', { format: format.toUpperCase() })}
        </Button>
      ))}
      <ProblemAlert error={state.error} />
    </Space>
  );
}
