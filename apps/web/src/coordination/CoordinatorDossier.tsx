import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { DossierFacts } from '../dossier/DossierFacts';
import { useDossier } from '../dossier/useDossier';
import { formatDate } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { AnnouncementForm } from './AnnouncementForm';
import { Consolidation } from './Consolidation';
import { MergerActions } from './MergerActions';
import { ReviewProgress } from './ReviewProgress';
import { RevocationActions } from './RevocationActions';
import { unitLabel } from '../dossier/unitLabel';

/** A dossier whose story is over is neither carried over nor closed on a merger. */
const OVER = ['recognised', 'revocation-proposed', 'revoked', 'refused', 'withdrawn'];
const WAITING = ['consolidated', 'council-open', 'council-concluded'] as const;

/**
 * One dossier as the coordination office handles it: the appraisals' progress with deadline
 * extensions, the consolidation of the review step, the revocation procedure's steps (case,
 * verification), and the public announcement of a decision. What waits on someone else is said.
 */
export default function CoordinatorDossier() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const { detail, assessment } = useDossier(dossierId);
  const [done, setDone] = useState<string>();
  if (detail.error || assessment.error) return <ProblemAlert error={detail.error ?? assessment.error} />;
  if (!detail.data || !assessment.data) return <Spin />;
  const dossier = detail.data;
  const names = new Map(assessment.data.criteria.map((c) => [c.criterionId, `${c.criterionId}. ${c.name}`]));
  const revocation = dossier.revocation;
  const announceRevocation = revocation?.phase === 'revoked' && revocation.steps && !revocation.announcedOn;
  // After consolidation the dossier is the council's, then the approver's: the page says so.
  const phase = dossier.status === 'in-review' ? dossier.stage?.phase : undefined;
  const waiting = WAITING.find((each) => each === phase);
  // Consolidation comes once every criterion is appraised: until then the page says how many wait.
  const appraising =
    phase === 'appraising'
      ? dossier.criteriaStatus.filter((row) => row.review && row.review.status !== 'appraised').length
      : 0;
  const merged = dossier.successorUnits.length > 0 && !OVER.includes(dossier.status);
  const nothing =
    !merged &&
    !dossier.coordinatorTask &&
    dossier.status !== 'in-review' &&
    !(revocation && revocation.phase !== 'revoked') &&
    !announceRevocation;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} className="page-title">
          {t('coordinatorDossier.title', { unit: unitLabel(dossier) })}
        </Typography.Title>
        <DossierFacts
          dossier={dossier}
          more={
            dossier.recognition
              ? [
                  {
                    key: 'recognition',
                    label: t('coordinatorDossier.recognition'),
                    children: `${dossier.recognition.decisionNumber}, ${formatDate(dossier.recognition.decisionDate)}`,
                  },
                ]
              : []
          }
        />
        <Link to={`/ho-so/${dossier.dossierId}`}>{t('coordinatorDossier.fullDossier')}</Link>
      </Card>
      {done && <Alert type="success" showIcon role="status" title={done} />}
      {dossier.status === 'in-review' && <ReviewProgress dossier={dossier} names={names} onDone={setDone} />}
      {waiting && <Alert type="info" showIcon title={t(`coordinatorDossier.waits.${waiting}`)} />}
      {appraising > 0 && (
        <Alert type="info" showIcon title={t('coordinatorDossier.waits.appraising', { count: appraising })} />
      )}
      {dossier.coordinatorTask === 'consolidation' && <Consolidation dossier={dossier} onDone={setDone} />}
      {revocation && revocation.phase !== 'revoked' && (
        <RevocationActions dossier={dossier} revocation={revocation} names={names} onDone={setDone} />
      )}
      {merged && <MergerActions dossier={dossier} onDone={setDone} />}
      {dossier.coordinatorTask === 'announcement' && (
        <AnnouncementForm dossier={dossier} subject="recognition" onDone={setDone} />
      )}
      {announceRevocation && <AnnouncementForm dossier={dossier} subject="revocation" onDone={setDone} />}
      {nothing && !done && <Alert type="info" showIcon title={t('coordinatorDossier.nothing')} />}
    </Space>
  );
}
