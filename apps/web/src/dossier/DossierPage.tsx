import { Card, Space, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ApiProblem } from '../api/problem';
import { useSession } from '../auth/session';
import { useOnline } from '../offline/useOnline';
import { ProblemAlert } from '../shared/ProblemAlert';
import { catchingUp } from '../shared/queryRetry';
import { AssessmentEditor } from './AssessmentEditor';
import { DocumentsPanel } from './DocumentsPanel';
import { DossierFacts } from './DossierFacts';
import { OfflineDossier } from './OfflineDossier';
import { PostingPanel } from './PostingPanel';
import { RequestsPanel } from './RequestsPanel';
import { ReviewPanel } from './ReviewPanel';
import { unitLabel } from './unitLabel';
import { useDossier } from './useDossier';

const ASSESSABLE = ['registered', 'self-assessed'];
/** Who carries the dossier's procedure from the coordination page (extensions, consolidation, mergers…). */
const COORDINATORS = ['province-coordinator', 'district-coordinator'];

export default function DossierPage() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const { grant } = useSession();
  const { detail, assessment } = useDossier(dossierId);
  const online = useOnline();
  const error = detail.error ?? assessment.error;
  if (!detail.data || !assessment.data) {
    // Without a network the page is what this device kept, never a loader waiting for it.
    if (!online || (error instanceof ApiProblem && error.code === 'network'))
      return <OfflineDossier dossierId={dossierId} />;
    if (error) return <ProblemAlert error={error} />;
    // The dossier just registered or changed is on its way to the read model: said, not just a loader.
    if (catchingUp(detail.failureReason))
      return (
        <Space>
          <Spin />
          <Typography.Text>{t('dossier.catchingUp')}</Typography.Text>
        </Space>
      );
    return <Spin />;
  }
  // Read once, the dossier stays on the page when reading it again fails (the network lost while
  // the officer types): replacing it with the error would take their form away.
  const dossier = detail.data;
  const title = t('dossier.title', {
    level: t(`levels.${dossier.level}` as 'levels.ntm'),
    year: dossier.year,
    unit: unitLabel(dossier),
  });
  const commune = grant.role === 'commune-officer';
  // A round carried over from a refusal is reassessed where it stands, posted and surveyed.
  const correcting = dossier.status === 'surveyed' && dossier.questioned.length > 0;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        <DossierFacts
          dossier={dossier}
          more={[
            // Where a dossier under review stands; a decided one keeps its last step, which is no longer "current".
            ...(dossier.stage && dossier.status === 'in-review'
              ? [
                  {
                    key: 'stage',
                    label: t('dossier.stage'),
                    children: `${t(`tiers.${dossier.stage.tier}` as 'tiers.commune')} — ${t(`steps.${dossier.stage.step}` as 'steps.appraisal')}`,
                  },
                ]
              : []),
            {
              key: 'catalogue',
              label: t('dossier.catalogue'),
              children: `${dossier.catalogueVersion} (${dossier.criteriaSetId})`,
            },
            ...(dossier.unconfirmedThresholds.length > 0
              ? [
                  {
                    key: 'unconfirmed',
                    label: t('dossier.unconfirmedLabel'),
                    children: dossier.unconfirmedThresholds.join(', '),
                  },
                ]
              : []),
          ]}
        />
        {COORDINATORS.includes(grant.role) && (
          <Link to={`/dieu-phoi/${dossier.dossierId}`}>{t('dossier.coordinate')}</Link>
        )}
      </Card>
      <Tabs
        defaultActiveKey={commune ? 'assessment' : 'review'}
        items={[
          {
            key: 'assessment',
            label: t('dossier.tabs.assessment'),
            children: (
              <AssessmentEditor
                assessment={assessment.data}
                editable={commune && (ASSESSABLE.includes(dossier.status) || correcting)}
                questioned={dossier.questioned}
                label={title}
              />
            ),
          },
          {
            key: 'posting',
            label: t('dossier.tabs.posting'),
            children: <PostingPanel dossier={dossier} assessment={assessment.data} commune={commune} />,
          },
          { key: 'review', label: t('dossier.tabs.review'), children: <ReviewPanel dossier={dossier} /> },
          {
            key: 'requests',
            label: t('dossier.tabs.requests'),
            children: <RequestsPanel dossier={dossier} assessment={assessment.data} commune={commune} />,
          },
          {
            key: 'documents',
            label: t('dossier.tabs.documents'),
            children: <DocumentsPanel dossierId={dossier.dossierId} />,
          },
        ]}
      />
    </Space>
  );
}
