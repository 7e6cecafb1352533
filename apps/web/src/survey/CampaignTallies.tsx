import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../shared/format';
import { PlainTable } from '../shared/PlainTable';
import { percent } from './percent';
import type { CampaignTally } from './types';

type Figure = CampaignTally['overall'];

/** The rate against the threshold, overall, by village and by question, and the reasons given. */
export function CampaignTallies({ tally }: { readonly tally: CampaignTally }) {
  const { t } = useTranslation();
  const { overall, coverage } = tally;
  return (
    <Card size="small" title={t('survey.tallies')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>
            {overall.rate === null
              ? t('survey.noAnswers')
              : t('survey.overall', {
                  rate: percent(overall.rate),
                  satisfied: formatNumber(overall.satisfied),
                  respondents: formatNumber(overall.respondents),
                  threshold: percent(overall.threshold),
                })}
          </Typography.Text>
          <Verdict figure={overall} />
        </Space>
        <Space wrap>
          <Typography.Text>
            {t('survey.coverage', {
              respondents: formatNumber(coverage.respondents),
              households: formatNumber(coverage.households),
              share: percent(coverage.share),
              required: percent(coverage.required),
              minimum: formatNumber(coverage.requiredRespondents),
            })}
          </Typography.Text>
          <Tag color={coverage.met ? 'green' : 'orange'}>{coverage.met ? t('survey.met') : t('survey.notMet')}</Tag>
        </Space>
        <FigureTable
          caption={t('survey.byVillage')}
          head={t('survey.village')}
          rows={tally.villages.map((village) => ({
            key: village.code,
            label: `${village.code} — ${village.name}`,
            figure: village,
          }))}
        />
        <FigureTable
          caption={t('survey.byQuestion')}
          head={t('survey.questionHead')}
          rows={tally.questions.map((question) => ({
            key: question.questionId,
            label: question.text,
            figure: question,
          }))}
        />
        {tally.reasons.length > 0 && (
          <PlainTable
            caption={t('survey.reasonsTally')}
            head={[t('survey.why'), t('survey.count')]}
            rows={tally.reasons.map((reason) => [reason.code, [reason.label, formatNumber(reason.count)]])}
          />
        )}
      </Space>
    </Card>
  );
}

function Verdict({ figure }: { readonly figure: Figure }) {
  const { t } = useTranslation();
  if (figure.rate === null) return null;
  return <Tag color={figure.met ? 'green' : 'red'}>{figure.met ? t('survey.met') : t('survey.notMet')}</Tag>;
}

function FigureTable({
  caption,
  head,
  rows,
}: {
  readonly caption: string;
  readonly head: string;
  readonly rows: readonly { readonly key: string; readonly label: string; readonly figure: Figure }[];
}) {
  const { t } = useTranslation();
  return (
    <PlainTable
      caption={caption}
      head={[head, t('survey.respondents'), t('survey.rate'), t('survey.met')]}
      rows={rows.map(({ key, label, figure }) => [
        key,
        [
          label,
          formatNumber(figure.respondents),
          figure.rate === null ? '—' : percent(figure.rate),
          <Verdict key="verdict" figure={figure} />,
        ],
      ])}
      wrap={[0]}
    />
  );
}
