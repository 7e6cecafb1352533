import { Card, Descriptions, Slider, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CardTitle } from '../shared/CardTitle';
import { formatDateTime, formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { ProblemAlert } from '../shared/ProblemAlert';
import { useStateAt, type AuditState } from './useAudit';

type Survey = { attempt: number; rate: number; threshold: number; passed: boolean } | null;

/** The dossier as it stood after any version of its stream, the slider marking where each round began. */
export function PointInTime({
  dossierId,
  last,
  marks,
  criterionName,
}: {
  readonly dossierId: string;
  readonly last: number;
  /** Version → the round that began there. */
  readonly marks: Readonly<Record<number, number>>;
  readonly criterionName: (id: string) => string;
}) {
  const { t } = useTranslation();
  // What the handle shows while it moves, and what is asked once it stops: each read is recorded.
  const [shown, setShown] = useState(last);
  const [asked, setAsked] = useState(last);
  const state = useStateAt(dossierId, asked);
  return (
    <Card title={<CardTitle text={t('audit.pointInTime')} />}>
      <Typography.Paragraph type="secondary">{t('audit.pointHelp')}</Typography.Paragraph>
      <Slider
        className="audit-slider"
        min={1}
        max={Math.max(last, 1)}
        value={shown}
        onChange={setShown}
        onChangeComplete={setAsked}
        ariaLabelForHandle={t('audit.sliderLabel')}
        ariaValueTextFormatterForHandle={(value) => t('audit.version', { version: value })}
        marks={Object.fromEntries(
          Object.entries(marks).map(([version, round]) => [version, t('audit.round', { round })]),
        )}
      />
      <ProblemAlert error={state.error} />
      {state.data ? <StateView state={state.data} criterionName={criterionName} /> : <Spin />}
    </Card>
  );
}

function StateView({
  state,
  criterionName,
}: {
  readonly state: AuditState;
  readonly criterionName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const survey = state.survey as Survey;
  const verdicts = Object.entries(state.criteria as Record<string, string>);
  return (
    <>
      <Typography.Paragraph strong>
        {t('audit.asOf', { version: state.version, at: state.recordedAt ? formatDateTime(state.recordedAt) : '—' })}
      </Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} className="audit-state">
        <Descriptions.Item label={t('dossier.status')}>
          <Tag color="blue">{t(`statuses.${String(state.status)}` as 'statuses.registered')}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('dossier.round')}>{state.round ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('audit.votes')}>{state.votes}</Descriptions.Item>
        <Descriptions.Item label={t('audit.survey')} span="filled">
          {survey
            ? t('audit.surveyLine', {
                attempt: survey.attempt,
                rate: `${formatNumber(survey.rate * 100)}%`,
                threshold: `${formatNumber(survey.threshold * 100)}%`,
                result: survey.passed ? t('audit.reached') : t('audit.notReached'),
              })
            : t('audit.noSurvey')}
        </Descriptions.Item>
      </Descriptions>
      {verdicts.length > 0 && (
        <PlainTable
          head={[t('audit.criterion'), t('audit.verdict')]}
          wrap={[0]}
          rows={verdicts.map(([id, verdict]) => [
            id,
            [criterionName(id), <VerdictTag key="verdict" verdict={verdict} />],
          ])}
        />
      )}
    </>
  );
}

const VERDICT_COLOURS: Readonly<Record<string, string>> = { met: 'green', 'not-met': 'red', 'needs-judgement': 'gold' };

export function VerdictTag({ verdict }: { readonly verdict: string | null }) {
  const { t } = useTranslation();
  if (verdict === null) return <>—</>;
  return <Tag color={VERDICT_COLOURS[verdict]}>{t(`verdicts.${verdict}` as 'verdicts.met')}</Tag>;
}
