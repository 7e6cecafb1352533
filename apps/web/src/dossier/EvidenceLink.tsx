import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';
import { downloadEvidence, type EvidenceRef } from './evidence';

/** An evidence file's name that saves the file when clicked (a hash recorded before uploads existed finds none). */
export function EvidenceLink({ dossierId, evidence }: { readonly dossierId: string; readonly evidence: EvidenceRef }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'loading' | 'missing' | 'failed'>('idle');
  const download = () => {
    setState('loading');
    downloadEvidence(dossierId, evidence).then(
      () => setState('idle'),
      (error: unknown) => setState(error instanceof ApiProblem && error.status === 404 ? 'missing' : 'failed'),
    );
  };
  return (
    <>
      <Button
        type="link"
        size="small"
        className="evidence-link"
        loading={state === 'loading'}
        aria-label={t('evidence.download', { name: evidence.name })}
        onClick={download}
      >
        {evidence.name}
      </Button>
      {(state === 'missing' || state === 'failed') && (
        <Typography.Text type="danger" role="alert">
          {t(state === 'missing' ? 'evidence.missing' : 'evidence.downloadFailed')}
        </Typography.Text>
      )}
    </>
  );
}
