import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';
import { ProblemAlert } from '../shared/ProblemAlert';
import { discardFromOutbox, type OutboxEntry } from './outbox';
import { useOnline } from './useOnline';

/** Whose words the card speaks: a survey's forms ("phiếu") or a self-assessment ("lệnh ghi"). */
type Words = 'survey.outbox' | 'assessment.outbox';

/**
 * The commands kept on this device, waiting for the network or refused by the API, each with its
 * result. A refused one keeps what was written: opened again (`edit`), it is corrected and sent anew.
 */
export function OutboxCard<Payload>({
  entries,
  flush,
  edit,
  words,
}: {
  readonly entries: readonly OutboxEntry<Payload>[];
  readonly flush: () => Promise<void>;
  readonly edit?: (entry: OutboxEntry<Payload>) => void;
  readonly words: Words;
}) {
  const { t: translate } = useTranslation();
  // Both vocabularies have the same keys; the survey's stand for their type.
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`${words}.${key}` as 'survey.outbox.title', options as { count: number });
  const online = useOnline();
  if (entries.length === 0) return null;
  const waiting = entries.filter((entry) => !entry.refusal).length;
  return (
    <Card size="small" title={t('title', { count: entries.length })}>
      {waiting > 0 && (
        <Alert
          type={online ? 'info' : 'warning'}
          role="status"
          style={{ marginBottom: 12 }}
          title={online ? t('online', { count: waiting }) : t('offline', { count: waiting })}
        />
      )}
      {online && waiting > 0 && (
        <Button onClick={() => void flush()} style={{ marginBottom: 12 }}>
          {t('sendNow')}
        </Button>
      )}
      <ul className="outbox-list">
        {entries.map((entry) => (
          <li key={entry.key} aria-label={entry.label}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{entry.label}</Typography.Text>
                {entry.refusal ? <Tag color="error">{t('refused')}</Tag> : <Tag>{t('waiting')}</Tag>}
              </Space>
              {entry.refusal && (
                <>
                  <ProblemAlert error={new ApiProblem(entry.refusal, entry.refusal.status)} />
                  <Space wrap>
                    {edit && <Button onClick={() => edit(entry)}>{t('edit', { label: entry.label })}</Button>}
                    <Button danger onClick={() => void discardFromOutbox(entry.key)}>
                      {t('discard', { label: entry.label })}
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
