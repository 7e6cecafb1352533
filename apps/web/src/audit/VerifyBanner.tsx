import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../shared/format';
import { ProblemAlert } from '../shared/ProblemAlert';
import { streamKind, type VerifyResult } from './timeline';

/** The server's check of one of the dossier's hash chains, said first: everything below rests on it. */
export function VerifyBanner({
  streamId,
  result,
  error,
}: {
  readonly streamId: string;
  readonly result: VerifyResult | undefined;
  readonly error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const stream = t(`audit.streams.${streamKind(streamId)}`, { stream: streamId });
  if (error) return <ProblemAlert error={error} />;
  if (!result) return <Alert type="info" title={t('audit.checking')} description={stream} />;
  if (result.ok) {
    const checked = result.checked ?? 0;
    const title = result.anchoredAt
      ? t('audit.intact', { checked, at: formatDateTime(result.anchoredAt) })
      : t('audit.intactUnanchored', { checked });
    return <Alert type="success" showIcon title={title} description={stream} />;
  }
  if (result.reason === 'checkpoint-signature-invalid')
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('audit.forged', { at: result.checkpointTakenAt ? formatDateTime(result.checkpointTakenAt) : '' })}
      />
    );
  const reasonKey = `audit.reasons.${result.reason}`;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('audit.broken')}
      description={t('audit.brokenAt', {
        reason: i18n.exists(reasonKey) ? t(reasonKey as 'audit.reasons.hash-mismatch') : result.reason,
        version: result.version,
        stream: result.streamId,
        position: result.position,
      })}
    />
  );
}
