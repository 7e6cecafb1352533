import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answer, api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { currentLanguage } from '../i18n';
import { type CommandHeaders, useCommand } from '../shared/commands';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { CampaignTarget } from './surveyCommand';
import type { RowProblem } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Upload {
  readonly file: File;
  readonly validRowsOnly: boolean;
}

/**
 * Paper forms typed into a spreadsheet. A file with rows in error imports nothing and shows each
 * row's problem (line, column, reason); the officer then corrects the file, or imports the valid
 * rows only, knowingly.
 */
export function TallyImport({ target }: { readonly target: CampaignTarget }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File>();
  const upload = useCommand(
    ({ file, validRowsOnly }: Upload, headers: CommandHeaders) =>
      answer(
        api.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/imports', {
          params: {
            path: target,
            query: { fileName: file.name, validRowsOnly: validRowsOnly ? 'true' : 'false' },
            header: headers,
          },
          // The file's bytes as they are: the API reads CSV or XLSX by its content type.
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv' },
        }),
      ),
    { dossierId: target.dossierId },
  );
  const report = upload.error instanceof ApiProblem ? rowReport(upload.error) : undefined;
  const done = upload.data;
  return (
    <Card size="small" title={t('survey.import')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('survey.importHelp')}</Typography.Text>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv"
          aria-label={t('survey.chooseFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            setChosen(file);
            upload.mutate({ file, validRowsOnly: false });
          }}
        />
        <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => input.current?.click()}>
          {t('survey.chooseFile')}
        </Button>
        {done && chosen && (
          <Alert
            type={done.alreadyImported ? 'info' : 'success'}
            role="status"
            title={
              done.alreadyImported
                ? t('survey.alreadyImported', { file: chosen.name })
                : t('survey.imported', { imported: done.imported, skipped: done.skippedRows, file: chosen.name })
            }
          />
        )}
        {report ? (
          <>
            <Alert type="error" title={t('survey.importRefused')} description={upload.error?.message} />
            <RowReport problems={report} />
            {chosen && (
              <Button onClick={() => upload.mutate({ file: chosen, validRowsOnly: true })} loading={upload.isPending}>
                {t('survey.validOnly')}
              </Button>
            )}
          </>
        ) : (
          <ProblemAlert error={upload.error} />
        )}
      </Space>
    </Card>
  );
}

/** The row report a refused import carries (`report.problems`), when it is one. */
function rowReport(problem: ApiProblem): readonly RowProblem[] | undefined {
  const report = problem.body.report as { problems?: readonly RowProblem[] } | undefined;
  return problem.code === 'survey.import-invalid-rows' ? report?.problems : undefined;
}

function RowReport({ problems }: { readonly problems: readonly RowProblem[] }) {
  const { t } = useTranslation();
  const english = currentLanguage() === 'en';
  return (
    <PlainTable
      head={[t('survey.line'), t('survey.column'), t('survey.why')]}
      rows={problems.map((problem) => [
        `${problem.line}-${problem.column}-${problem.code}`,
        [problem.line, problem.column, english ? problem.reasonEn : problem.reason],
      ])}
      wrap={[2]}
    />
  );
}
