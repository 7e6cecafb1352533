import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { useSession } from '../auth/session';
import { allDrafts, useDrafts } from '../dossier/assessmentDraft';
import { formatDateTime } from '../shared/format';

/**
 * Every self-assessment draft this device keeps for the signed-in user, read from IndexedDB, not
 * from the API: all of them, offline too, however many dossiers the commune's list pages through.
 */
export function DeviceDrafts() {
  const { t } = useTranslation();
  const writer = useSession().identity.userId;
  const drafts = useDrafts(() => allDrafts(writer), writer).value ?? [];
  if (drafts.length === 0) return null;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('assessment.draft.list', { count: drafts.length })}
        </Typography.Title>
      }
    >
      <List
        dataSource={drafts}
        renderItem={(draft) => (
          <List.Item
            actions={[
              <Link
                key="open"
                to={`/ho-so/${draft.dossierId}`}
                aria-label={`${t('assessment.draft.open')}: ${draft.label}`}
              >
                {t('assessment.draft.open')}
              </Link>,
            ]}
          >
            <List.Item.Meta
              title={draft.label}
              description={t('assessment.draft.saved', { time: formatDateTime(draft.savedAt) })}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
