import { Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { useDossier } from '../dossier/useDossier';
import { ProblemAlert } from '../shared/ProblemAlert';
import { ArchiveExport } from './ArchiveExport';
import { AuditTimeline } from './AuditTimeline';
import { DiffCard } from './DiffCard';
import { PointInTime } from './PointInTime';
import { dossierStream, roundMarks, streamsOf, withRounds } from './timeline';
import { useTimeline, useVerifyStreams } from './useAudit';
import { VerifyBanner } from './VerifyBanner';
import { unitLabel } from '../dossier/unitLabel';

/**
 * One dossier for the auditor: is its record intact, who did what, when and on what evidence, what
 * it looked like at any version, what changed between two, and its archive for an offline check.
 */
export default function AuditDossier() {
  const { t } = useTranslation();
  const { dossierId = '' } = useParams();
  const timeline = useTimeline(dossierId);
  const verified = useVerifyStreams(streamsOf(dossierId, timeline.data ?? []));
  const { detail, assessment } = useDossier(dossierId);
  const error = timeline.error ?? detail.error;
  if (error) return <ProblemAlert error={error} />;
  if (!timeline.data || !detail.data) return <Spin />;
  const names = new Map(assessment.data?.criteria.map((c) => [c.criterionId, `${c.criterionId}. ${c.name}`]));
  const criterionName = (id: string) => names.get(id) ?? id;
  const entries = withRounds(timeline.data);
  const own = entries.filter((entry) => entry.streamId === dossierStream(dossierId));
  const marks = roundMarks(own);
  const last = own.at(-1)?.version ?? 1;
  // By default the diff shows what the latest round changed: from the version before it began.
  const latestRoundStart = Math.max(...Object.keys(marks).map(Number));
  const dossier = detail.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">
        {t('audit.dossierTitle', {
          level: t(`levels.${dossier.level}` as 'levels.ntm'),
          year: dossier.year,
          unit: unitLabel(dossier),
        })}
      </Typography.Title>
      {verified.map(({ streamId, result, error }) => (
        <VerifyBanner key={streamId} streamId={streamId} result={result} error={error} />
      ))}
      <PointInTime dossierId={dossierId} last={last} marks={marks} criterionName={criterionName} />
      <DiffCard
        dossierId={dossierId}
        moments={own}
        initial={[Math.max(latestRoundStart - 1, 1), last]}
        criterionName={criterionName}
      />
      <ArchiveExport dossierId={dossierId} />
      {/* The story comes last: a dossier's events run to several screens. */}
      <AuditTimeline entries={entries} verify={verified.map(({ result }) => result)} criterionName={criterionName} />
    </Space>
  );
}
