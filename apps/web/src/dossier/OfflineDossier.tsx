import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useSession } from '../auth/session';
import { AssessmentEditor } from './AssessmentEditor';
import { draftOf, useDrafts } from './assessmentDraft';

/**
 * A dossier opened without a network: its self-assessment draft, if this device keeps one, goes on
 * being typed against the assessment it was started from; otherwise the page says why it is empty.
 */
export function OfflineDossier({ dossierId }: { readonly dossierId: string }) {
  const { t } = useTranslation();
  const writer = useSession().identity.userId;
  const draft = useDrafts(() => draftOf(writer, dossierId), `${writer}/${dossierId}`);
  if (!draft.loaded) return <Spin />;
  if (!draft.value) return <Alert type="warning" showIcon role="status" title={t('offline.noDraft')} />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} className="page-title">
          {draft.value.label}
        </Typography.Title>
        <Alert type="warning" showIcon role="status" title={t('offline.fromDraft')} />
      </Card>
      <AssessmentEditor assessment={draft.value.base} editable label={draft.value.label} />
    </Space>
  );
}
