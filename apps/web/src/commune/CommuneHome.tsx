import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { answer, api } from '../api/client';
import type { components } from '../api/schema';
import { useSession } from '../auth/session';
import { DossierTable } from '../dossier/DossierTable';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { DeviceDrafts } from './DeviceDrafts';

type QueueItem = components['schemas']['CommuneQueueItemResponse'];

/** A round carried over from a refusal, its questioned criteria still to reassess before submitting. */
const reassessing = (item: QueueItem) => item.status === 'surveyed' && item.questioned.length > 0;

/** The commune officer's desk: what is asked of the commune now, then its dossiers. */
export default function CommuneHome() {
  const { t } = useTranslation();
  const { grant } = useSession();
  const navigate = useNavigate();
  const tasks = useQuery({
    queryKey: ['queue', 'commune'],
    queryFn: () => answer(api.GET('/api/v1/work-queues/commune', { params: { query: { limit: 100 } } })),
  });
  const dossiers = useQuery({
    queryKey: ['dossiers', grant.unit],
    queryFn: () => answer(api.GET('/api/v1/dossiers', { params: { query: { unit: grant.unit, limit: 100 } } })),
  });
  const waiting = (tasks.data?.items ?? []).filter(
    (item) =>
      item.supplementsRequested.length > 0 ||
      item.commentsUnanswered > 0 ||
      item.revocation ||
      item.status === 'refused' ||
      reassessing(item),
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={1} className="page-title">
          {t('commune.title')} {grant.unit}
        </Typography.Title>
        <Button type="primary" onClick={() => navigate('/xa/dang-ky')}>
          {t('nav.register')}
        </Button>
      </Space>
      <DeviceDrafts />
      <Card title={<SectionTitle>{t('commune.tasks')}</SectionTitle>}>
        <ProblemAlert error={tasks.error} />
        <List
          loading={tasks.isLoading}
          dataSource={waiting}
          locale={{ emptyText: t('commune.noTasks') }}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Link key="open" to={`/ho-so/${item.dossierId}`}>
                  {t('commune.open')}
                </Link>,
              ]}
            >
              <Space wrap>
                <Tag>{t(`statuses.${item.status}` as 'statuses.registered')}</Tag>
                {item.supplementsRequested.length > 0 && (
                  <span>
                    {t('commune.supplementsAsked', {
                      criteria: item.supplementsRequested.map((asked) => asked.criterionId).join(', '),
                    })}
                  </span>
                )}
                {item.status === 'refused' && <span>{t('commune.refusedTask')}</span>}
                {reassessing(item) && (
                  <span>{t('commune.reassessTask', { criteria: item.questioned.join(', ') })}</span>
                )}
                {item.revocation?.explanationDueDate && (
                  <span>{t('revocation.task', { date: formatDate(item.revocation.explanationDueDate) })}</span>
                )}
                {item.revocation?.consultationAwaited && <span>{t('revocation.taskConsultation')}</span>}
                {item.commentsUnanswered > 0 && (
                  <span>{t('commune.commentsUnanswered', { count: item.commentsUnanswered })}</span>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={<SectionTitle>{t('commune.dossiers')}</SectionTitle>}>
        <ProblemAlert error={dossiers.error} />
        <DossierTable items={dossiers.data?.items ?? []} loading={dossiers.isLoading} empty={t('commune.noDossiers')} />
      </Card>
    </Space>
  );
}

const SectionTitle = ({ children }: { readonly children: string }) => (
  <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
    {children}
  </Typography.Title>
);
