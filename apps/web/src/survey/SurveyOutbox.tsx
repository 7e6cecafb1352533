import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';
import { discardFromOutbox, type OutboxEntry } from '../offline/outbox';
import { useOnline } from '../offline/useOnline';
import { ProblemAlert } from '../shared/ProblemAlert';
import type { CampaignTarget, SurveyCommand } from './surveyCommand';

export type SurveyDraft = OutboxEntry<{ readonly target: CampaignTarget; readonly command: SurveyCommand }>;

/**
 * "Phiếu chờ gửi": the forms kept on this device, waiting for the network or refused by the API.
 * A refused one keeps its form: opened again in the form above, it is corrected and sent anew.
 */
export function SurveyOutbox({
  entries,
  flush,
  edit,
}: {
  readonly entries: readonly SurveyDraft[];
  readonly flush: () => Promise<void>;
  readonly edit: (draft: SurveyDraft) => void;
}) {
  const { t } = useTranslation();
  const online = useOnline();
  if (entries.length === 0) return null;
  const waiting = entries.filter((entry) => !entry.refusal).length;
  return (
    <Card size="small" title={t('survey.outbox.title', { count: entries.length })}>
      <Alert
        type={online ? 'info' : 'warning'}
        role="status"
        style={{ marginBottom: 12 }}
        title={online ? t('survey.outbox.online', { count: waiting }) : t('survey.outbox.offline', { count: waiting })}
      />
      {online && waiting > 0 && (
        <Button onClick={() => void flush()} style={{ marginBottom: 12 }}>
          {t('survey.outbox.sendNow')}
        </Button>
      )}
      <ul className="survey-outbox">
        {entries.map((draft) => (
          <li key={draft.key} aria-label={draft.label}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{draft.label}</Typography.Text>
                {draft.refusal ? (
                  <Tag color="error">{t('survey.outbox.refused')}</Tag>
                ) : (
                  <Tag>{t('survey.outbox.waiting')}</Tag>
                )}
              </Space>
              {draft.refusal && (
                <>
                  <ProblemAlert error={new ApiProblem(draft.refusal, draft.refusal.status)} />
                  <Space wrap>
                    <Button onClick={() => edit(draft)}>{t('survey.outbox.edit', { label: draft.label })}</Button>
                    <Button danger onClick={() => void discardFromOutbox(draft.key)}>
                      {t('survey.outbox.discard', { label: draft.label })}
                    </Button>
                  </Space>
                </>
              )}
            </Space>
          </li>
        ))}
      </ul>
    </Card>
  );
}
