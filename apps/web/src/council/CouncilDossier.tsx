import { Alert, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { useSession } from '../auth/session';
import { useDossier } from '../dossier/useDossier';
import { ProblemAlert } from '../shared/ProblemAlert';
import { type Council, MEMBER_ROLES, SECRETARY_ROLES, useCouncil } from './council';
import { DossierBrief } from './DossierBrief';
import { CannotOpen, CloseSession, OpenSession } from './SecretaryActions';
import { SessionPanel } from './SessionPanel';
import { VotePanel } from './VotePanel';
import { unitLabel } from '../dossier/unitLabel';

/** One dossier before its council: what it decides on, the session and its tally, and the caller's part in it. */
export default function CouncilDossier() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const { detail, assessment } = useDossier(dossierId);
  const council = useCouncil(dossierId);
  const error = detail.error ?? assessment.error ?? council.error;
  if (error) return <ProblemAlert error={error} />;
  if (!detail.data || !assessment.data || !council.data) return <Spin />;
  const { current, earlier } = council.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('council.dossierTitle', { unit: unitLabel(detail.data) })}
      </Typography.Title>
      <DossierBrief dossier={detail.data} assessment={assessment.data} council={council.data} />
      {current ? (
        <SessionPanel session={current} earlier={earlier} />
      ) : (
        <Alert type="info" title={t('council.noSession')} />
      )}
      <CallerPart council={council.data} />
    </Space>
  );
}

/** The secretary convenes or closes; a member votes, or is told why not. */
function CallerPart({ council }: { readonly council: Council }): ReactNode {
  const { t } = useTranslation();
  const { grant } = useSession();
  const { current, opening, tier } = council;
  const sitting = current !== null && !current.closed;
  if (SECRETARY_ROLES.includes(grant.role)) {
    if (sitting && tier) return <CloseSession council={council} tier={tier} />;
    if (opening.allowed && tier) return <OpenSession council={council} tier={tier} />;
    // Once a session sat, its outcome speaks; before, the reason says what the council waits for.
    return !current && opening.reason && <CannotOpen reason={opening.reason} />;
  }
  if (!MEMBER_ROLES.includes(grant.role) || !current) return null;
  if (!council.caller.member) return <Alert type="info" title={t('council.notMember')} />;
  if (!sitting && !council.caller.voted) return <Alert type="info" title={t('council.sessionClosed')} />;
  return <VotePanel council={council} />;
}
